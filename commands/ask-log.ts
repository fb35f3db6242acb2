import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { localize } from '../src/bot/command-helpers.ts';
import type { BotCommand, CommandContext, CommandReply } from '../src/bot/command.ts';
import { noticeView } from '../src/bot/errors.ts';
import { canManageServer } from '../src/bot/permissions.ts';
import { askLogView } from '../src/feedback/ask-log-view.ts';
import type { AskLogFilter } from '../src/store/types.ts';

const FILTERS: AskLogFilter[] = ['all', 'not-covered', 'unsure', 'unhelpful'];

export const data = localize(new SlashCommandBuilder().setName('ask-log'), { en: 'Questions /ask refused, was unsure about, or readers rated 👎 (admins)', zh: '/ask 未回答、不确定或被点 👎 的提问（管理员）' }, '提问记录')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) =>
    localize(
      o.setName('show').addChoices(
        { name: 'All of them', name_localizations: { 'zh-CN': '全部' }, value: 'all' },
        { name: 'Refused', name_localizations: { 'zh-CN': '未回答' }, value: 'not-covered' },
        { name: 'Not sure', name_localizations: { 'zh-CN': '不确定' }, value: 'unsure' },
        { name: 'Rated 👎', name_localizations: { 'zh-CN': '被点 👎' }, value: 'unhelpful' },
      ),
      { en: 'Which ones (default: all)', zh: '显示哪些（默认全部）' },
      '显示',
    ),
  )
  .addIntegerOption((o) => localize(o.setName('limit').setMinValue(1).setMaxValue(100), { en: 'How many of the newest (default 25)', zh: '显示最新的多少条（默认 25）' }, '数量'));

const fail = (ctx: CommandContext, title: [string, string], body: [string, string]): CommandReply => ({
  ephemeral: true,
  failed: true,
  view: noticeView(ctx.lang, ctx.lang === 'zh' ? title[1] : title[0], ctx.lang === 'zh' ? body[1] : body[0]),
});

export const execute: BotCommand['execute'] = async (ctx, options) => {
  // The console operator sees every server's questions; on Discord an admin sees their own server's.
  if (!ctx.console && !ctx.guildId) return fail(ctx, ['Servers only', '仅限服务器'], ['The question log belongs to a server: run this in a server channel.', '提问记录属于服务器，请在服务器频道中使用。']);
  if (!canManageServer(ctx)) return fail(ctx, ['Admins only', '仅限管理员'], ['The question log needs the Manage Server permission.', '查看提问记录需要“管理服务器”权限。']);
  if (!ctx.askLog) return fail(ctx, ['Question log unavailable', '提问记录不可用'], ['This instance runs without its database, so no questions are logged.', '此实例未连接数据库，不记录提问。']);
  const shown = options.getString('show') ?? 'all';
  const filter: AskLogFilter = FILTERS.includes(shown as AskLogFilter) ? (shown as AskLogFilter) : 'all';
  const repo = await ctx.askLog.open();
  const entries = await repo.listRecent({ guildId: ctx.console ? undefined : ctx.guildId!, filter, limit: options.getInteger('limit') ?? 25 });
  return { ephemeral: true, view: askLogView(entries, { lang: ctx.lang, filter, everywhere: ctx.console }) };
};

/** Replies are for the invoking admin only. */
export const ephemeral = true;
