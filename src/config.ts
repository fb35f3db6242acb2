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
const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

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
    z.enum(['true', 'false', 'on', 'off', '1', '0'], { error: 'must be true or false' }).default('true').transform((v) => ['true', 'on', '1'].includes(v)),
  ),
  LOG_LEVEL: z.preprocess(blankToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  BRIEFINGS_DIR: optional(z.string()),
  DIGEST_GRACE_MINUTES: z.preprocess(blankToUndefined, plainInteger.pipe(z.number().int().min(1, 'must be at least 1 (minutes)').max(1440)).default(15)),
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
});

export type Config = z.infer<typeof ConfigSchema>;

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

/** Parses the environment once; every problem is listed, each naming its variable. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return result.data;
}

/** Reads `.env` from the working directory when present (variables already set win). */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
