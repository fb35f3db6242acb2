import type { SlashCommandBuilder, SlashCommandOptionsOnlyBuilder, SlashCommandSubcommandsOnlyBuilder } from '@discordjs/builders';
import type { BriefingRegistry } from '../briefing/registry.ts';
import type { Briefing, Lang } from '../briefing/schema.ts';
import type { QaEngine } from '../qa/engine.ts';
import type { View } from '../query/view.ts';
import type { ChannelAccess, SubscriptionService } from '../digest/subscription-service.ts';
import type { Logger } from '../log.ts';

/** Read access to a command's options, the same whether they come from Discord or the console. */
export interface CommandOptions {
  getString(name: string): string | null;
  getBoolean(name: string): boolean | null;
  getInteger(name: string): number | null;
  getChannelId(name: string): string | null;
  getSubcommand(): string | null;
}

export type { ChannelAccess };

/** What `/digest` needs: present when the bot runs with its database. */
export interface DigestServices {
  /** Resolves once the database is open (the console opens it just after its prompt appears). */
  open(): Promise<SubscriptionService>;
  defaultTimezone: string;
}

/** Where /ask keeps questions for analysts: present when the bot runs with its database. */
export interface AskLogService {
  /** Resolves once the database is open. */
  open(): Promise<import('../store/ask-log.ts').AskLogRepo>;
}

/** Edition history (`/changes`): present when the bot runs with its database. */
export interface EditionServices {
  /** Resolves once the database is open and the loaded editions are recorded. */
  open(): Promise<import('../editions/tracker.ts').EditionTracker>;
  /** The tracker once open (for autocomplete, which cannot wait); undefined before. */
  ready(): import('../editions/tracker.ts').EditionTracker | undefined;
}

/** Services a command may use; what is absent in a mode (e.g. no store) is undefined. */
export interface CommandServices {
  briefings: BriefingRegistry;
  qa(briefing: Briefing): QaEngine;
  digests?: DigestServices;
  askLog?: AskLogService;
  editions?: EditionServices;
  /** Briefing files whose last (re)load failed, the previous edition still serving: shown to admins. */
  loadFailures?(): readonly import('../briefing/library.ts').LoadFailure[];
  log: Logger;
  now(): Date;
  /** Counts and times each command (Prometheus metrics); absent in the console. */
  metrics?: CommandMetrics;
}

/** `ok`: answered; `refused`: a friendly refusal (bad input, no permission); `error`: an unexpected failure. */
export type CommandOutcome = 'ok' | 'refused' | 'error';

export interface CommandMetrics {
  commandFinished(command: string, outcome: CommandOutcome, seconds: number): void;
}

export interface CommandContext extends CommandServices {
  lang: Lang;
  locale: string;
  userId: string;
  guildId: string | null;
  channelId: string | null;
  /** The invoking member's permissions (bitfield as bigint); null outside a guild or in the console. */
  memberPermissions: bigint | null;
  /** True in the local console, where the operator is trusted as an admin. */
  console: boolean;
  /** Identifies this request (the Discord interaction id), so a retried request is not acted on twice. */
  requestId?: string;
}

export interface CommandReply {
  view: View;
  ephemeral?: boolean;
  /** The command could not do what was asked (bad input, unknown name): scripts exit non-zero. */
  failed?: boolean;
  /** On Discord, 👍/👎 buttons under the reply rate it; this is what they refer to. */
  feedback?: import('../feedback/vote-id.ts').VoteTarget;
}

export interface Choice {
  name: string;
  value: string;
}

type Builder = SlashCommandBuilder | SlashCommandOptionsOnlyBuilder | SlashCommandSubcommandsOnlyBuilder;

/** One slash command: one file under `commands/`, exporting these members. */
export interface BotCommand {
  data: Builder;
  execute(ctx: CommandContext, options: CommandOptions): Promise<CommandReply> | CommandReply;
  autocomplete?(ctx: CommandContext, focused: { name: string; value: string }, options: CommandOptions): Choice[];
  /** Defer the reply before running: for work that may take longer than Discord's 3-second window. */
  defer?: boolean;
  /** Every reply of this command is private (only the invoking user sees it), deferrals included. */
  ephemeral?: boolean;
}
