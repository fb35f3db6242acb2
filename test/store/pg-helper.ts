/**
 * Shared PostgreSQL helper for tests: makes sure the local server is running (starting it if needed,
 * never skipping) and hands each caller a fresh, randomly named database so parallel test files don't
 * collide. (Separate schemas in one database are not enough: Kysely's migrator introspects every
 * schema, and fails if another test file drops its schema at that moment.) Pass `url` to `openStore`;
 * call `drop()` in afterAll.
 *
 *   const pg = await createPgTestSchema();
 *   const store = await openStore(pg.url);
 *   ...
 *   await store.close(); await pg.drop();
 */
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const HOST = process.env.TEST_PG_HOST ?? '127.0.0.1';
const PORT = Number(process.env.TEST_PG_PORT ?? 5432);
const DATABASE = process.env.TEST_PG_DATABASE ?? 'test';
const USERS = process.env.TEST_PG_USER ? [process.env.TEST_PG_USER] : ['postgres', 'root'];
const START_COMMAND = 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start';

export interface PgTestSchema {
  /** `postgres://…/<database>` of a database made for this caller alone. */
  url: string;
  /** The database's name. */
  schema: string;
  /** Drops the database, closing any connection still open to it. */
  drop(): Promise<void>;
}

const baseUrl = (user: string, database = DATABASE) => `postgres://${user}@${HOST}:${PORT}/${database}`;

async function tryQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const isDown = (err: unknown) => {
  const code = (err as { code?: string }).code;
  return code === 'ECONNREFUSED' || code === 'ENOENT' || code === '57P03' /* cannot_connect_now: starting up */;
};

let ready: Promise<string> | undefined;

/** Resolves to a working admin URL on the test database, starting the server and creating the database if needed. */
export function ensurePostgres(): Promise<string> {
  ready ??= (async () => {
    let started = false;
    const deadline = Date.now() + 60_000;
    let lastError: unknown;
    while (Date.now() < deadline) {
      for (const user of USERS) {
        try {
          await tryQuery(baseUrl(user), 'select 1');
          await dropStaleSchemas(baseUrl(user));
          return baseUrl(user);
        } catch (err) {
          lastError = err;
          if ((err as { code?: string }).code === '3D000' /* invalid_catalog_name */) {
            await tryQuery(baseUrl(user, 'postgres'), `create database "${DATABASE}"`).catch(() => {});
          }
          if (isDown(err)) break;
        }
      }
      if (isDown(lastError) && !started) {
        started = true;
        try {
          execSync(START_COMMAND, { stdio: 'pipe', shell: '/bin/sh' });
        } catch {
          // Another test worker may have started it at the same moment; keep polling.
        }
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`PostgreSQL at ${HOST}:${PORT} is not reachable: ${String(lastError)}`);
  })();
  ready.catch(() => {
    ready = undefined;
  });
  return ready;
}

const SCHEMA_NAME = /^[a-z]+_([0-9a-z]+)_[0-9a-f]{8}$/;
const STALE_AFTER_MS = 6 * 60 * 60_000;

/** Best effort: removes databases left behind by test runs that died before cleaning up. */
async function dropStaleSchemas(admin: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database');
    for (const { datname } of rows) {
      const created = SCHEMA_NAME.exec(datname)?.[1];
      if (created && Date.now() - parseInt(created, 36) > STALE_AFTER_MS) {
        await client.query(`drop database if exists "${datname}" with (force)`).catch(() => {});
      }
    }
  } finally {
    await client.end();
  }
}

/** `prefix`: lowercase letters only. */
export async function createPgTestSchema(prefix = 't'): Promise<PgTestSchema> {
  if (!/^[a-z]+$/.test(prefix)) throw new Error('createPgTestSchema: prefix must be lowercase letters');
  const admin = await ensurePostgres();
  const schema = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`.toLowerCase();
  await tryQuery(admin, `create database "${schema}"`);
  const url = admin.replace(/\/[^/]*$/, `/${schema}`);
  return {
    url,
    schema,
    drop: () => tryQuery(admin, `drop database if exists "${schema}" with (force)`),
  };
}
