import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { Database } from './types.ts';
import type { Logger } from '../log.ts';

/** A storage failure, always naming the database file; `code` is SQLite's (e.g. SQLITE_FULL) when it has one. */
export class StoreError extends Error {
  readonly code?: string;
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'StoreError';
    const code = (options.cause as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string') this.code = code;
  }
}

/**
 * The file next to the database that remembers which database belongs here. SQLite keeps recent commits in
 * the `-wal` file until a checkpoint; if that file is lost or damaged, the database opens empty as if new.
 * The marker survives that, so an empty database where data used to be is refused instead of silently reused.
 */
export const identityFile = (filename: string) => `${filename}.id`;

const fileIdentity = (filename: string): string | undefined => {
  try {
    const s = statSync(filename);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
};

/** Opens (creating it if needed) a SQLite database file, checked as described on each helper below. */
export function openSqlite(filename: string, log: Logger): { db: Kysely<Database>; close(): Promise<void> } {
  const memory = filename === ':memory:';
  if (!memory) mkdirSync(dirname(filename), { recursive: true });
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(filename);
  } catch (err) {
    throw new StoreError(`SQLite database ${filename} could not be opened: ${(err as Error).message}`, { cause: err });
  }
  try {
    const journalMode = sqlite.pragma('journal_mode = WAL', { simple: true });
    // With WAL, NORMAL syncs the WAL only at checkpoints instead of on every commit (~0.04 ms instead of
    // ~3 ms per commit). The database stays consistent and a *process* crash loses nothing; only a power
    // loss or OS crash can roll back the last few commits. For deliveries that means a digest recorded as
    // delivered may come back as pending, and its resend reuses the same nonce (derived from the delivery
    // key), which Discord deduplicates with `enforce_nonce` — so no double post within its nonce window.
    // (Lost commits are whole transactions from the end, so a lost materialize is simply redone, with the
    // same deterministic keys.) Past Discord's nonce window the grace rule gives such a row up instead.
    // (Without WAL — in-memory databases, or a file system that refuses it — the default FULL stays.)
    if (journalMode === 'wal') sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    if (!memory) checkIdentity(sqlite, filename, log);
  } catch (err) {
    sqlite.close();
    throw err instanceof StoreError ? err : new StoreError(`SQLite database ${filename}: ${(err as Error).message}`, { cause: err });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: guarded(sqlite, filename, log) }) });
  return { db, close: () => db.destroy() };
}

/**
 * Start-up checks: the database can be written (a write that every start makes: stamping its id), and it
 * is the database this data directory had. Each database gets a random id in its header (`user_version`),
 * copied to {@link identityFile}: an empty database where the marker says there was one, or another
 * database's file, stops start-up with what to do.
 */
function checkIdentity(sqlite: BetterSqlite3.Database, filename: string, log: Logger): void {
  const marker = identityFile(filename);
  const expected = existsSync(marker) ? Number(readFileSync(marker, 'utf8').trim()) : undefined;
  const found = Number(sqlite.pragma('user_version', { simple: true }));
  const empty = Number(sqlite.prepare("select count(*) as n from sqlite_master where type = 'table'").pluck().get()) === 0;
  if (expected !== undefined && Number.isInteger(expected) && expected > 0) {
    if (empty) {
      throw new StoreError(
        `SQLite database ${filename} is empty, but ${marker} shows this data directory held the bot's database (id ${expected}): its data is missing ` +
          `(a lost or damaged ${filename}-wal file does this). Refusing to start on an empty database. Restore the database from a backup, ` +
          `or delete ${marker} to start afresh with no subscriptions.`,
      );
    }
    if (found !== expected) {
      throw new StoreError(
        `SQLite database ${filename} is not the database this data directory had: its id is ${found || 'missing'}, ${marker} expects ${expected}. ` +
          `Put the right file back, or delete ${marker} to adopt this one.`,
      );
    }
  }
  const id = found > 0 ? found : randomInt(1, 2 ** 31 - 1);
  try {
    sqlite.pragma(`user_version = ${id}`);
  } catch (err) {
    throw new StoreError(
      `SQLite database ${filename} is not writable (${(err as Error).message}). The bot needs to write the file and to create ` +
        `${filename}-wal and ${filename}-shm next to it: check the permissions of the file and its folder, and free disk space.`,
      { cause: err },
    );
  }
  if (expected !== id) {
    if (expected !== undefined) log.error({ file: filename, marker }, `${marker} was unreadable; it now names database ${id}`);
    const tmp = `${marker}.tmp`;
    writeFileSync(tmp, `${id}\n`);
    renameSync(tmp, marker);
  }
}

const ROLLBACK = /^\s*rollback\s*;?\s*$/i;
const NO_ROWS: SqliteStatement = {
  reader: false,
  all: () => [],
  run: () => ({ changes: 0, lastInsertRowid: 0 }),
  iterate: () => [][Symbol.iterator](),
};

/**
 * The connection Kysely uses, with three guards:
 * - every error names the database file;
 * - a ROLLBACK after SQLite already rolled the transaction back itself (disk full, I/O error) does nothing,
 *   so the real error ("database or disk is full") is reported instead of "cannot rollback - no transaction is active";
 * - before each write, the file must still be the one opened: a file deleted or replaced under a running bot
 *   would otherwise take every later write with it, while commands kept answering "Subscribed".
 */
function guarded(sqlite: BetterSqlite3.Database, filename: string, log: Logger): SqliteDatabase {
  const opened = filename === ':memory:' ? undefined : fileIdentity(filename);
  let reported = false;
  const named = (err: unknown): StoreError =>
    err instanceof StoreError ? err : new StoreError(`SQLite database ${filename}: ${(err as Error).message}`, { cause: err });
  const checkFile = () => {
    if (opened === undefined || fileIdentity(filename) === opened) return;
    const err = new StoreError(
      `SQLite database ${filename} was deleted or replaced while the bot was running: nothing can be saved any more. ` +
        `Stop the bot, restore the file from a backup, and start it again.`,
    );
    if (!reported) {
      reported = true;
      log.error({ err, file: filename }, 'the database file disappeared');
    }
    throw err;
  };
  const run = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      throw named(err);
    }
  };
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      if (ROLLBACK.test(sql) && !sqlite.inTransaction) return NO_ROWS;
      const stmt = run(() => sqlite.prepare(sql));
      if (!stmt.readonly) checkFile();
      return {
        reader: stmt.reader,
        all: (parameters) => run(() => stmt.all(parameters)),
        run: (parameters) => run(() => stmt.run(parameters)),
        iterate: (parameters) => run(() => stmt.iterate(parameters)),
      };
    },
  };
}
