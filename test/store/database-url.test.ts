import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../src/store/index.ts';

describe('parseDatabaseUrl', () => {
  it('defaults to ./data/briefing-bot.db under cwd', () => {
    expect(parseDatabaseUrl(undefined, '/srv/bot')).toEqual({ engine: 'sqlite', filename: '/srv/bot/data/briefing-bot.db' });
    expect(parseDatabaseUrl('  ', '/srv/bot').engine).toBe('sqlite');
  });

  it('accepts file: paths, file URLs and in-memory SQLite', () => {
    expect(parseDatabaseUrl('file:/var/lib/bot.db')).toEqual({ engine: 'sqlite', filename: '/var/lib/bot.db' });
    expect(parseDatabaseUrl('file:db/x.db', '/srv')).toEqual({ engine: 'sqlite', filename: '/srv/db/x.db' });
    expect(parseDatabaseUrl('file:///var/lib/bot.db')).toEqual({ engine: 'sqlite', filename: '/var/lib/bot.db' });
    expect(parseDatabaseUrl('file::memory:')).toEqual({ engine: 'sqlite', filename: ':memory:' });
    expect(parseDatabaseUrl(':memory:')).toEqual({ engine: 'sqlite', filename: ':memory:' });
  });

  it('picks PostgreSQL for postgres:// and postgresql:// URLs', () => {
    for (const url of ['postgres://u@h:5432/db', 'postgresql://u:p@h/db?sslmode=disable']) {
      expect(parseDatabaseUrl(url)).toEqual({ engine: 'postgres', connectionString: url });
    }
  });

  it('rejects anything else with a clear message', () => {
    expect(() => parseDatabaseUrl('mysql://x')).toThrow(/Unsupported DATABASE_URL/);
  });
});
