import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SharedPagerStore } from '../../src/discord/shared-pager.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const pages = [{ title: 'one' }, { title: 'two', description: '第二页' }];
let store: Store;
beforeAll(async () => {
  store = await openStore('file::memory:');
});
afterAll(async () => {
  await store.close();
});

describe('GIVEN page sessions kept in the database', () => {
  it('THEN another store over the same database (another instance, or after a restart) finds them', async () => {
    let now = 1_000_000;
    const a = new SharedPagerStore(store.pagers, 60_000, () => now);
    const b = new SharedPagerStore(store.pagers, 60_000, () => now);
    const s = await a.create('u1', pages, 'zh', true, '1500000000000000001');
    expect(await b.get(s.id)).toEqual({
      id: s.id,
      userId: 'u1',
      origin: '1500000000000000001',
      pages,
      lang: 'zh',
      ephemeral: true,
      expiresAt: now + 60_000,
    });
    now += 60_000;
    expect(await b.get(s.id)).toBeUndefined(); // expired: the button says so
    expect(await b.get('nope')).toBeUndefined();
  });

  it('THEN expired sessions are cleared as new ones are made', async () => {
    let now = 5_000_000;
    const pager = new SharedPagerStore(store.pagers, 1_000, () => now);
    const old = await pager.create('u1', pages, 'en', false, '1500000000000000002');
    now += 120_000;
    const fresh = await pager.create('u2', pages, 'en', false, '1500000000000000003');
    await new Promise((r) => setTimeout(r, 20)); // the sweep runs in the background
    expect(await store.pagers.deleteExpired(new Date(now))).toBe(0);
    expect(await store.pagers.get(old.id, new Date(0))).toBeUndefined(); // gone, even for a reader with an old clock
    expect((await pager.get(fresh.id))?.userId).toBe('u2');
  });
});
