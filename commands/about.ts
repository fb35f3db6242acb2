import { SlashCommandBuilder } from '@discordjs/builders';
import { briefingChoices, briefingOption, localize, pickBriefing } from '../src/bot/command-helpers.ts';
import type { BotCommand, CommandContext } from '../src/bot/command.ts';
import { canManageServer } from '../src/bot/permissions.ts';
import type { ViewBlock } from '../src/query/view.ts';
import { formatCitation } from '../src/briefing/items.ts';
import { formatDate, t } from '../src/i18n/catalogue.ts';
import { briefingFooter } from '../src/query/common.ts';
import { labelsBlock } from './help.ts';

export const data = localize(new SlashCommandBuilder().setName('about'), 'about').addStringOption(briefingOption);

export const execute: BotCommand['execute'] = (ctx, options) => {
  const b = pickBriefing(ctx, options);
  const lang = ctx.lang;
  const words = t(lang);
  const counts = words.counts({
    actors: b.actors.length,
    stickingPoints: b.stickingPoints.length,
    plans: b.plans.length,
    risks: b.risks.length,
    events: b.timeline.length,
    figures: b.figures.length,
  });
  return {
    ephemeral: true,
    view: {
      lang,
      tone: 'info',
      title: b.title[lang],
      headline: b.summary[lang],
      blocks: [
        {
          heading: words.source,
          statements: [
            { text: `“${b.source.title}” (${formatDate(b.source.date, lang)})` },
            { text: b.source.language[lang] },
            { text: b.source.caveat[lang] },
            { text: counts },
          ],
        },
        {
          heading: words.sourceSections,
          statements: b.source.outline.map((s) => ({ text: [{ strong: formatCitation(s.id) }, ` ${s.title[lang]}`] })),
        },
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
  const words = t(ctx.lang).living;
  return [
    {
      heading: `⚠ ${words.reloadFailedTitle}`,
      statements: [
        { text: words.reloadFailedText },
        ...failures.flatMap((f) => f.message.split('\n').map((line) => ({ text: [{ code: line }] }))),
      ],
    },
  ];
}

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused) => briefingChoices(ctx, focused.value);

/** Replies are for the invoking user only. */
export const ephemeral = true;
