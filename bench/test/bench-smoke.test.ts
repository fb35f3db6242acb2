import { describe, expect, it } from 'vitest';
import { benchLatency } from '../lib/latency.ts';
import { benchDiff, benchReload } from '../lib/living.ts';
import { scaleBriefing } from '../../test/fixtures/scaled-briefing.ts';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { formatTable, resultsDocument, shapeProblems } from '../lib/report.ts';
import { loadEvalSet } from '../../eval/regression.ts';

// Runs the latency part of the bench harness with tiny sample counts. No timing assertions: benchmarks
// are not tests; this only checks the harness runs and emits well-formed results.json entries.
describe('bench harness (smoke)', () => {
  it('measures every command in both locales and emits well-formed entries', async () => {
    const questions = loadEvalSet().slice(0, 6);
    const r = await benchLatency({ samples: 3, minRounds: 1, warmupRounds: 1, questions, targets: true });
    expect(r.failed).toEqual([]);

    const commands = ['brief', 'actor', 'plan', 'risks', 'timeline', 'help', 'about', 'ask'];
    for (const locale of ['en-US', 'zh-CN']) {
      for (const c of commands) {
        for (const p of ['p50', 'p99']) expect(r.metrics.map((m) => m.name)).toContain(`latency.command.${c}.${locale}.${p}`);
        expect(r.samples.get(`${c}|${locale}`)?.length).toBeGreaterThanOrEqual(3);
      }
    }

    const doc = JSON.parse(JSON.stringify(resultsDocument(r.metrics, { quick: true, durationS: 0 }))) as ReturnType<typeof resultsDocument>;
    expect(doc.metrics.length).toBe(r.metrics.length);
    for (const m of doc.metrics) {
      expect(shapeProblems(m)).toEqual([]);
      expect(m.value).toBeGreaterThanOrEqual(0);
      expect(typeof m.conditions.samples).toBe('number');
    }
    const p99 = doc.metrics.find((m) => m.name === 'latency.command.ask.zh-CN.p99')!;
    expect(p99.unit).toBe('ms');
    expect(p99.conditions).toMatchObject({ locale: 'zh-CN', command: 'ask', node: process.version });
    expect(p99.target).toMatchObject({ op: '<', value: 5 });
    expect(new Set(doc.metrics.map((m) => m.name)).size).toBe(doc.metrics.length);

    const table = formatTable(r.metrics);
    expect(table).toContain('/brief (zh-CN)');
    expect(table).toMatch(/Targets met: \d+\/\d+/);
  });

  it('runs the living-briefings part (a reload while commands are answered, the ×10 diff) and emits well-formed entries', async () => {
    const reload = await benchReload({ reloads: 1, baselineMs: 50, log: () => undefined });
    const diff = benchDiff({ big: scaleBriefing(BriefingRegistry.fromDir().default, 2), runs: 1, log: () => undefined });
    const names = [...reload, ...diff].map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['living.reload.total.median', 'living.reload.commands.max', 'living.diff.x10.median']));
    for (const m of [...reload, ...diff]) expect(shapeProblems(m)).toEqual([]);
    expect(reload.find((m) => m.name === 'living.reload.commands.longestWait')!.target).toMatchObject({ op: '<=' });
    expect(diff[0]!.conditions.changes).toMatchObject({
      added: expect.any(Number),
      reworded: expect.any(Number),
      figures: expect.any(Number),
    });
  }, 60_000);

  it('flags malformed entries', () => {
    expect(shapeProblems({ name: 'x.y', value: Number.NaN, unit: '', conditions: [] }).length).toBeGreaterThan(0);
  });
});
