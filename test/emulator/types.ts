/** Seeds and public option types for the Discord emulator. Ids are optional; missing ones are generated. */

export type PermissionsInput = bigint | string | number;

export interface UserSeed {
  id?: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
  /** Default interaction locale for this user. */
  locale?: string;
}

export interface RoleSeed {
  id?: string;
  name: string;
  permissions?: PermissionsInput;
  color?: number;
  position?: number;
}

export interface ChannelSeed {
  id?: string;
  name: string;
  /** 0 text (default), 2 voice, 4 category, 5 announcement. */
  type?: 0 | 2 | 4 | 5;
  topic?: string | null;
  parentId?: string | null;
  nsfw?: boolean;
}

export interface MemberSeed {
  /** User id or username of a configured user. */
  user: string;
  nick?: string | null;
  /** Role ids or names. */
  roles?: string[];
}

export interface GuildSeed {
  id?: string;
  name: string;
  preferredLocale?: string;
  ownerId?: string;
  channels?: ChannelSeed[];
  /** Extra roles; the @everyone role (id = guild id) is always created. */
  roles?: RoleSeed[];
  everyonePermissions?: PermissionsInput;
  /** Members besides the bot (user ids/usernames or MemberSeed); defaults to every configured user. */
  members?: (string | MemberSeed)[];
  /** Permissions of the bot's managed role in this guild (default: a typical bot set, no Administrator). */
  botPermissions?: PermissionsInput;
}

export interface EmulatorOptions {
  /** If set, only this token is accepted (REST `Bot <token>` and gateway IDENTIFY); otherwise any non-empty token. */
  token?: string;
  bot?: { id?: string; username?: string };
  application?: { id?: string; name?: string; flags?: number };
  users?: UserSeed[];
  guilds?: GuildSeed[];
  /** Gateway HELLO heartbeat interval (default 2500 ms; Discord uses ~41250). */
  heartbeatIntervalMs?: number;
  /** Time the bot has to send the initial interaction callback (default 3000 ms, as on Discord). */
  interactionTimeoutMs?: number;
  /** Global requests per second across bot-authenticated routes (default 50). */
  globalRateLimitPerSecond?: number;
  /** Discord exempts interaction callback/webhook routes from the global limit; set false to count them too. */
  globalLimitExemptsInteractions?: boolean;
  /** Per-channel bucket for POST /channels/{id}/messages (default 5 per 5 s). */
  channelMessageRateLimit?: { limit: number; windowMs: number };
  /** How long a nonce is remembered for `enforce_nonce` de-duplication (default 5 minutes). */
  nonceTtlMs?: number;
}

export type FaultKind = '429-route' | '429-global' | '500' | '502' | '403' | '404' | 'slow';

export interface FaultSpec {
  /** Matches the path after `/api/v10` (e.g. `/channels/123/messages`). A string matches the path exactly or a
   * route template such as `/channels/:id/messages`. Omit to match every route. */
  route?: RegExp | string;
  method?: string;
  kind: FaultKind;
  /** How many matching requests get the fault (default 1; Infinity allowed). */
  times?: number;
  /** Seconds, for 429 faults (default 1). */
  retryAfter?: number;
  /** For 'slow' (default 2000). */
  delayMs?: number;
  /** Override the JSON error code for 403/404 (e.g. 50013 Missing Permissions, 10008 Unknown Message). */
  code?: number;
  message?: string;
}

export interface RecordedRequest {
  at: number;
  method: string;
  /** Path after `/api/v10`, URL-decoded per segment (so `%40original` shows as `@original`). */
  path: string;
  rawPath: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
  status?: number;
  /** Template of the matched route, e.g. `POST /channels/:channel_id/messages`; null if unknown. */
  route: string | null;
}

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}
