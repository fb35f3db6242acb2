import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { localize } from '../src/bot/command-helpers.ts';
import type { BotCommand } from '../src/bot/command.ts';
import { ExpectedFailure, failure } from '../src/errors/failure.ts';
import { en } from '../src/i18n/en.ts';
import { zh } from '../src/i18n/zh.ts';
import { canManageServer } from '../src/bot/permissions.ts';
import { askLogView } from '../src/feedback/ask-log-view.ts';
import type { AskLogFilter } from '../src/store/types.ts';

const FILTERS: AskLogFilter[] = ['all', 'not-covered', 'unsure', 'unhelpful'];

export const data = localize(new SlashCommandBuilder().setName('ask-log'), 'ask-log')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) =>
    localize(
      o.setName('show').addChoices(
        ...FILTERS.map((value) => ({
          name: en.askLogFilterNames[value],
          name_localizations: { 'zh-CN': zh.askLogFilterNames[value] },
          value,
        })),
      ),
      'ask-log.show',
    ),
  )
  .addIntegerOption((o) => localize(o.setName('limit').setMinValue(1).setMaxValue(100), 'ask-log.limit'));

export const execute: BotCommand['execute'] = async (ctx, options) => {
  // The console operator sees every server's questions; on Discord an admin sees their own server's.
  if (!ctx.console && !ctx.guildId) throw new ExpectedFailure(failure('servers-only'));
  if (!canManageServer(ctx)) throw new ExpectedFailure(failure('admins-only'));
  if (!ctx.askLog) throw new ExpectedFailure(failure('ask-log-unavailable'));
  const shown = options.getString('show') ?? 'all';
  const filter: AskLogFilter = FILTERS.includes(shown as AskLogFilter) ? (shown as AskLogFilter) : 'all';
  const repo = await ctx.askLog.open();
  const entries = await repo.listRecent({
    guildId: ctx.console ? undefined : ctx.guildId!,
    filter,
    limit: options.getInteger('limit') ?? 25,
  });
  return { ephemeral: true, view: askLogView(entries, { lang: ctx.lang, filter, everywhere: ctx.console }) };
};

/** Replies are for the invoking admin only. */
export const ephemeral = true;
