import { describe, expect, it } from 'vitest';
import { shapeProblems } from '../lib/report.ts';
import { instancesFanout } from '../lib/scaleout.ts';

// The scale-out fan-out part of the bench harness at a tiny size: instance processes on one PostgreSQL, all
// through the proxy process. No timing assertions; it checks the harness runs and counts what it should.
describe('bench harness: scale-out fan-out (smoke)', () => {
  it('delivers every digest once through the proxy and emits well-formed entries', async () => {
    const metrics = await instancesFanout({ digests: 20, channels: 10, instances: 2, via: 'proxy' });
    const byName = new Map(metrics.map((m) => [m.name, m]));
    expect(byName.get('scaleout.fanout.proxy.delivered')?.value).toBe(20);
    expect(byName.get('scaleout.fanout.proxy.duplicates')?.value).toBe(0);
    expect(byName.get('scaleout.fanout.proxy.ratio')?.target).toMatchObject({ op: '>=', value: 0.9 });
    const cond = byName.get('scaleout.fanout.proxy.delivered')!.conditions as {
      perInstance: Array<{ delivered: number }>;
      proxy: { errors: number };
    };
    expect(cond.perInstance.reduce((n, i) => n + i.delivered, 0)).toBe(20);
    expect(cond.proxy.errors).toBe(0);
    for (const m of metrics) expect(shapeProblems(m)).toEqual([]);
  }, 120_000);
});
