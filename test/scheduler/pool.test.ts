import { describe, expect, it } from 'vitest';
import { KeyedPool } from '../../src/scheduler/pool.ts';

const tick = () => new Promise((r) => setTimeout(r, 1));

interface Item {
  key: string;
  n: number;
}

function recorder(concurrency: number) {
  const started: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const perKey = new Map<string, number>();
  let maxPerKey = 0;
  const pool = new KeyedPool<Item>(
    concurrency,
    (i) => i.key,
    async (i) => {
      started.push(`${i.key}${i.n}`);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      perKey.set(i.key, (perKey.get(i.key) ?? 0) + 1);
      maxPerKey = Math.max(maxPerKey, perKey.get(i.key)!);
      await tick();
      perKey.set(i.key, perKey.get(i.key)! - 1);
      inFlight--;
    },
  );
  return { pool, started, stats: () => ({ maxInFlight, maxPerKey }) };
}

describe('KeyedPool', () => {
  it('serves keys round-robin, one item in flight per key, in push order within a key', async () => {
    const { pool, started, stats } = recorder(2);
    for (let n = 1; n <= 4; n++) pool.push({ key: 'a', n });
    pool.push({ key: 'b', n: 1 });
    pool.push({ key: 'c', n: 1 });
    pool.push({ key: 'b', n: 2 });
    pool.close();
    await pool.done;
    expect(started).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
    expect(stats()).toEqual({ maxInFlight: 2, maxPerKey: 1 });
    expect(pool.size).toBe(7);
  });

  it('takes items pushed while running and resolves only once closed and drained', async () => {
    const { pool, started } = recorder(3);
    let done = false;
    void pool.done.then(() => (done = true));
    pool.push({ key: 'a', n: 1 });
    await tick();
    await tick();
    pool.push({ key: 'a', n: 2 });
    pool.push({ key: 'b', n: 1 });
    expect(done).toBe(false);
    pool.close();
    await pool.done;
    expect(started).toEqual(['a1', 'a2', 'b1']);
    expect(() => pool.push({ key: 'c', n: 1 })).toThrow(/closed/);
  });

  it('resolves at once when closed empty, and survives a throwing worker', async () => {
    const empty = new KeyedPool<Item>(
      4,
      (i) => i.key,
      async () => undefined,
    );
    empty.close();
    await empty.done;

    const errors: number[] = [];
    const ran: number[] = [];
    const pool = new KeyedPool<Item>(
      2,
      (i) => i.key,
      async (i) => {
        ran.push(i.n);
        if (i.n === 1) throw new Error('boom');
      },
      (_err, i) => errors.push(i.n),
    );
    for (let n = 1; n <= 3; n++) pool.push({ key: 'a', n });
    pool.close();
    await pool.done;
    expect(ran).toEqual([1, 2, 3]);
    expect(errors).toEqual([1]);
  });
});
