/** Both storage engines, for `describe.each(engines)` suites that must behave identically on each. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPgTestSchema } from './pg-helper.ts';

export interface TestDatabase {
  /** DATABASE_URL to pass to openStore; reopening it sees the same data. */
  url: string;
  cleanup(): Promise<void>;
}

export interface EngineCase {
  engine: 'sqlite' | 'postgres';
  create(): Promise<TestDatabase>;
}

export const engines: EngineCase[] = [
  {
    engine: 'sqlite',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'briefing-bot-test-'));
      return {
        url: `file:${join(dir, 'nested', 'bot.db')}`,
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    engine: 'postgres',
    async create() {
      const pg = await createPgTestSchema();
      return { url: pg.url, cleanup: pg.drop };
    },
  },
];
