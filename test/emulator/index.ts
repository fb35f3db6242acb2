export { DiscordEmulator } from './emulator.ts';
export type { AutocompleteInput, ComponentInput, DropOptions, EmulatorStats, SelectInput } from './emulator.ts';
export type { InteractionCallback, FinalOptions, InteractionHandle } from './interaction-handle.ts';
export type { ChatInputInput, InteractionContextInput, OptionValue } from './interaction-payloads.ts';
export type { HttpDeliveryResult, SignOptions } from './http-delivery.ts';
export type { EmulatedMessage } from './messages.ts';
export type { RegisteredCommand } from './commands.ts';
export { validateCommandDefinitions, collectCommandIssues, VALID_LOCALES } from './command-rules.ts';
export type * from './types.ts';
