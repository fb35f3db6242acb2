import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import { createPgTestSchema, ensurePostgres, type PgTestSchema } from './pg-helper.ts';
import { silentLogger } from '../../src/log.ts';

/** Terminates every backend connected to `database` (other than the admin's own), as a failover would. */
async function terminateBackends(database: string): Promise<number> {
  const admin = new pg.Client({ connectionString: await ensurePostgres() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ ok: boolean }>(
      `select pg_terminate_backend(pid) as ok from pg_stat_activity
        where datname = $1 and pid <> pg_backend_pid()`,
      [database],
    );
    return rows.filter((r) => r.ok).length;
  } finally {
    await admin.end();
  }
}

const until = async (cond: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

describe('PostgreSQL store when its backends are killed (restart, failover, pg_terminate_backend)', () => {
  let pgdb: PgTestSchema;
  let store: Store | undefined;
  const uncaught = vi.fn();

  beforeEach(async () => {
    pgdb = await createPgTestSchema('kill');
    process.on('uncaughtException', uncaught);
  });
  afterEach(async () => {
    process.off('uncaughtException', uncaught);
    await store?.close();
    store = undefined;
    await pgdb?.drop();
  });

  it('logs a warning for an idle pooled connection that dies, and the next query reconnects', async () => {
    const warn = vi.fn();
    store = await openStore(pgdb.url, { log: { ...silentLogger, warn } });
    // Several idle connections in the pool.
    await Promise.all([1, 2, 3].map((i) => store!.subscriptions.listByChannel(`c${i}`)));

    expect(await terminateBackends(pgdb.schema)).toBeGreaterThan(0);
    await until(() => warn.mock.calls.length > 0);
    await new Promise((r) => setTimeout(r, 100));

    expect(uncaught).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ err: expect.any(Error) }), expect.stringMatching(/database connection/));
    // pg-pool dropped the dead clients: queries go through on fresh connections.
    expect(await store.subscriptions.listByChannel('c1')).toEqual([]);
    await Promise.all([1, 2, 3].map((i) => store!.subscriptions.listByChannel(`c${i}`)));
  });

  it('fails only the transaction whose connection is killed while checked out', async () => {
    const warn = vi.fn();
    store = await openStore(pgdb.url, { log: { ...silentLogger, warn } });
    let inside!: () => void;
    const holding = new Promise<void>((r) => (inside = r));
    const tx = store.transaction(async (repos) => {
      await repos.subscriptions.listByChannel('x');
      inside();
      await new Promise((r) => setTimeout(r, 300)); // the client stays checked out meanwhile
      return repos.subscriptions.listByChannel('y');
    });
    await holding;
    expect(await terminateBackends(pgdb.schema)).toBeGreaterThan(0);
    await expect(tx).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 100));

    expect(uncaught).not.toHaveBeenCalled();
    expect(await store.subscriptions.listByChannel('c1')).toEqual([]);
  });

  it('keeps openStore(url) working without options', async () => {
    store = await openStore(pgdb.url);
    await store.subscriptions.listByChannel('c1');
    await terminateBackends(pgdb.schema);
    await new Promise((r) => setTimeout(r, 200));
    expect(uncaught).not.toHaveBeenCalled();
    expect(await store.subscriptions.listByChannel('c1')).toEqual([]);
  });
});
