import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from '../log.ts';
import { openSqlite } from './sqlite.ts';
import type { Database } from './types.ts';

export type Engine = 'sqlite' | 'postgres';

export type DatabaseTarget = { engine: 'sqlite'; filename: string } | { engine: 'postgres'; connectionString: string };

export const DEFAULT_SQLITE_PATH = 'data/briefing-bot.db';

/**
 * Unset → `./data/briefing-bot.db` (relative to cwd); `file:<path>` / `file:///abs` → that SQLite file;
 * `file::memory:` or `:memory:` → in-memory SQLite; `postgres://` / `postgresql://` → PostgreSQL.
 */
export function parseDatabaseUrl(databaseUrl: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const url = databaseUrl?.trim();
  if (!url) return { engine: 'sqlite', filename: resolve(cwd, DEFAULT_SQLITE_PATH) };
  if (url === ':memory:' || url === 'file::memory:') return { engine: 'sqlite', filename: ':memory:' };
  if (/^postgres(ql)?:\/\//i.test(url)) return { engine: 'postgres', connectionString: url };
  if (url.startsWith('file://')) return { engine: 'sqlite', filename: fileURLToPath(url) };
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).split('?')[0] ?? '';
    if (!path) throw new Error(`DATABASE_URL "${url}" has no file path`);
    return { engine: 'sqlite', filename: resolve(cwd, path) };
  }
  throw new Error(`Unsupported DATABASE_URL "${url}": use file:<path> (SQLite), file::memory:, or postgres://user@host:port/db`);
}

export interface Connection {
  db: Kysely<Database>;
  /** Closes the database; for PostgreSQL, resolves once every pooled connection has really closed. */
  close(): Promise<void>;
}

const line = (level: string, obj: object, msg?: string) => {
  const err = (obj as { err?: unknown }).err;
  return `[store] ${level}${msg ?? ''}${err instanceof Error ? `: ${err.message}` : ''}`;
};

/**
 * The store's default log, one line on stderr: `warn` for what the store recovers from by itself, `error` for
 * what needs an operator, such as the database file disappearing.
 */
export const consoleStoreLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (obj, msg) => console.warn(line('', obj, msg ?? 'warning')),
  error: (obj, msg) => console.error(line('ERROR: ', obj, msg)),
};

export interface ConnectOptions {
  /** Default: {@link consoleStoreLogger}. */
  log?: Logger;
}

export function connect(target: DatabaseTarget, opts: ConnectOptions = {}): Connection {
  if (target.engine === 'postgres') {
    const log = opts.log ?? consoleStoreLogger;
    const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 });
    // A server restart, a failover or pg_terminate_backend kills pooled connections. pg-pool re-emits
    // an *idle* client's error on the pool (and drops that client), and an EventEmitter 'error' without
    // a listener is an uncaught exception: the process would die. The next query simply opens a new
    // connection, so a warning is all it takes.
    pool.on('error', (err) => log.warn({ err }, 'idle database connection lost; the pool will reconnect'));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    // pg-pool's end() resolves once it has *asked* its connections to close, not once they have. A
    // database dropped (or a server stopped) right after would then terminate a backend still closing,
    // and that client's 'error' event has no listener left: an uncaught exception. So close() waits for
    // every connection to be gone (bounded), ignoring errors from connections on their way out.
    const open = new Set<pg.PoolClient>();
    let allGone: (() => void) | undefined;
    pool.on('connect', (client) => {
      open.add(client);
      // A client checked out when its connection dies emits 'error' on itself (pg-pool only listens
      // while it is idle). The query or transaction using it fails with the error anyway, and pg-pool
      // discards the unqueryable client on release; this listener only keeps the event from crashing.
      client.on('error', () => undefined);
    });
    pool.on('remove', (client) => {
      open.delete(client);
      if (open.size === 0) allGone?.();
    });
    const close = async () => {
      for (const client of open) client.on('error', () => undefined);
      const gone = open.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (allGone = resolve));
      await db.destroy();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([gone, new Promise<void>((resolve) => (timer = setTimeout(resolve, 5_000).unref()))]);
      clearTimeout(timer);
    };
    return { db, close };
  }
  return openSqlite(target.filename, opts.log ?? consoleStoreLogger);
}
