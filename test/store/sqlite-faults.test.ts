/**
 * The SQLite file under faults an operator can cause: deleted or replaced while the bot runs, its WAL lost
 * after a crash, swapped for another database, read-only, or the disk full. Each is reported loudly, naming
 * the file, instead of the bot carrying on as if nothing happened.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, parseDatabaseUrl } from '../../src/store/connection.ts';
import { identityFile, openStore, StoreError, type NewSubscription, type Store } from '../../src/store/index.ts';
import { migrateToLatest } from '../../src/store/migrations.ts';
import { SubscriptionRepo } from '../../src/store/subscriptions.ts';
import { inTransaction } from '../../src/store/deliveries.ts';
import { silentLogger } from '../../src/log.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

const input = (over: Partial<NewSubscription> = {}): NewSubscription => ({
  guildId: 'g1',
  channelId: 'c1',
  section: 'risks',
  schedule: '0 9 * * *',
  scheduleLabel: 'daily 09:00',
  timezone: 'UTC',
  language: 'en',
  createdBy: 'u1',
  ...over,
});

const open: Store[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-sqlite-faults-'));
  dirs.push(dir);
  return path.join(dir, 'bot.db');
}

function recordingLog() {
  const errors: Array<{ obj: object; msg?: string }> = [];
  return { errors, log: { ...silentLogger, error: (obj: object, msg?: string) => void errors.push({ obj, msg }) } };
}

async function storeAt(file: string, log = recordingLog().log): Promise<Store> {
  const store = await openStore(`file:${file}`, { log });
  open.push(store);
  return store;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('GIVEN a running bot on its SQLite file', () => {
  it('WHEN the file is deleted THEN the next write fails naming the file, and the store logs it once as an error', async () => {
    const file = tempFile();
    const { log, errors } = recordingLog();
    const store = await storeAt(file, log);
    await store.subscriptions.create(input());
    rmSync(file);
    for (const attempt of [1, 2]) {
      const err = await rejection(store.subscriptions.create(input({ guildId: `after-${attempt}` })));
      expect(err).toBeInstanceOf(StoreError);
      expect(err.message).toContain(file);
      expect(err.message).toContain('was deleted or replaced while the bot was running');
    }
    expect(errors).toHaveLength(1);
    expect(errors[0]!.msg).toBe('the database file disappeared');
  });

  it('WHEN the file is replaced by another THEN writes fail too, instead of going to an unlinked file', async () => {
    const file = tempFile();
    const store = await storeAt(file);
    const other = tempFile();
    await (await storeAt(other)).close();
    renameSync(other, file);
    const err = await rejection(store.subscriptions.pause(1, {}));
    expect(err.message).toContain(`SQLite database ${file} was deleted or replaced`);
  });

  it('WHEN the disk is full THEN the error says so and names the file (not "cannot rollback")', async () => {
    const file = tempFile();
    const { db, close } = connect(parseDatabaseUrl(`file:${file}`), { log: recordingLog().log });
    try {
      await migrateToLatest(db, 'sqlite');
      const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(db)).rows[0]!.page_count);
      await sql.raw(`pragma max_page_count = ${pages + 1}`).execute(db);
      const err = await rejection(
        inTransaction(db, async (trx) => {
          const repo = new SubscriptionRepo(trx);
          for (let i = 0; i < 200; i++) await repo.create(input({ guildId: 'x'.repeat(2000) + i }));
        }),
      );
      expect(err.message).toContain('database or disk is full');
      expect(err.message).toContain(file);
      expect(err.message).not.toContain('cannot rollback');
      expect((err as StoreError).code).toBe('SQLITE_FULL');
    } finally {
      await close();
    }
  });
});

describe('GIVEN the bot starts on a data directory that held a database', () => {
  it('WHEN the database lost its WAL after a crash (empty now) THEN start-up is refused with what to do, and npm start exits 1 saying so', async () => {
    const file = tempFile();
    // A process that writes and is killed before any checkpoint: everything is still in bot.db-wal.
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `
        const { openStore } = await import(${JSON.stringify(path.join(ROOT, 'src/store/index.ts'))});
        const store = await openStore(${JSON.stringify(`file:${file}`)});
        await store.subscriptions.create({ guildId: 'g', channelId: 'c', section: 'risks', schedule: '0 9 * * *', scheduleLabel: 'daily 09:00', timezone: 'UTC', language: 'en', createdBy: 'u' });
        process.kill(process.pid, 'SIGKILL');`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(readFileSync(identityFile(file), 'utf8')).toMatch(/^\d+\n$/);
    writeFileSync(`${file}-wal`, Buffer.alloc(8192, 0x5a));

    const err = await rejection(storeAt(file));
    expect(err.message).toContain(
      `SQLite database ${file} is empty, but ${identityFile(file)} shows this data directory held the bot's database`,
    );
    expect(err.message).toContain('Restore the database from a backup');

    const start = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: '',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ROOT, DATABASE_URL: `file:${file}`, LOG_LEVEL: 'silent' },
      timeout: 30_000,
    });
    expect(start.status).toBe(1);
    expect(start.stderr).toContain(`could not start: SQLite database ${file} is empty`);
    expect(start.stderr).not.toContain('    at ');
  }, 60_000);

  it('WHEN another database file was put in its place THEN start-up is refused; deleting the marker adopts it', async () => {
    const file = tempFile();
    (await storeAt(file)).close();
    open.length = 0;
    const other = tempFile();
    await (await storeAt(other)).close();
    open.length = 0;
    copyFileSync(other, file);
    const err = await rejection(storeAt(file));
    expect(err.message).toContain(`SQLite database ${file} is not the database this data directory had`);
    rmSync(identityFile(file));
    const adopted = await storeAt(file);
    expect(await adopted.subscriptions.countByGuild('g1')).toBe(0);
    expect(readFileSync(identityFile(file), 'utf8')).toBe(readFileSync(identityFile(other), 'utf8'));
  });

  it('WHEN the database file is read-only THEN start-up is refused naming the file, instead of failing on every write later', async (ctx) => {
    const file = tempFile();
    await (await storeAt(file)).close();
    open.length = 0;
    const protect = (on: boolean) => {
      if (process.getuid?.() === 0) execFileSync('chattr', [on ? '+i' : '-i', file]);
      else execFileSync('chmod', [on ? '444' : '644', file]);
    };
    try {
      protect(true);
    } catch (err) {
      ctx.skip(`cannot make ${file} read-only here: ${(err as Error).message}`);
    }
    try {
      const err = await rejection(storeAt(file));
      expect(err.message).toContain(`SQLite database ${file} is not writable`);
      expect(err.message).toContain('permissions');
    } finally {
      protect(false);
    }
  });
});
