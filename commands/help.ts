import { SlashCommandBuilder } from '@discordjs/builders';
import { briefingChoices, briefingOption, localize, pickBriefing } from '../src/bot/command-helpers.ts';
import { t } from '../src/i18n/catalogue.ts';
import type { BotCommand } from '../src/bot/command.ts';
import type { Briefing, Lang } from '../src/briefing/schema.ts';
import { briefingFooter } from '../src/query/common.ts';
import type { View } from '../src/query/view.ts';

export const data = localize(new SlashCommandBuilder().setName('help'), 'help').addStringOption(briefingOption);

/** The commands, each with an example taken from the briefing (`presentation.examples`) and its own names. */
function commandLines(b: Briefing, lang: Lang): Array<[string, string]> {
  const words = t(lang).help;
  const ex = b.presentation.examples;
  const spelling = b.actors.find((a) => a.id === ex.actor)?.sourceSpellings[0];
  const lines: Array<[string, string]> = [
    [`/brief topic:${ex.topic}`, words.brief],
    [`/actor name:${ex.actor}`, words.actor(spelling)],
  ];
  if (b.plans.length > 0) lines.push(['/plan view:compare', words.plan(b.plans.map((p) => p.name[lang]).join(t(lang).listSeparator))]);
  lines.push(
    ['/risks · /timeline · /figures', words.lists],
    [`/ask question:${ex.question[lang]}`, words.ask],
    ['/changes', words.changes],
    ['/digest subscribe', words.digest],
    ['/ask-log', words.askLog],
    ['/about', words.about],
    ['briefing:', words.briefing],
  );
  return lines;
}

export function labelsBlock(lang: Lang): View['blocks'][number] {
  return { heading: t(lang).labelsHeading, statements: t(lang).labels.map((text) => ({ text })) };
}

export const execute: BotCommand['execute'] = (ctx, options) => {
  const b = pickBriefing(ctx, options);
  const lang = ctx.lang;
  const words = t(lang);
  return {
    ephemeral: true,
    view: {
      lang,
      tone: 'info',
      title: words.helpTitle,
      headline: words.currentBriefing(b.title[lang]),
      blocks: [
        { heading: words.commandsHeading, statements: commandLines(b, lang).map(([cmd, d]) => ({ text: [{ code: cmd }, `: ${d}`] })) },
        labelsBlock(lang),
      ],
      footer: briefingFooter(b, lang),
    },
  };
};

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused) => briefingChoices(ctx, focused.value);

/** Replies are for the invoking user only. */
export const ephemeral = true;
