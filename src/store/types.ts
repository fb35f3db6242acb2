import type { Lang } from '../briefing/schema.ts';
import type { Generated } from 'kysely';

// Timestamps are stored as ISO-8601 UTC text (`Date#toISOString()`) in both engines: fixed width, so
// lexical order is chronological, and both drivers hand back the same type.
export interface SubscriptionsTable {
  id: Generated<number>;
  guild_id: string;
  channel_id: string;
  section: string;
  rotation_index: number;
  schedule: string;
  schedule_label: string;
  timezone: string;
  language: string;
  briefing_id: string | null;
  status: string;
  disabled_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  last_delivered_at: string | null;
  last_fire_checked_at: string;
  next_fire_at: string | null;
  deleted_at: string | null;
  /** The interaction that created it (migration 0003); null for rows made otherwise. */
  request_id: string | null;
  /** Migration 0006: 'digests', 'changes' or 'both'. */
  delivers: Generated<string>;
}

export interface DeliveriesTable {
  id: Generated<number>;
  delivery_key: string;
  subscription_id: number;
  kind: string;
  fire_time: string;
  status: string;
  nonce: string;
  section: string;
  attempts: number;
  message_id: string | null;
  error: string | null;
  claimed_by: string | null;
  claimed_at: string | null;
  created_at: string;
  updated_at: string;
  delivered_at: string | null;
  /** When the last send attempt was recorded (migration 0002); null while attempts = 0. */
  last_attempt_at: string | null;
  /** Migration 0006: 'digest' or 'changes' (a change alert). */
  content: Generated<string>;
  /** The edition a digest showed (set when rendered), or the new edition a change alert announces. */
  edition_id: string | null;
  /** A change alert's previous edition. */
  from_edition_id: string | null;
}

/** Migration 0006: every edition of every briefing, in the order they were first recorded. */
export interface EditionsTable {
  seq: Generated<number>;
  briefing_id: string;
  edition_id: string;
  content_hash: string;
  as_of: string;
  snapshot: string;
  recorded_at: string;
}

/** Migration 0003: questions /ask refused or was unsure about, and answers readers marked unhelpful. */
export interface AskLogTable {
  id: Generated<number>;
  question: string;
  language: string;
  status: string;
  /** JSON array of the briefing item ids that were shown, best first. */
  answer_item_ids: string;
  answer_text: string | null;
  briefing_id: string;
  guild_id: string | null;
  origin: string;
  message_id: string | null;
  helpful: number;
  unhelpful: number;
  created_at: string;
  updated_at: string;
}

/** Multi-page replies (migration 0005), shared by every instance; rows live until `expires_at`. */
export interface PagerSessionsTable {
  id: string;
  user_id: string;
  origin: string;
  pages: string;
  lang: string;
  /** 0 or 1 (SQLite has no boolean). */
  ephemeral: number;
  expires_at: string;
  created_at: string;
}

export interface Database {
  subscriptions: SubscriptionsTable;
  deliveries: DeliveriesTable;
  ask_log: AskLogTable;
  pager_sessions: PagerSessionsTable;
  editions: EditionsTable;
}

/** What a subscription posts: scheduled digests, change alerts, or both. */
export type Delivers = 'digests' | 'changes' | 'both';
/** What a delivery posts: a digest or a change alert. */
export type DeliveryContent = 'digest' | 'changes';

/** An edition as recorded (without its snapshot). */
export interface StoredEdition {
  seq: number;
  briefingId: string;
  editionId: string;
  hash: string;
  asOf: string;
  recordedAt: Date;
}

export type SubscriptionStatus = 'active' | 'paused' | 'disabled';
export type DeliveryStatus = 'pending' | 'delivered' | 'missed' | 'failed';
export type DeliveryKind = 'scheduled' | 'manual';

/** Section id of a subscription that cycles through the rotation list. */
export const ROTATE = 'rotate';

export interface Subscription {
  id: number;
  guildId: string;
  channelId: string;
  /** A briefing topic id, or `'rotate'`. */
  section: string;
  rotationIndex: number;
  /** 5-field cron expression. */
  schedule: string;
  scheduleLabel: string;
  timezone: string;
  language: Lang;
  briefingId: string | null;
  status: SubscriptionStatus;
  disabledReason: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  lastDeliveredAt: Date | null;
  /** Scheduler watermark: fire times up to and including this instant have been handled. */
  lastFireCheckedAt: Date;
  /** First fire after the watermark; null = not computed yet (new, resumed or rescheduled). */
  nextFireAt: Date | null;
  /** Scheduled digests, change alerts, or both. */
  delivers: Delivers;
}

export interface NewSubscription {
  guildId: string;
  channelId: string;
  section: string;
  schedule: string;
  scheduleLabel: string;
  timezone: string;
  language: Lang;
  briefingId?: string | null;
  createdBy: string;
  /** The request (Discord interaction id) creating it: creating again with the same id returns the first row. */
  requestId?: string | null;
  /** Default: digests. */
  delivers?: Delivers;
}

export interface SubscriptionPatch {
  channelId?: string;
  section?: string;
  schedule?: string;
  scheduleLabel?: string;
  timezone?: string;
  language?: Lang;
  briefingId?: string | null;
}

export interface Delivery {
  id: number;
  deliveryKey: string;
  subscriptionId: number;
  kind: DeliveryKind;
  fireTime: Date;
  status: DeliveryStatus;
  nonce: string;
  section: string;
  attempts: number;
  messageId: string | null;
  error: string | null;
  claimedBy: string | null;
  claimedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  deliveredAt: Date | null;
  /** When the last send attempt was recorded (just before that send); null if never attempted. */
  lastAttemptAt: Date | null;
  content: DeliveryContent;
  editionId: string | null;
  fromEditionId: string | null;
}

/** A pending delivery as listed for sending, with the channel its subscription posts to now. */
export interface ClaimableDelivery extends Delivery {
  /** Null when the subscription row no longer exists (the delivery is then given up, not sent). */
  channelId: string | null;
}

/** Keyset position in the claimable list (`fire_time`, then `id`). */
export interface DeliveryCursor {
  fireTime: Date;
  id: number;
}

export interface NewDelivery {
  deliveryKey: string;
  subscriptionId: number;
  kind: DeliveryKind;
  fireTime: Date;
  status: 'pending' | 'missed';
  nonce: string;
  section: string;
  error?: string | null;
  /** Default: digest. */
  content?: DeliveryContent;
  editionId?: string | null;
  fromEditionId?: string | null;
}

/** Restricts a command-layer mutation to one guild and/or supplies the clock. */
export interface Scope {
  guildId?: string;
  now?: Date;
}

export type AskStatus = 'answered' | 'unsure' | 'not-covered';
export type AskOrigin = 'discord' | 'console';
export type AskVote = 'up' | 'down';

/** One question kept for analysts. Never holds who asked or who voted. */
export interface AskLogEntry {
  id: number;
  question: string;
  language: Lang;
  status: AskStatus;
  /** Briefing item ids that were shown, best first (empty when refused). */
  answerItemIds: string[];
  /** The first answer's text, in the question's language. */
  answerText: string | null;
  briefingId: string;
  /** Null for the console and for direct messages. */
  guildId: string | null;
  origin: AskOrigin;
  /** 👍 and 👎 counts on the answer's message. */
  helpful: number;
  unhelpful: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewAskLogEntry {
  question: string;
  language: Lang;
  status: AskStatus;
  answerItemIds: string[];
  answerText: string | null;
  briefingId: string;
  guildId: string | null;
  origin: AskOrigin;
}

/** Which entries a listing shows: all, or only one reason for being logged. */
export type AskLogFilter = 'all' | 'not-covered' | 'unsure' | 'unhelpful';

export interface AskLogQuery {
  /** Only this guild's entries; undefined = every guild, the console and direct messages. */
  guildId?: string;
  filter?: AskLogFilter;
  limit?: number;
}
