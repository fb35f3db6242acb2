import type { RichText } from '../query/rich-text.ts';
import type { ViewBlock } from '../query/view.ts';

/** A choice offered when what was typed matched nothing: how to ask for it, and what it is. */
export interface Offer {
  command: string;
  title: string;
}

/** What a lookup command looks up, for "No topic matches …". */
export type LookupKind = 'topic' | 'actor' | 'plan-view' | 'plan-topic';

/**
 * Every expected failure a user can meet, with what its message needs. Adding a code here without a
 * message in every catalogue does not compile.
 */
export interface FailureParams {
  'unknown-briefing': { typed: string; available: string[] };
  'not-found': { kind: LookupKind; typed: string; suggestions: Offer[]; all: Offer[] };
  'ask-empty': { example: string };
  'unknown-subcommand': Record<string, never>;
  'servers-only': Record<string, never>;
  'admins-only': Record<string, never>;
  'needs-running-bot': Record<string, never>;
  'database-unavailable': { detail: string };
  'database-error': { detail: string };
  'ask-log-unavailable': Record<string, never>;
  'digest-unknown-section': { options: string[] };
  'digest-not-found': { id: number };
  'channel-unreachable': Record<string, never>;
  'channel-permissions': { channelId: string; missing: string[] };
  'digest-send-failed': { reason: string };
  'schedule-empty': Record<string, never>;
  'schedule-unknown': { typed: string };
  'schedule-too-often': { typed: string; perHour: number };
  'schedule-bad-day': { typed: string };
  'schedule-bad-format': { kind: 'daily' | 'weekdays' | 'weekly' };
  'schedule-bad-time': { typed: string };
  'cron-field-count': { count: number };
  'cron-invalid': { typed: string; field?: string; value?: string };
  'cron-unsupported': { value: string; field: 'day-of-month' | 'day-of-week' };
  'timezone-empty': Record<string, never>;
  'timezone-offset': { typed: string };
  'timezone-unknown': { typed: string; suggestion?: string };
  'changes-need-store': Record<string, never>;
  'no-such-edition': { typed: string; editions: Array<{ id: string; asOf: string }> };
}

export type FailureCode = keyof FailureParams;

export type Failure = { [C in FailureCode]: { code: C; params: FailureParams[C] } }[FailureCode];

export function failure<C extends FailureCode>(
  code: C,
  ...params: FailureParams[C] extends Record<string, never> ? [] : [FailureParams[C]]
): Failure {
  return { code, params: params[0] ?? {} } as Failure;
}

/** What a failure looks like to a user, in one language. */
export interface FailureMessage {
  title: RichText;
  body: RichText;
  blocks?: ViewBlock[];
  /** 'info' when the "failure" is really a menu (nothing typed yet). */
  tone?: 'warning' | 'info';
}

export type FailureMessages = { [C in FailureCode]: (params: FailureParams[C]) => FailureMessage };

/** Thrown by services and commands for a failure the user can fix; the command runner turns it into a reply. */
export class ExpectedFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}
