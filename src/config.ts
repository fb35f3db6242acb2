import { existsSync } from 'node:fs';
import { z } from 'zod';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
/** A whole number written in plain decimal digits: `1e3`, `0x10`, `1.0` or `+5` are refused rather than reinterpreted. */
const plainInteger = z
  .string()
  .trim()
  .regex(/^\d{1,9}$/, 'must be a whole number in plain decimal digits, e.g. 15')
  .transform(Number);
/** A Discord id (user, server, channel, application). */
export const SNOWFLAKE = /^\d{17,20}$/;
const snowflake = z.string().regex(SNOWFLAKE, 'must be a Discord id (17–20 digits)');

export const ConfigSchema = z.object({
  DISCORD_TOKEN: optional(z.string().regex(/^\S+$/, 'must not contain spaces')),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })),
  DATABASE_URL: optional(
    z.string().regex(/^(postgres(ql)?:\/\/|file:)/, 'must start with postgres://, postgresql:// or file: (unset: ./data/briefing-bot.db)'),
  ),
  DISCORD_GATEWAY: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v),
    z
      .enum(['true', 'false', 'on', 'off', '1', '0'], { error: 'must be true or false' })
      .default('true')
      .transform((v) => ['true', 'on', '1'].includes(v)),
  ),
  LOG_LEVEL: z.preprocess(blankToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  BRIEFINGS_DIR: optional(z.string()),
  /** Watch BRIEFINGS_DIR and reload edited briefings (SIGHUP and `npm run briefing:reload` work either way). */
  BRIEFINGS_WATCH: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v),
    z
      .enum(['true', 'false', 'on', 'off', '1', '0'], { error: 'must be true or false' })
      .default('true')
      .transform((v) => ['true', 'on', '1'].includes(v)),
  ),
  DIGEST_GRACE_MINUTES: z.preprocess(
    blankToUndefined,
    plainInteger.pipe(z.number().int().min(1, 'must be at least 1 (minutes)').max(1440)).default(15),
  ),
  CHARTS: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v),
    z.enum(['prerender', 'on-demand', 'off'], { error: 'must be prerender, on-demand or off' }).default('prerender'),
  ),
  DEFAULT_TIMEZONE: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default('UTC')
      .refine((tz) => isTimeZone(tz), 'must be an IANA time zone such as Europe/Berlin'),
  ),
  DISCORD_INTERACTIONS: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v),
    z.enum(['gateway', 'http'], { error: 'must be gateway (default) or http' }).default('gateway'),
  ),
  DISCORD_PUBLIC_KEY: optional(
    z
      .string()
      .trim()
      .regex(
        /^[0-9a-fA-F]{64}$/,
        "must be the application's public key: 64 hexadecimal characters (Developer Portal → General Information)",
      )
      .transform((k) => k.toLowerCase()),
  ),
  PORT: optional(
    z
      .string()
      .trim()
      .regex(/^\d{1,5}$/, 'must be a port number from 1 to 65535 (0: any free port)')
      .transform(Number)
      .refine((p) => p <= 65535, 'must be a port number from 1 to 65535 (0: any free port)'),
  ),
  HOST: optional(
    z
      .string()
      .trim()
      .regex(/^[^\s/]+$/, 'must be a host name or address such as 0.0.0.0 or 127.0.0.1'),
  ),
});

export type Config = z.infer<typeof ConfigSchema>;

/** HTTP mode listens on 3000 unless PORT says otherwise; gateway mode serves health and metrics only when PORT is set. */
export const DEFAULT_HTTP_PORT = 3000;
export const DEFAULT_HTTP_HOST = '0.0.0.0';

/** Where the HTTP server listens, or undefined when this instance runs none. */
export function httpListenAddress(
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_INTERACTIONS' | 'PORT' | 'HOST'>,
): { port: number; host: string } | undefined {
  if (!config.DISCORD_TOKEN) return undefined;
  if (config.DISCORD_INTERACTIONS !== 'http' && config.PORT === undefined) return undefined;
  return { port: config.PORT ?? DEFAULT_HTTP_PORT, host: config.HOST ?? DEFAULT_HTTP_HOST };
}

/** Rules between variables, checked once each is valid on its own. */
function crossChecks(c: Config): string[] {
  const problems: string[] = [];
  if (c.DISCORD_INTERACTIONS === 'http') {
    if (!c.DISCORD_TOKEN)
      problems.push('DISCORD_TOKEN: is needed with DISCORD_INTERACTIONS=http (replies, follow-ups and digests go over REST)');
    if (!c.DISCORD_PUBLIC_KEY)
      problems.push(
        'DISCORD_PUBLIC_KEY: is needed with DISCORD_INTERACTIONS=http, to verify that requests come from Discord (Developer Portal → General Information → Public Key)',
      );
  }
  return problems;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The variables `schema` reads (the whole configuration or a part of it); every problem is listed, each naming its variable. */
export function parseEnv<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const result = schema.safeParse(env);
  if (!result.success) throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return result.data;
}

/** Parses the environment once; every problem is listed, each naming its variable. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = parseEnv(ConfigSchema, env);
  const problems = crossChecks(config);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Reads `.env` from the working directory when present (variables already set win). */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * How every entry point starts: `.env` under the environment, then `parse` (default: the whole configuration).
 * An invalid configuration is the operator's to fix, not a crash: its problems (and `hint`) go to stderr, exit 1.
 */
export function loadConfigOrExit<T = Config>(
  parse: (env: NodeJS.ProcessEnv) => T = parseConfig as (env: NodeJS.ProcessEnv) => T,
  hint = '',
): T {
  loadDotEnv();
  try {
    return parse(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n${hint}`);
    process.exit(1);
  }
}
