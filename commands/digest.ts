import { SlashCommandBuilder, type SlashCommandIntegerOption, type SlashCommandStringOption } from '@discordjs/builders';
import { ChannelType, InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { briefingChoices, briefingForAutocomplete, briefingOption, localize, pickBriefing } from '../src/bot/command-helpers.ts';
import type { BotCommand, CommandContext, CommandOptions, CommandReply } from '../src/bot/command.ts';
import { canManageServer } from '../src/bot/permissions.ts';
import type { Briefing, Lang } from '../src/briefing/schema.ts';
import { digestPreviewView, rotationSections } from '../src/digest/digest-message.ts';
import { requireServerAdmin, SubscriptionService } from '../src/digest/subscription-service.ts';
import { sectionLabel, subscriptionListView, subscriptionStatements } from '../src/digest/subscription-view.ts';
import { ExpectedFailure, failure } from '../src/errors/failure.ts';
import { t } from '../src/i18n/catalogue.ts';
import { topicNames } from '../src/query/common.ts';
import type { RichText } from '../src/query/rich-text.ts';
import type { View } from '../src/query/view.ts';
import { completeName, withNameKeys } from '../src/query/resolve.ts';
import { StoreError, type Delivers, type Subscription } from '../src/store/index.ts';

const idOption = (o: SlashCommandIntegerOption) =>
  localize(o.setName('id').setRequired(true).setMinValue(1).setMaxValue(2_147_483_647), 'digest.id');
const sectionOption = (o: SlashCommandStringOption) =>
  localize(o.setName('section').setRequired(true).setAutocomplete(true), 'digest.section');
const languageOption = (o: SlashCommandStringOption) =>
  localize(o.setName('language').addChoices({ name: 'English', value: 'en' }, { name: '中文', value: 'zh' }), 'digest.language');

export const data = localize(new SlashCommandBuilder().setName('digest'), 'digest')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    localize(s.setName('subscribe'), 'digest.subscribe')
      .addChannelOption((o) =>
        localize(
          o
            .setName('channel')
            .setRequired(true)
            .addChannelTypes(
              ChannelType.GuildText,
              ChannelType.GuildAnnouncement,
              ChannelType.PublicThread,
              ChannelType.PrivateThread,
              ChannelType.AnnouncementThread,
            ),
          'digest.channel',
        ),
      )
      .addStringOption(sectionOption)
      // Not required: a subscription to change alerts alone has no schedule (the service asks for one otherwise).
      .addStringOption((o) => localize(o.setName('schedule').setAutocomplete(true), 'digest.schedule'))
      .addStringOption((o) =>
        localize(
          o
            .setName('delivers')
            .addChoices(
              { name: 'Scheduled digests', name_localizations: { 'zh-CN': '定时摘要' }, value: 'digests' },
              { name: 'Change alerts', name_localizations: { 'zh-CN': '更新提醒' }, value: 'changes' },
              { name: 'Both', name_localizations: { 'zh-CN': '两者' }, value: 'both' },
            ),
          'digest.delivers',
        ),
      )
      .addStringOption((o) => localize(o.setName('timezone').setAutocomplete(true), 'digest.timezone'))
      .addStringOption(languageOption)
      .addStringOption(briefingOption),
  )
  .addSubcommand((s) => localize(s.setName('list'), 'digest.list'))
  .addSubcommand((s) => localize(s.setName('unsubscribe'), 'digest.unsubscribe').addIntegerOption(idOption))
  .addSubcommand((s) => localize(s.setName('pause'), 'digest.pause').addIntegerOption(idOption))
  .addSubcommand((s) => localize(s.setName('resume'), 'digest.resume').addIntegerOption(idOption))
  .addSubcommand((s) =>
    localize(s.setName('preview'), 'digest.preview')
      .addStringOption(sectionOption)
      .addStringOption(languageOption)
      .addStringOption(briefingOption),
  )
  .addSubcommand((s) => localize(s.setName('send-now'), 'digest.send-now').addIntegerOption(idOption));

const DELIVERS: readonly Delivers[] = ['digests', 'changes', 'both'];

const done = (ctx: CommandContext, title: string, body: RichText, blocks: View['blocks'] = []): CommandReply => ({
  ephemeral: true,
  view: { lang: ctx.lang, tone: 'success', title, headline: body, blocks },
});

const summary = (ctx: CommandContext, b: Briefing, sub: Subscription) => [
  { heading: `#${sub.id}`, statements: subscriptionStatements(b, sub, [], ctx.now(), ctx.lang) },
];

export const execute: BotCommand['execute'] = async (ctx, options) => {
  try {
    return await run(ctx, options);
  } catch (err) {
    // Storage failures an operator must fix (file gone, disk full, read-only) say what happened instead of
    // an apology; the user learns nothing was saved, the log names the file.
    if (!(err instanceof StoreError)) throw err;
    ctx.log.error({ err, command: 'digest', subcommand: options.getSubcommand() }, 'digest command could not use the database');
    throw new ExpectedFailure(failure('database-error', { detail: err.message }));
  }
};

async function run(ctx: CommandContext, options: CommandOptions): Promise<CommandReply> {
  const sub = options.getSubcommand();
  if (sub === 'preview') {
    const b = pickBriefing(ctx, options);
    const section = SubscriptionService.resolveSection(b, options.getString('section') ?? '');
    const shown = section === 'rotate' ? rotationSections(b)[0]! : section;
    return { ephemeral: true, view: digestPreviewView(b, shown, (options.getString('language') ?? ctx.lang) as Lang) };
  }
  const who = { guildId: ctx.guildId, canManageServer: canManageServer(ctx), userId: ctx.userId, requestId: ctx.requestId };
  requireServerAdmin(who);
  const subscriptions = await openService(ctx);
  const words = t(ctx.lang).digest;
  const id = options.getInteger('id')!;
  switch (sub) {
    case 'subscribe': {
      const b = pickBriefing(ctx, options);
      const channelId = options.getChannelId('channel')!;
      const created = await subscriptions.subscribe(who, {
        channelId,
        section: options.getString('section') ?? '',
        schedule: options.getString('schedule') ?? '',
        timezone: options.getString('timezone') ?? ctx.digests!.defaultTimezone,
        language: (options.getString('language') ?? ctx.lang) as Lang,
        briefing: b,
        delivers: DELIVERS.find((d) => d === options.getString('delivers')) ?? 'digests',
      });
      return done(
        ctx,
        words.subscribedTitle(created.id),
        words.subscribedBody(sectionLabel(b, created.section, ctx.lang), channelId),
        summary(ctx, b, created),
      );
    }
    case 'list':
      return { ephemeral: true, view: subscriptionListView(await subscriptions.list(who), ctx.now(), ctx.lang) };
    case 'unsubscribe':
      await subscriptions.unsubscribe(who, id);
      return done(ctx, words.unsubscribedTitle(id), words.unsubscribedBody);
    case 'pause':
      await subscriptions.pause(who, id);
      return done(ctx, words.pausedTitle(id), words.pausedBody);
    case 'resume': {
      const { sub: resumed, briefing, wasActive } = await subscriptions.resume(who, id);
      return wasActive
        ? done(ctx, words.alreadyActiveTitle(id), words.alreadyActiveBody, summary(ctx, briefing, resumed))
        : done(ctx, words.resumedTitle(id), words.resumedBody, summary(ctx, briefing, resumed));
    }
    case 'send-now':
      await subscriptions.sendNow(who, id);
      return done(ctx, words.sentTitle(id), words.sentBody);
    default:
      throw new ExpectedFailure(failure('unknown-subcommand'));
  }
}

/** The subscription service, once the database is open; one-shot CLI commands have none. */
async function openService(ctx: CommandContext): Promise<SubscriptionService> {
  if (!ctx.digests) throw new ExpectedFailure(failure('needs-running-bot'));
  try {
    return await ctx.digests.open();
  } catch (err) {
    // The database cannot be reached (the console opens it after its prompt): say so plainly, log the detail.
    if (!(err instanceof StoreError)) throw err;
    ctx.log.warn({ err }, 'digests unavailable: the database could not be opened');
    throw new ExpectedFailure(failure('database-unavailable', { detail: err.message }));
  }
}

const SCHEDULE_PRESETS = [
  'daily 09:00',
  'weekdays 09:00',
  'weekly monday 09:00',
  'daily 18:00',
  'weekdays 08:30',
  'weekly friday 16:00',
  '0 */6 * * *',
];

const TIMEZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')].map((tz) =>
  withNameKeys({ id: tz, names: [tz, tz.split('/').pop()!.replace(/_/g, ' ')] }),
);

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused, options) => {
  if (focused.name === 'briefing') return briefingChoices(ctx, focused.value);
  if (focused.name === 'section') {
    const b = briefingForAutocomplete(ctx, options);
    const entries = [
      { id: 'rotate', names: ['rotate', '轮换'], title: sectionLabel(b, 'rotate', ctx.lang) },
      ...topicNames(b).map((t) => ({ ...t, title: t.topic.title[ctx.lang] })),
    ];
    return completeName(entries, focused.value).map((e) => ({ name: e.title, value: e.id }));
  }
  if (focused.name === 'schedule') {
    const typed = focused.value.toLowerCase();
    const presets = SCHEDULE_PRESETS.filter((p) => p.includes(typed));
    return (presets.length > 0 ? presets : [focused.value].filter(Boolean)).map((p) => ({ name: p, value: p }));
  }
  if (focused.name === 'timezone') return completeName(TIMEZONES, focused.value).map((t) => ({ name: t.id, value: t.id }));
  return [];
};

/** Replies are for the invoking user only. */
export const ephemeral = true;
