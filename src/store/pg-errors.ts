import { StoreError } from './sqlite.ts';

/** Where a PostgreSQL URL points, without its password: `host:port/database`. */
export function describePostgres(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname || 'localhost'}:${url.port || '5432'}/${decodeURIComponent(url.pathname.slice(1)) || '(default database)'}`;
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', '57P03']);
const LOGIN = new Set(['28P01', '28000']);

/**
 * A failure to reach or log in to PostgreSQL at start-up, as one sentence an operator can act on (the
 * original error stays as `cause` for the logs); undefined for any other error.
 */
export function startupPostgresError(err: unknown, connectionString: string): StoreError | undefined {
  const e = err as { code?: unknown; message?: unknown; errors?: Array<{ code?: unknown; message?: unknown }> };
  const code = typeof e?.code === 'string' ? e.code : typeof e?.errors?.[0]?.code === 'string' ? e.errors[0].code : undefined;
  const detail = String(e?.message || e?.errors?.[0]?.message || code || err);
  const where = describePostgres(connectionString);
  if (code !== undefined && UNREACHABLE.has(code)) {
    return new StoreError(
      `PostgreSQL at ${where} is unreachable (${detail}): check that the server is running and that DATABASE_URL points to it.`,
      { cause: err },
    );
  }
  if (code !== undefined && LOGIN.has(code)) {
    return new StoreError(`PostgreSQL at ${where} refused the login (${detail}): check the user and password in DATABASE_URL.`, {
      cause: err,
    });
  }
  if (code === '3D000')
    return new StoreError(`PostgreSQL at ${where}: ${detail}. Create the database or fix DATABASE_URL.`, { cause: err });
  return undefined;
}
