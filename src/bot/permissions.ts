import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { CommandContext } from './command.ts';

/** Admin commands need Manage Server (checked when they run, not only through Discord's defaults); the console operator is trusted. */
export function canManageServer(ctx: Pick<CommandContext, 'console' | 'memberPermissions'>): boolean {
  return (
    ctx.console ||
    (ctx.memberPermissions !== null && (ctx.memberPermissions & PermissionFlagsBits.ManageGuild) === PermissionFlagsBits.ManageGuild)
  );
}
