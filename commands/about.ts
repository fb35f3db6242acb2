import { SlashCommandBuilder } from '@discordjs/builders';
import { briefingChoices, briefingOption, localize, pickBriefing } from '../src/bot/command-helpers.ts';
import type { BotCommand, CommandContext } from '../src/bot/command.ts';
import { canManageServer } from '../src/bot/permissions.ts';
import { userCode } from '../src/query/user-text.ts';
import type { ViewBlock } from '../src/query/view.ts';
import { formatCitation } from '../src/briefing/items.ts';
import { formatDate, t } from '../src/i18n/ui.ts';
import { briefingFooter } from '../src/query/common.ts';
import { labelsBlock } from './help.ts';

export const data = localize(new SlashCommandBuilder().setName('about'), { en: 'The briefing, its source and how to read claim labels', zh: '简报、来源与标签说明' }, '关于').addStringOption(briefingOption);

export const execute: BotCommand['execute'] = (ctx, options) => {
  const picked = pickBriefing(ctx, options);
  if ('reply' in picked) return picked.reply;
  const b = picked.briefing;
  const lang = ctx.lang;
  const zh = lang === 'zh';
  const counts = zh
    ? `${b.actors.length} 个人物与机构 · ${b.stickingPoints.length} 个争议议题 · ${b.plans.length} 份方案 · ${b.risks.length} 项风险 · ${b.timeline.length} 个事件 · ${b.figures.length} 个数字`
    : `${b.actors.length} actors · ${b.stickingPoints.length} sticking points · ${b.plans.length} plans · ${b.risks.length} risks · ${b.timeline.length} events · ${b.figures.length} figures`;
  return {
    ephemeral: true,
    view: {
      lang,
      tone: 'info',
      title: b.title[lang],
      headline: b.summary[lang],
      blocks: [
        {
          heading: zh ? '来源' : 'Source',
          statements: [
            { text: `“${b.source.title}” (${formatDate(b.source.date, lang)})` },
            { text: b.source.language[lang] },
            { text: b.source.caveat[lang] },
            { text: counts },
          ],
        },
        { heading: zh ? '来源章节' : 'Source sections', statements: b.source.outline.map((s) => ({ text: `**${formatCitation(s.id)}** ${s.title[lang]}` })) },
        labelsBlock(lang),
        ...loadProblems(ctx),
      ],
      footer: briefingFooter(b, lang),
    },
  };
};

/** For admins: briefing files whose last edit failed to load (the previous edition still serving), until fixed. */
function loadProblems(ctx: CommandContext): ViewBlock[] {
  const failures = ctx.loadFailures?.() ?? [];
  if (failures.length === 0 || !canManageServer(ctx)) return [];
  const lang = ctx.lang;
  return [
    {
      heading: `⚠ ${t('reloadFailedTitle', lang)}`,
      statements: [{ text: t('reloadFailedText', lang) }, ...failures.flatMap((f) => f.message.split('\n').map((line) => ({ text: `\`${userCode(line)}\`` })))],
    },
  ];
}

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused) => briefingChoices(ctx, focused.value);

/** Replies are for the invoking user only. */
export const ephemeral = true;
