import {
  DiscordAPIError,
  MessageFlags,
  RESTJSONErrorCodes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from 'discord.js';
import type { App } from '../app.ts';
import { runAutocomplete, runCommand } from '../bot/dispatch.ts';
import { apologyView, newErrorId } from '../bot/errors.ts';
import type { PagerSessions } from './shared-pager.ts';
import { recordVote, voteReply } from '../feedback/ask-feedback.ts';
import { questionShown } from './question-shown.ts';
import { parseVoteCustomId, type VoteTarget } from '../feedback/vote-id.ts';
import { VoteGuard } from '../feedback/vote-guard.ts';
import { langFromLocale, t } from '../i18n/catalogue.ts';
import { renderEmbedPages } from '../render/discord-render.ts';
import { pagePayload, parsePagerCustomId, picturePages, withPicture, type MessagePayload } from '../render/discord-payload.ts';
import { interactionOptions } from './options.ts';

export const DEFER_AFTER_MS = 2000;
/** How long a reply waits for its picture (normally rendered ahead, so ready at once) before going without it. */
export const PICTURE_WAIT_MS = 1500;

/** discord.js wants camelCase options; our payloads are the API's snake_case bodies. Files become multipart uploads with their alt text. */
export function toDiscordJs(payload: MessagePayload): InteractionReplyOptions & { flags?: number } {
  const files = payload.files?.map((f) => ({ attachment: f.data, name: f.name, description: f.description }));
  return {
    content: payload.content,
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: { parse: [] },
    flags: payload.flags,
    ...(files ? { files } : {}),
  };
}

function contextFor(app: App, i: ChatInputCommandInteraction | AutocompleteInteraction) {
  return app.context({
    locale: i.locale,
    userId: i.user.id,
    guildId: i.guildId,
    channelId: i.channelId,
    memberPermissions: i.memberPermissions?.bitfield ?? null,
    requestId: i.id,
  });
}

async function onChatInput(app: App, pager: PagerSessions, i: ChatInputCommandInteraction): Promise<void> {
  const command = app.commands.get(i.commandName);
  if (!command) {
    // A command Discord still lists but this version no longer has (stale registration).
    await i.reply({ content: t(langFromLocale(i.locale)).commandGone, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const ctx = contextFor(app, i);
  const options = interactionOptions(i);
  const wantsPrivate = options.getBoolean('private') ?? command.ephemeral ?? false;
  const defer = () =>
    i.deferred ? Promise.resolve() : i.deferReply(wantsPrivate ? { flags: MessageFlags.Ephemeral } : {}).then(() => undefined);
  if (command.defer) await defer();
  const running = runCommand(command, ctx, options, {
    interactionId: i.id,
    options: i.options.data.map((o) => ({ name: o.name, value: o.value })),
  }).then(async (reply) => ({
    reply,
    picture: reply.view.picture ? await app.charts.within(reply.view.picture, PICTURE_WAIT_MS) : null,
  }));
  // Discord drops an interaction not answered within 3 s: defer if the work is still running at 2 s.
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), DEFER_AFTER_MS)));
  let result = await Promise.race([running, slow]);
  clearTimeout(timer);
  if (result === null) {
    await defer();
    result = await running;
  }
  const { reply, picture } = result;
  const pages = picturePages(renderEmbedPages(reply.view), picture);
  const ephemeral = (reply.ephemeral ?? false) || (i.deferred && wantsPrivate);
  // Without a stored session (database down) the reply still goes out, on its first page without buttons.
  const session =
    pages.length > 1
      ? await Promise.resolve()
          .then(() => pager.create(i.user.id, pages, reply.view.lang, ephemeral, i.id))
          .catch(
            (err: unknown) => void app.log.error({ err, interactionId: i.id }, 'could not store the pages; replying without page buttons'),
          )
      : undefined;
  const payload = withPicture(
    pagePayload(pages, 0, { lang: reply.view.lang, ephemeral, pagerId: session?.id, feedback: reply.feedback }),
    picture,
  );
  if (i.deferred && ephemeral && !wantsPrivate) {
    // Deferred publicly, but the answer is private (errors, notices): a public "thinking…" placeholder
    // cannot be made ephemeral. The first follow-up after a defer would *become* that public message, so
    // the placeholder is edited first, the answer follows privately, and the placeholder is removed.
    await i.editReply({ content: t(reply.view.lang).answeredPrivately, embeds: [], components: [], allowedMentions: { parse: [] } });
    await i.followUp(toDiscordJs(payload));
    await i.deleteReply().catch((err: unknown) => app.log.warn({ err, interactionId: i.id }, 'could not remove the deferred placeholder'));
  } else if (i.deferred) {
    const { flags: _ignored, ...edit } = toDiscordJs(payload);
    await i.editReply(edit);
  } else {
    await i.reply(toDiscordJs(payload));
  }
}

/** 👍/👎 under an /ask answer: recorded once per person and message, answered privately. */
async function onVote(app: App, votes: VoteGuard, i: ButtonInteraction, vote: { vote: 'up' | 'down'; target: VoteTarget }): Promise<void> {
  const lang = langFromLocale(i.locale);
  const answer = (content: string) => i.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  const askLog = app.services.askLog;
  if (!askLog) {
    await answer(t(lang).feedback.noDatabase);
    return;
  }
  if (!votes.firstVote(i.message.id, i.user.id)) {
    await answer(voteReply('already', lang));
    return;
  }
  try {
    const outcome = await recordVote(await askLog.open(), app.briefings, {
      ...vote,
      messageId: i.message.id,
      shownQuestion: questionShown(i.message.embeds[0]),
      guildId: i.guildId,
      now: app.services.now(),
    });
    await answer(voteReply(outcome, lang));
  } catch (err) {
    // Not counted: let the person try again rather than be told they already voted.
    votes.forget(i.message.id, i.user.id);
    throw err;
  }
}

async function onButton(app: App, pager: PagerSessions, votes: VoteGuard, i: ButtonInteraction): Promise<void> {
  const vote = parseVoteCustomId(i.customId);
  if (vote) return onVote(app, votes, i, vote);
  const parsed = parsePagerCustomId(i.customId);
  const lang = langFromLocale(i.locale);
  if (!parsed) {
    await i.reply({ content: t(lang).buttonGone, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const session = await pager.get(parsed.sessionId);
  if (!session) {
    // Expired buttons are removed when someone clicks them (answering the click), never ahead of time: a timer
    // per reply would hold the interaction and spend rate-limited REST calls in bursts when they all expire.
    await i.update({ components: [] });
    await i.followUp({
      content: t(lang).pagesExpired,
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
    return;
  }
  // A button belongs to the reply it was sent with; a replayed or forged click on another message must not
  // page that message (the reply and its follow-ups carry the command interaction's id).
  const origin = i.message.interactionMetadata?.id ?? i.message.interaction?.id;
  if (origin !== session.origin) {
    await i.reply({
      content: t(lang).buttonElsewhere,
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
    return;
  }
  if (session.userId !== i.user.id) {
    await i.reply({
      content: t(lang).notYourPages,
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
    return;
  }
  const page = Math.min(Math.max(parsed.page, 0), session.pages.length - 1);
  const { flags: _ignored, ...update } = toDiscordJs(pagePayload(session.pages, page, { lang: session.lang, pagerId: session.id }));
  await i.update(update);
}

async function onAutocomplete(app: App, i: AutocompleteInteraction): Promise<void> {
  const command = app.commands.get(i.commandName);
  const focused = i.options.getFocused(true);
  const choices = command
    ? runAutocomplete(command, contextFor(app, i), { name: focused.name, value: String(focused.value) }, interactionOptions(i))
    : [];
  await i.respond(choices);
}

/**
 * Discord hands every interaction to each gateway session of an unsharded bot. If another session answered
 * first, a second instance is connected with this token: the commands are idempotent per interaction, but the
 * operator must stop it (or set DISCORD_GATEWAY=false there), so this is logged as an error, every time.
 */
function answeredElsewhere(err: unknown): boolean {
  return err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;
}

export const SECOND_SESSION_WARNING =
  'another gateway session answered this interaction first: a second instance is connected to Discord with this token. Run exactly one instance with DISCORD_GATEWAY=true and set DISCORD_GATEWAY=false on the others';

/** Routes every interaction; nothing thrown here may reach the process. */
export function createInteractionHandler(app: App, pager: PagerSessions, votes = new VoteGuard()) {
  return async (i: Interaction): Promise<void> => {
    try {
      if (i.isChatInputCommand()) await onChatInput(app, pager, i);
      else if (i.isAutocomplete()) await onAutocomplete(app, i);
      else if (i.isButton()) await onButton(app, pager, votes, i);
    } catch (err) {
      if (answeredElsewhere(err)) {
        // Nothing to apologise for: the user already has the other session's answer.
        app.log.error(
          { interactionId: i.id, type: i.type, command: i.isCommand() || i.isAutocomplete() ? i.commandName : undefined },
          SECOND_SESSION_WARNING,
        );
        return;
      }
      const errorId = newErrorId();
      app.log.error({ err, errorId, interactionId: i.id, type: i.type, userId: i.user.id, guildId: i.guildId }, 'interaction failed');
      if (!i.isRepliable()) return;
      const { flags: _f, ...body } = toDiscordJs(
        pagePayload(renderEmbedPages(apologyView(errorId, langFromLocale(i.locale))), 0, {
          lang: langFromLocale(i.locale),
          ephemeral: true,
        }),
      );
      // A deferred "thinking…" placeholder is replaced by the apology rather than left spinning.
      const send =
        i.deferred && !i.replied
          ? i.editReply(body)
          : i.replied
            ? i.followUp({ ...body, flags: MessageFlags.Ephemeral })
            : i.reply({ ...body, flags: MessageFlags.Ephemeral });
      await send.catch((e: unknown) => app.log.warn({ err: e, errorId }, 'could not send the apology'));
    }
  };
}
