import { SlashCommandBuilder } from '@discordjs/builders';
import { briefingChoices, briefingOption, isPrivate, localize, pickBriefing, privateOption } from '../src/bot/command-helpers.ts';
import type { BotCommand } from '../src/bot/command.ts';
import { ExpectedFailure, failure } from '../src/errors/failure.ts';
import { logAsked } from '../src/feedback/ask-feedback.ts';
import { askView } from '../src/query/ask-view.ts';
import { briefingFooter } from '../src/query/common.ts';

export const data = localize(new SlashCommandBuilder().setName('ask'), 'ask')
  .addStringOption((o) => localize(o.setName('question').setRequired(true).setMaxLength(500), 'ask.question'))
  .addStringOption(briefingOption)
  .addBooleanOption(privateOption);

export const execute: BotCommand['execute'] = async (ctx, options) => {
  const b = pickBriefing(ctx, options);
  const question = (options.getString('question') ?? '').trim();
  if (question === '') {
    const example = b.presentation.examples.question[ctx.lang];
    throw new ExpectedFailure(failure('ask-empty', { example }));
  }
  const result = ctx.qa(b).ask(question, { locale: ctx.locale });
  // Refused and "not sure" questions are kept for analysts (the console's too, without a guild).
  const place = {
    briefingId: b.id,
    guildId: ctx.console ? null : ctx.guildId,
    origin: ctx.console ? ('console' as const) : ('discord' as const),
  };
  const askLog = ctx.askLog;
  const feedback = await logAsked(askLog && (() => askLog.open()), result, place, ctx.now(), ctx.log);
  return {
    view: askView(result, result.lang, briefingFooter(b, result.lang)),
    ephemeral: isPrivate(options),
    feedback: ctx.console ? undefined : feedback,
  };
};

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused) => briefingChoices(ctx, focused.value);
