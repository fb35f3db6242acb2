import { SlashCommandBuilder } from '@discordjs/builders';
import { briefingChoices, briefingOption, localize, pickBriefing } from '../src/bot/command-helpers.ts';
import type { BotCommand } from '../src/bot/command.ts';
import type { Briefing, Lang } from '../src/briefing/schema.ts';
import { briefingFooter } from '../src/query/common.ts';
import type { View } from '../src/query/view.ts';

export const data = localize(new SlashCommandBuilder().setName('help'), { en: 'What this bot can do and how to read its answers', zh: '机器人能做什么、如何阅读回答' }, '帮助').addStringOption(briefingOption);

/** The commands, each with an example taken from the briefing (`presentation.examples`) and its own names. */
function commandLines(b: Briefing, lang: Lang): Array<[string, string]> {
  const ex = b.presentation.examples;
  const actor = b.actors.find((a) => a.id === ex.actor);
  const spelling = actor?.sourceSpellings[0];
  const plans = b.plans.map((p) => p.name[lang]).join(lang === 'zh' ? '、' : ', ');
  const lines: Array<[string, { en: string; zh: string }]> = [
    [`/brief topic:${ex.topic}`, { en: 'a topic or section summary: key points, each party’s position, plan provisions, figures', zh: '议题或章节摘要：要点、各方立场、方案条款、数字' }],
    [
      `/actor name:${ex.actor}`,
      spelling
        ? { en: `who someone is, their role and positions (any spelling: “${spelling}” works too)`, zh: `人物身份、职务与立场（原文拼写如“${spelling}”也可）` }
        : { en: 'who someone is, their role and positions (any spelling)', zh: '人物身份、职务与立场（任意拼写）' },
    ],
  ];
  if (b.plans.length > 0) {
    lines.push(['/plan view:compare', { en: `the plans (${plans}), alone or side by side (optionally one topic)`, zh: `各方案（${plans}），单独查看或逐项对比（可指定议题）` }]);
  }
  lines.push(
    ['/risks · /timeline · /figures', { en: 'ranked risks with drivers and what to watch; dated events; key numbers', zh: '按严重程度排序的风险与关注点；大事时间线；关键数字' }],
    [`/ask question:${ex.question[lang]}`, { en: 'ask in English or Chinese; answers cite the source section, or say plainly the briefing does not cover it', zh: '用中文或英文提问；回答注明出处，简报未涉及时会直说' }],
    ['/digest subscribe', { en: '(admins) post a section digest to a channel on a schedule; /digest list shows subscriptions', zh: '（管理员）按计划向频道推送章节摘要；/digest list 查看订阅' }],
    ['/ask-log', { en: '(admins) questions /ask refused, was not sure about, or readers rated 👎: material to extend the briefing', zh: '（管理员）/ask 未回答、不确定或被点 👎 的提问，可据此补充简报' }],
    ['/about', { en: 'the briefing, its source and how it was written', zh: '简报、来源及编写方式' }],
    ['briefing:', { en: 'every command takes it to use another loaded briefing (default: the newest)', zh: '所有命令都可用它选择其他已加载的简报（默认最新一份）' }],
  );
  return lines.map(([cmd, d]) => [cmd, d[lang]]);
}

export function labelsBlock(lang: Lang): View['blocks'][number] {
  return lang === 'zh'
    ? {
        heading: '如何阅读标签',
        statements: [
          { text: '**报道事实**：来源文章陈述为已经发生或属实的事。' },
          { text: '**主张: 某方**：某一方的说法、要求或提议，不代表事实。' },
          { text: '**分析**：来源文章自己的判断，或它引用的分析人士、媒体的观点。' },
          { text: '**§III(2)**：来源文章中的章节，可据此核对原文。' },
        ],
      }
    : {
        heading: 'How to read the labels',
        statements: [
          { text: '**reported**: the source states it as something that happened or is the case.' },
          { text: '**claim: X**: what party X says, demands or proposes; not established fact.' },
          { text: '**analysis**: the source’s own judgement, or the analysts and media it quotes.' },
          { text: '**§III(2)**: the section of the source article to check it against.' },
        ],
      };
}

export const execute: BotCommand['execute'] = (ctx, options) => {
  const picked = pickBriefing(ctx, options);
  if ('reply' in picked) return picked.reply;
  const b = picked.briefing;
  const lang = ctx.lang;
  return {
    ephemeral: true,
    view: {
      lang,
      tone: 'info',
      title: lang === 'zh' ? '简报机器人：使用帮助' : 'Briefing Bot: help',
      headline: lang === 'zh' ? `当前简报：${b.title.zh}` : `Current briefing: ${b.title.en}`,
      blocks: [{ heading: lang === 'zh' ? '命令' : 'Commands', statements: commandLines(b, lang).map(([cmd, d]) => ({ text: `\`${cmd}\`: ${d}` })) }, labelsBlock(lang)],
      footer: briefingFooter(b, lang),
    },
  };
};

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused) => briefingChoices(ctx, focused.value);

/** Replies are for the invoking user only. */
export const ephemeral = true;
