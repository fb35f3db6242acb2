import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type NewAskLogEntry, type Store } from '../../src/store/index.ts';
import { engines, type TestDatabase } from './engines.ts';
import { loggedEntry } from '../helpers/ask-log.ts';

const T0 = new Date('2026-01-05T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const entry = (over: Partial<NewAskLogEntry> = {}): NewAskLogEntry => ({
  question: 'who won the world cup',
  language: 'en',
  status: 'not-covered',
  answerItemIds: [],
  answerText: null,
  briefingId: 'maralago-2025-12-28',
  guildId: 'g1',
  origin: 'discord',
  ...over,
});

describe.each(engines)('ask log on $engine', ({ create }) => {
  let database: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => {
    await database?.cleanup();
  });
  beforeEach(async () => {
    store = await openStore(database.url);
  });
  afterEach(async () => {
    await store?.close();
  });

  it('records a refused question with everything an analyst needs and no user id', async () => {
    const e = await store.askLog.record(entry({ guildId: 'rec', question: 'Бахмут? <@123> **bold** 谁赢了' }), T0);
    expect(e).toEqual({
      id: expect.any(Number),
      question: 'Бахмут? <@123> **bold** 谁赢了',
      language: 'en',
      status: 'not-covered',
      answerItemIds: [],
      answerText: null,
      briefingId: 'maralago-2025-12-28',
      guildId: 'rec',
      origin: 'discord',
      helpful: 0,
      unhelpful: 0,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(await loggedEntry(store.askLog, e.id)).toEqual(e);
    const columns = Object.keys((await store.askLog.listRecent({ guildId: 'rec' }))[0]!);
    expect(columns.some((c) => /user|author|member|voter/i.test(c))).toBe(false);
  });

  it('keeps the answers of an unsure question in order, and survives a reopen', async () => {
    const e = await store.askLog.record(
      entry({
        guildId: 'unsure',
        status: 'unsure',
        language: 'zh',
        question: '军队多大',
        answerItemIds: ['army-cap', 'plan-28'],
        answerText: '乌克兰军队上限80万',
      }),
      T0,
    );
    await store.close();
    store = await openStore(database.url);
    expect(await loggedEntry(store.askLog, e.id)).toMatchObject({
      status: 'unsure',
      language: 'zh',
      answerItemIds: ['army-cap', 'plan-28'],
      answerText: '乌克兰军队上限80万',
    });
  });

  it('counts 👍 and 👎 on a logged entry, and reports an unknown one', async () => {
    const e = await store.askLog.record(entry({ guildId: 'votes', status: 'unsure' }), T0);
    expect(await store.askLog.vote(e.id, 'down', at(1))).toBe(true);
    expect(await store.askLog.vote(e.id, 'down', at(2))).toBe(true);
    expect(await store.askLog.vote(e.id, 'up', at(3))).toBe(true);
    expect(await loggedEntry(store.askLog, e.id)).toMatchObject({ helpful: 1, unhelpful: 2, createdAt: T0, updatedAt: at(3) });
    expect(await store.askLog.vote(9_999_999, 'down', at(4))).toBe(false);
  });

  it('logs an answered question on its first 👎 and counts later ones on the same message in that entry', async () => {
    const answered = entry({
      guildId: 'down',
      status: 'answered',
      question: 'how big is the army',
      answerItemIds: ['army-cap'],
      answerText: 'Capped at 800,000.',
    });
    const first = await store.askLog.recordUnhelpful({ ...answered, messageId: 'm-1' }, at(1));
    const second = await store.askLog.recordUnhelpful({ ...answered, messageId: 'm-1' }, at(2));
    const other = await store.askLog.recordUnhelpful({ ...answered, messageId: 'm-2' }, at(3));
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({
      status: 'answered',
      unhelpful: 2,
      helpful: 0,
      createdAt: at(1),
      updatedAt: at(2),
      answerItemIds: ['army-cap'],
    });
    expect(other.id).not.toBe(first.id);
    expect(other.unhelpful).toBe(1);
    expect((await store.askLog.listRecent({ guildId: 'down' })).map((e) => e.id)).toEqual([other.id, first.id]);
  });

  it('lists newest first, per guild or everywhere (console and DMs have no guild), filtered and limited', async () => {
    const g = 'list';
    const a = await store.askLog.record(entry({ guildId: g, question: 'a', status: 'not-covered' }), at(10));
    const b = await store.askLog.record(entry({ guildId: g, question: 'b', status: 'unsure' }), at(20));
    const c = await store.askLog.recordUnhelpful(
      { ...entry({ guildId: g, question: 'c', status: 'answered' }), messageId: 'list-c' },
      at(30),
    );
    const sameTime = await store.askLog.record(entry({ guildId: g, question: 'd', status: 'not-covered' }), at(30));
    const console = await store.askLog.record(entry({ guildId: null, origin: 'console', question: 'e' }), at(40));
    await store.askLog.record(entry({ guildId: 'elsewhere', question: 'f' }), at(50));

    expect((await store.askLog.listRecent({ guildId: g })).map((e) => e.question)).toEqual(['d', 'c', 'b', 'a']);
    expect((await store.askLog.listRecent({ guildId: g, limit: 2 })).map((e) => e.id)).toEqual([sameTime.id, c.id]);
    expect((await store.askLog.listRecent({ guildId: g, filter: 'not-covered' })).map((e) => e.id)).toEqual([sameTime.id, a.id]);
    expect((await store.askLog.listRecent({ guildId: g, filter: 'unsure' })).map((e) => e.id)).toEqual([b.id]);
    expect((await store.askLog.listRecent({ guildId: g, filter: 'unhelpful' })).map((e) => e.id)).toEqual([c.id]);
    const everywhere = await store.askLog.listRecent({ limit: 100 });
    expect(everywhere.map((e) => e.question).slice(0, 2)).toEqual(['f', 'e']);
    expect(everywhere.find((e) => e.id === console.id)).toMatchObject({ guildId: null, origin: 'console' });
  });

  it('refuses a row the schema does not allow, and stores nothing for it', async () => {
    await expect(store.askLog.record(entry({ guildId: 'bad', status: 'maybe' as never }), T0)).rejects.toThrow();
    await expect(store.askLog.record(entry({ guildId: 'bad', language: 'fr' as never }), T0)).rejects.toThrow();
    expect(await store.askLog.listRecent({ guildId: 'bad' })).toEqual([]);
  });
});
