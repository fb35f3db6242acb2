import type { BotCommand, Choice, CommandContext, CommandOptions, CommandOutcome, CommandReply } from './command.ts';
import { apologyView, newErrorId } from './errors.ts';
import { ExpectedFailure } from '../errors/failure.ts';
import { failureView } from '../errors/failure-view.ts';
import { LIMITS } from '../render/discord-limits.ts';

/**
 * Runs a command and never throws. This is the one place failures become replies: an expected failure
 * (bad input, no permission) becomes its catalogue message, private; an unexpected error becomes an apology
 * with an error id, logged with enough context to find it.
 */
export async function runCommand(
  command: BotCommand,
  ctx: CommandContext,
  options: CommandOptions,
  details: Record<string, unknown> = {},
): Promise<CommandReply> {
  const started = performance.now();
  let outcome: CommandOutcome = 'error';
  try {
    const reply = await command.execute(ctx, options);
    outcome = reply.failed ? 'refused' : 'ok';
    return reply;
  } catch (err) {
    if (err instanceof ExpectedFailure) {
      outcome = 'refused';
      return { view: failureView(err.failure, ctx.lang), ephemeral: true, failed: true };
    }
    const errorId = newErrorId();
    ctx.log.error(
      { err, errorId, command: command.data.name, userId: ctx.userId, guildId: ctx.guildId, channelId: ctx.channelId, ...details },
      'command failed',
    );
    return { view: apologyView(errorId, ctx.lang), ephemeral: true, failed: true };
  } finally {
    ctx.metrics?.commandFinished(command.data.name, outcome, (performance.now() - started) / 1000);
  }
}

/** Autocomplete must answer fast and with at most 25 valid choices; on error it answers with none. */
export function runAutocomplete(
  command: BotCommand,
  ctx: CommandContext,
  focused: { name: string; value: string },
  options: CommandOptions,
): Choice[] {
  if (!command.autocomplete) return [];
  try {
    return command
      .autocomplete(ctx, focused, options)
      .slice(0, LIMITS.autocompleteChoices)
      .map((c) => ({ name: c.name.slice(0, LIMITS.choiceName), value: c.value.slice(0, LIMITS.choiceValue) }));
  } catch (err) {
    ctx.log.error({ err, command: command.data.name, focused: focused.name }, 'autocomplete failed');
    return [];
  }
}
