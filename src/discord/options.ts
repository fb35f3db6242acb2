import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { CommandOptions } from '../bot/command.ts';

/** Our Discord-free option reader over a discord.js interaction. */
export function interactionOptions(i: ChatInputCommandInteraction | AutocompleteInteraction): CommandOptions {
  const o = i.options;
  return {
    getString: (name) => o.get(name)?.value?.toString() ?? null,
    getBoolean: (name) => (typeof o.get(name)?.value === 'boolean' ? (o.get(name)!.value as boolean) : null),
    getInteger: (name) => (typeof o.get(name)?.value === 'number' ? (o.get(name)!.value as number) : null),
    getChannelId: (name) => (o.get(name)?.value as string | undefined) ?? null,
    getSubcommand: () => o.getSubcommand(false),
  };
}
