import { SlashCommandBuilder, type SlashCommandIntegerOption, type SlashCommandStringOption } from '@discordjs/builders';
import { ChannelType, InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { briefingChoices, briefingForAutocomplete, briefingOption, localize, pickBriefing } from '../src/bot/command-helpers.ts';
import type { BotCommand, CommandContext, CommandOptions, CommandReply } from '../src/bot/command.ts';
import { canManageServer } from '../src/bot/permissions.ts';
import { noticeView } from '../src/bot/errors.ts';
import type { Briefing, Lang } from '../src/briefing/schema.ts';
import { digestPreviewView, rotationSections } from '../src/digest/digest-message.ts';
import { sectionLabel, subscriptionListView, subscriptionStatements } from '../src/digest/subscription-view.ts';
import { topicNames } from '../src/query/common.ts';
import { completeName, resolveName } from '../src/query/resolve.ts';
import { parseSchedule, validateTimezone } from '../src/scheduler/schedule.ts';
import { StoreError, type Store, type Subscription } from '../src/store/index.ts';

const idOption = (o: SlashCommandIntegerOption) => localize(o.setName('id').setRequired(true).setMinValue(1).setMaxValue(2_147_483_647), { en: 'Subscription number (see /digest list)', zh: '订阅编号（见 /digest list）' }, '编号');
const sectionOption = (o: SlashCommandStringOption) => localize(o.setName('section').setRequired(true).setAutocomplete(true), { en: 'A section or topic, or "rotate" to cycle through them', zh: '章节或议题，或“rotate”轮换' }, '章节');
const languageOption = (o: SlashCommandStringOption) =>
  localize(o.setName('language').addChoices({ name: 'English', value: 'en' }, { name: '中文', value: 'zh' }), { en: 'Digest language (default: yours)', zh: '摘要语言（默认与你相同）' }, '语言');

export const data = localize(new SlashCommandBuilder().setName('digest'), { en: 'Scheduled section digests for this server (admins)', zh: '本服务器的定时章节摘要（管理员）' }, '摘要')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    localize(s.setName('subscribe'), { en: 'Post a section digest to a channel on a schedule', zh: '按计划向频道推送章节摘要' }, '订阅')
      .addChannelOption((o) =>
        localize(o.setName('channel').setRequired(true).addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.PublicThread, ChannelType.PrivateThread, ChannelType.AnnouncementThread), { en: 'Where to post', zh: '推送到哪个频道' }, '频道'),
      )
      .addStringOption(sectionOption)
      .addStringOption((o) => localize(o.setName('schedule').setRequired(true).setAutocomplete(true), { en: 'e.g. "daily 09:00", "weekdays 09:00", "weekly monday 09:00" or a cron expression', zh: '如 daily 09:00、weekdays 09:00、weekly monday 09:00 或 cron 表达式' }, '时间'))
      .addStringOption((o) => localize(o.setName('timezone').setAutocomplete(true), { en: 'IANA time zone, e.g. Europe/Kyiv (default UTC)', zh: 'IANA 时区，如 Asia/Shanghai（默认 UTC）' }, '时区'))
      .addStringOption(languageOption)
      .addStringOption(briefingOption),
  )
  .addSubcommand((s) => localize(s.setName('list'), { en: 'Subscriptions in this server, next runs and problems', zh: '本服务器的订阅、下次推送与问题' }, '列表'))
  .addSubcommand((s) => localize(s.setName('unsubscribe'), { en: 'Stop and remove a subscription', zh: '取消并删除订阅' }, '取消订阅').addIntegerOption(idOption))
  .addSubcommand((s) => localize(s.setName('pause'), { en: 'Pause a subscription', zh: '暂停订阅' }, '暂停').addIntegerOption(idOption))
  .addSubcommand((s) => localize(s.setName('resume'), { en: 'Resume a paused or disabled subscription (re-checks permissions)', zh: '恢复已暂停或停用的订阅（重新检查权限）' }, '恢复').addIntegerOption(idOption))
  .addSubcommand((s) => localize(s.setName('preview'), { en: 'See a digest now, only for you', zh: '立即预览摘要（仅自己可见）' }, '预览').addStringOption(sectionOption).addStringOption(languageOption).addStringOption(briefingOption))
  .addSubcommand((s) => localize(s.setName('send-now'), { en: 'Post a subscription’s digest right away', zh: '立即推送一次订阅的摘要' }, '立即推送').addIntegerOption(idOption));

const say = (ctx: CommandContext, en: string, zh: string) => (ctx.lang === 'zh' ? zh : en);
const fail = (ctx: CommandContext, title: [string, string], body: [string, string]): CommandReply => ({
  ephemeral: true,
  failed: true,
  view: noticeView(ctx.lang, say(ctx, ...title), say(ctx, ...body)),
});
const ok = (ctx: CommandContext, title: [string, string], body: [string, string], blocks: CommandReply['view']['blocks'] = []): CommandReply => ({
  ephemeral: true,
  view: noticeView(ctx.lang, say(ctx, ...title), say(ctx, ...body), 'success', blocks),
});


/** Resolves typed section text to a topic id of briefing `b` or "rotate". */
function resolveSection(b: Briefing, typed: string): string | { suggestions: string[] } {
  if (/^(rotate|rotation|轮换)$/i.test(typed.trim())) return 'rotate';
  const found = resolveName(topicNames(b), typed);
  return found.ok ? found.value.id : { suggestions: found.suggestions.map((s) => s.id) };
}

async function checkChannel(ctx: CommandContext, channelId: string, guildId: string): Promise<CommandReply | null> {
  if (!ctx.channels) return null;
  const missing = await ctx.channels.missingBotPermissions(channelId, guildId);
  if (missing === 'unknown-channel') return fail(ctx, ['Channel not reachable', '无法访问该频道'], ["I can't see that channel. Check that it exists and that I have View Channel there.", '我看不到这个频道。请确认它存在，并且我有“查看频道”权限。']);
  if (missing.length > 0) {
    return fail(ctx, ['Missing permissions in that channel', '我在该频道缺少权限'], [`I need these permissions in <#${channelId}>: ${missing.join(', ')}.`, `我需要在 <#${channelId}> 拥有以下权限：${missing.join('、')}。`]);
  }
  return null;
}

async function subscribe(ctx: CommandContext, options: CommandOptions, guildId: string, store: Store): Promise<CommandReply> {
  const digests = ctx.digests!;
  const picked = pickBriefing(ctx, options);
  if ('reply' in picked) return picked.reply;
  const b = picked.briefing;
  const channelId = options.getChannelId('channel')!;
  const section = resolveSection(b, options.getString('section') ?? '');
  if (typeof section !== 'string') {
    return fail(ctx, ['Unknown section', '未知章节'], [`Try one of: rotate, ${section.suggestions.join(', ') || rotationSections(b).join(', ')}.`, `可选：rotate、${section.suggestions.join('、') || rotationSections(b).join('、')}。`]);
  }
  const tzInput = options.getString('timezone') ?? digests.defaultTimezone;
  const tz = validateTimezone(tzInput, ctx.lang);
  if (!tz.ok) return fail(ctx, ['Unknown time zone', '无效时区'], [tz.error, tz.error]);
  const schedule = parseSchedule(options.getString('schedule') ?? '', tz.timezone, ctx.lang);
  if (!schedule.ok) return fail(ctx, ['That schedule does not work', '无法使用该时间设置'], [schedule.error, schedule.error]);
  const denied = await checkChannel(ctx, channelId, guildId);
  if (denied) return denied;
  const language = (options.getString('language') ?? ctx.lang) as Lang;
  const sub = await store.subscriptions.create({ guildId, channelId, section, briefingId: b.id, schedule: schedule.cron, scheduleLabel: schedule.label, timezone: tz.timezone, language, createdBy: ctx.userId, requestId: ctx.requestId }, ctx.now());
  return ok(ctx, [`Subscribed: digest #${sub.id}`, `已订阅：摘要 #${sub.id}`], [`${sectionLabel(b, section, ctx.lang)} will be posted to <#${channelId}>.`, `${sectionLabel(b, section, ctx.lang)} 将推送到 <#${channelId}>。`], [
    { heading: `#${sub.id}`, statements: subscriptionStatements(b, sub, [], ctx.now(), ctx.lang) },
  ]);
}

export const execute: BotCommand['execute'] = async (ctx, options) => {
  try {
    return await run(ctx, options);
  } catch (err) {
    // Storage failures an operator must fix (file gone, disk full, read-only) say what happened instead of
    // an apology; the user learns nothing was saved, the log names the file.
    if (!(err instanceof StoreError)) throw err;
    ctx.log.error({ err, command: 'digest', subcommand: options.getSubcommand() }, 'digest command could not use the database');
    return fail(ctx, ['Database error: nothing was changed', '数据库出错：没有做任何更改'], [err.message, err.message]);
  }
};

async function run(ctx: CommandContext, options: CommandOptions): Promise<CommandReply> {
  const sub = options.getSubcommand();
  if (sub === 'preview') {
    const picked = pickBriefing(ctx, options);
    if ('reply' in picked) return picked.reply;
    const b = picked.briefing;
    const section = resolveSection(b, options.getString('section') ?? '');
    const id = typeof section === 'string' ? (section === 'rotate' ? rotationSections(b)[0]! : section) : undefined;
    if (!id) return fail(ctx, ['Unknown section', '未知章节'], [`Try one of: ${rotationSections(b).join(', ')}.`, `可选：${rotationSections(b).join('、')}。`]);
    return { ephemeral: true, view: digestPreviewView(b, id, (options.getString('language') ?? ctx.lang) as Lang) };
  }
  if (!ctx.guildId) return fail(ctx, ['Servers only', '仅限服务器'], ['Digests belong to a server: run this in a server channel.', '摘要属于服务器，请在服务器频道中使用。']);
  if (!canManageServer(ctx)) return fail(ctx, ['Admins only', '仅限管理员'], ['Managing digests needs the Manage Server permission.', '管理摘要需要“管理服务器”权限。']);
  // Only the one-shot CLI runs commands without the store and scheduler.
  if (!ctx.digests) return fail(ctx, ['Digests need the running bot', '摘要需要运行中的机器人'], ['Digests are kept and sent by the running bot: start it with `npm start` and use /digest there (in Discord, or in its console). One-shot `cli` commands have no database or schedule.', '摘要由运行中的机器人保存和推送：请用 `npm start` 启动它，再在 Discord 或其控制台中使用 /digest。一次性的 `cli` 命令没有数据库和推送计划。']);
  let opened;
  try {
    opened = await ctx.digests.open();
  } catch (err) {
    // The database cannot be reached (the console opens it after its prompt): say so plainly, log the detail.
    if (!(err instanceof StoreError)) throw err;
    ctx.log.warn({ err }, 'digests unavailable: the database could not be opened');
    return fail(ctx, ['Digests unavailable', '摘要暂不可用'], [`The database could not be opened. ${err.message}`, `无法打开数据库。${err.message}`]);
  }
  const { store, scheduler } = opened;
  const guildId = ctx.guildId;
  const now = ctx.now();
  const briefingOf = (s: Subscription) => ctx.briefings.orDefault(s.briefingId);

  if (sub === 'subscribe') return subscribe(ctx, options, guildId, store);
  if (sub === 'list') {
    const subs = await store.subscriptions.listByGuild(guildId);
    const withRecent = await Promise.all(subs.map(async (s) => ({ sub: s, recent: await store.deliveries.listRecentBySubscription(s.id, 20) })));
    return { ephemeral: true, view: subscriptionListView(briefingOf, withRecent, now, ctx.lang) };
  }

  const id = options.getInteger('id')!;
  const notFound = () => fail(ctx, ['No such subscription', '没有这个订阅'], [`There is no digest #${id} in this server; see /digest list.`, `本服务器没有 #${id} 号摘要，请查看 /digest list。`]);
  const scope = { guildId, now };
  switch (sub) {
    case 'unsubscribe': {
      const unsubscribed = ok(ctx, [`Unsubscribed #${id}`, `已取消 #${id}`], ['No more digests will be posted for it.', '不会再推送该摘要。']);
      if (await store.subscriptions.remove(id, scope)) return unsubscribed;
      // Already removed (by this same request on another instance, or earlier): the outcome is the same.
      const gone = await store.subscriptions.getIncludingDeleted(id);
      return gone?.guildId === guildId && gone.deletedAt !== null ? unsubscribed : notFound();
    }
    case 'pause':
      return (await store.subscriptions.pause(id, scope)) ? ok(ctx, [`Paused #${id}`, `已暂停 #${id}`], ['Resume it with /digest resume.', '可用 /digest resume 恢复。']) : notFound();
    case 'resume': {
      const existing = await store.subscriptions.get(id, scope);
      if (!existing) return notFound();
      // Resuming an active subscription changes nothing (it must not move the schedule's watermark again).
      if (existing.status === 'active') return ok(ctx, [`#${id} is active`, `#${id} 正在运行`], ['It was not paused; the next digest goes out on schedule.', '它没有被暂停，下次将按计划推送。'], [{ heading: `#${id}`, statements: subscriptionStatements(briefingOf(existing), existing, [], now, ctx.lang) }]);
      const denied = await checkChannel(ctx, existing.channelId, guildId);
      if (denied) return denied;
      const resumed = await store.subscriptions.resume(id, scope);
      return resumed
        ? ok(ctx, [`Resumed #${id}`, `已恢复 #${id}`], ['Runs missed while it was off are skipped; the next one goes out on schedule.', '暂停期间错过的推送不会补发，下次将按计划推送。'], [{ heading: `#${id}`, statements: subscriptionStatements(briefingOf(resumed), resumed, [], now, ctx.lang) }])
        : notFound();
    }
    case 'send-now': {
      const outcome = await scheduler.sendNow(id, { guildId }, ctx.requestId);
      if (outcome.status === 'not-found') return notFound();
      if (outcome.status === 'delivered') return ok(ctx, [`Posted digest #${id}`, `已推送摘要 #${id}`], ['It is in the channel now.', '已发送到频道。']);
      const reason = 'error' in outcome ? outcome.error : 'reason' in outcome ? outcome.reason : outcome.status;
      return fail(ctx, ['Could not post the digest', '摘要未能推送'], [`Discord refused or failed: ${reason}. See /digest list.`, `Discord 拒绝或出错：${reason}。请查看 /digest list。`]);
    }
    default:
      return fail(ctx, ['Unknown subcommand', '未知子命令'], ['See /help.', '请查看 /help。']);
  }
}

const SCHEDULE_PRESETS = ['daily 09:00', 'weekdays 09:00', 'weekly monday 09:00', 'daily 18:00', 'weekdays 08:30', 'weekly friday 16:00', '0 */6 * * *'];

const TIMEZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')].map((tz) => ({ id: tz, names: [tz, tz.split('/').pop()!.replace(/_/g, ' ')] }));

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused, options) => {
  if (focused.name === 'briefing') return briefingChoices(ctx, focused.value);
  if (focused.name === 'section') {
    const b = briefingForAutocomplete(ctx, options);
    const entries = [{ id: 'rotate', names: ['rotate', '轮换'], title: sectionLabel(b, 'rotate', ctx.lang) }, ...topicNames(b).map((t) => ({ ...t, title: t.topic.title[ctx.lang] }))];
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
