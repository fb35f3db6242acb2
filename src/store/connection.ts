import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './types.ts';

export type Engine = 'sqlite' | 'postgres';

export type DatabaseTarget =
  | { engine: 'sqlite'; filename: string }
  | { engine: 'postgres'; connectionString: string };

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
  throw new Error(
    `Unsupported DATABASE_URL "${url}": use file:<path> (SQLite), file::memory:, or postgres://user@host:port/db`,
  );
}

export function connect(target: DatabaseTarget): Kysely<Database> {
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (target.filename !== ':memory:') mkdirSync(dirname(target.filename), { recursive: true });
  const sqlite = new BetterSqlite3(target.filename);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}
