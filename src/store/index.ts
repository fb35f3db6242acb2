import { sql, type Kysely } from 'kysely';
import type { Logger } from '../log.ts';
import { connect, parseDatabaseUrl, type Engine } from './connection.ts';
import { AskLogRepo } from './ask-log.ts';
import { DeliveryRepo, inTransaction } from './deliveries.ts';
import { EditionRepo } from './editions.ts';
import { migrateToLatest } from './migrations.ts';
import { startupPostgresError } from './pg-errors.ts';
import { PagerSessionRepo } from './pager-sessions.ts';
import { SubscriptionRepo } from './subscriptions.ts';
import type { Database } from './types.ts';

export * from './types.ts';
export { parseDatabaseUrl, DEFAULT_SQLITE_PATH, consoleStoreLogger, type Engine, type DatabaseTarget } from './connection.ts';
export { SubscriptionRepo } from './subscriptions.ts';
export { DeliveryRepo } from './deliveries.ts';
export { EditionRepo } from './editions.ts';
export { AskLogRepo, ASK_LOG_MAX_LIMIT } from './ask-log.ts';
export { StoreError, identityFile } from './sqlite.ts';
export { PagerSessionRepo, type StoredPagerSession } from './pager-sessions.ts';

export interface Repos {
  readonly subscriptions: SubscriptionRepo;
  readonly deliveries: DeliveryRepo;
  readonly askLog: AskLogRepo;
  readonly editions: EditionRepo;
}

export interface Store extends Repos {
  readonly engine: Engine;
  /** Multi-page replies, outside transactions. */
  readonly pagers: PagerSessionRepo;
  /** Resolves when the database answers a trivial query (readiness checks). */
  ping(): Promise<void>;
  /** Runs `fn` in one database transaction; use only the repos it is given. */
  transaction<T>(fn: (repos: Repos) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const reposFor = (db: Kysely<Database>): Repos => ({
  subscriptions: new SubscriptionRepo(db),
  deliveries: new DeliveryRepo(db),
  askLog: new AskLogRepo(db),
  editions: new EditionRepo(db),
});

export interface OpenStoreOptions {
  /** Warnings the store recovers from by itself (e.g. a lost PostgreSQL connection). Default: stderr. */
  log?: Logger;
}

/** Opens the database named by `DATABASE_URL` (see {@link parseDatabaseUrl}) and migrates it to the latest version. */
export async function openStore(databaseUrl: string | undefined, opts: OpenStoreOptions = {}): Promise<Store> {
  const target = parseDatabaseUrl(databaseUrl);
  const { db, close } = connect(target, { log: opts.log });
  try {
    await migrateToLatest(db, target.engine);
  } catch (err) {
    await close();
    throw (target.engine === 'postgres' && startupPostgresError(err, target.connectionString)) || err;
  }
  return {
    engine: target.engine,
    ...reposFor(db),
    pagers: new PagerSessionRepo(db),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    transaction: (fn) => inTransaction(db, (trx) => fn(reposFor(trx))),
    close,
  };
}
