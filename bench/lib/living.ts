/**
 * Living briefings: (1) reloading the real briefing while commands are being answered — how long any command
 * waited during reloads, against the usual p99 plus the swap (the longest step a reload holds the event loop);
 * (2) the diff of two editions of a briefing 10× the real one, and what computing an edition id costs there.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { createApp } from '../../src/app.ts';
import type { Briefing } from '../../src/briefing/schema.ts';
import { DEFAULT_BRIEFINGS_DIR, briefingFiles } from '../../src/briefing/load.ts';
import { parseConfig } from '../../src/config.ts';
import { diffBriefings, diffCounts } from '../../src/editions/diff.ts';
import { canonicalJson, editionOf } from '../../src/editions/edition.ts';
import { silentLogger } from '../../src/log.ts';
import { changesView } from '../../src/query/changes-view.ts';
import { renderEmbedPages } from '../../src/render/discord-render.ts';
import { loadEvalSet } from '../../eval/regression.ts';
import { commandCases, timeOne } from './latency.ts';
import { median, metric, percentile, type Metric } from './metrics.ts';

/**
 * Commands one after another, each started on its own turn of the event loop. For each: how long it took from
 * arriving to its reply (`total`), and how long of that it waited before it could start (`waited`).
 */
async function answerWhile(
  app: Awaited<ReturnType<typeof createApp>>,
  cases: ReturnType<typeof commandCases>,
  until: () => boolean,
): Promise<{ total: number[]; waited: number[] }> {
  const total: number[] = [];
  const waited: number[] = [];
  let i = 0;
  while (!until()) {
    const c = cases[i++ % cases.length]!;
    const ready = performance.now();
    // The command arrives now; it starts when the event loop gets to it (a reload step may hold it).
    await nextMacrotask();
    waited.push(performance.now() - ready);
    await timeOne(app, app.commands.get(c.command)!, i % 2 === 0 ? 'en-US' : 'zh-CN', c.options);
    total.push(performance.now() - ready);
  }
  return { total, waited };
}

/** The real briefing's file with one statement reworded `n` times (so each save is a new edition). */
function editedText(original: string, n: number): string {
  const m = /(\n\s+en: ")([^"\n]{20,})(")/.exec(original);
  if (!m) throw new Error('no English text to edit in the briefing');
  return original.replace(m[0], `${m[1]}${m[2]} (rev ${n})${m[3]}`);
}

export async function benchReload(opts: { reloads: number; baselineMs: number; log: (line: string) => void }): Promise<Metric[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-living-'));
  const source = briefingFiles(DEFAULT_BRIEFINGS_DIR)[0]!;
  const file = path.join(dir, path.basename(source));
  copyFileSync(source, file);
  const original = readFileSync(file, 'utf8');
  try {
    const app = await createApp(parseConfig({ BRIEFINGS_DIR: dir, CHARTS: 'off' }), silentLogger);
    app.warmUp();
    const cases = commandCases(app.briefings.default, loadEvalSet().slice(0, 40));
    // Warm every command first, then the usual latency with nothing else going on.
    const warmEnd = performance.now() + 500;
    await answerWhile(app, cases, () => performance.now() > warmEnd);
    const baseEnd = performance.now() + opts.baselineMs;
    const usual = (await answerWhile(app, cases, () => performance.now() > baseEnd)).total;

    const steps: number[] = [];
    const totals: number[] = [];
    const byStep: Record<string, number[]> = {};
    let done = false;
    const reloading = (async () => {
      for (let n = 1; n <= opts.reloads; n++) {
        await new Promise((r) => setTimeout(r, 100));
        writeFileSync(file, editedText(original, n));
        const outcome = await app.reload('bench');
        if (outcome.changed.length !== 1) throw new Error(`reload ${n} did not swap in a new edition`);
        steps.push(outcome.longestStepMs);
        for (const s of outcome.steps) (byStep[s.step] ??= []).push(s.ms);
        totals.push(outcome.ms);
      }
      await new Promise((r) => setTimeout(r, 100));
      done = true;
    })();
    const { total: during, waited } = await answerWhile(app, cases, () => done);
    await reloading;
    await app.charts.close();

    const p99 = percentile(usual, 0.99);
    const swap = Math.max(...steps);
    const worst = Math.max(...during);
    const longestWait = Math.max(...waited);
    const stepMedians = Object.fromEntries(Object.entries(byStep).map(([k, v]) => [k, Number(median(v).toFixed(1))]));
    const conditions = {
      stepMediansMs: stepMedians,
      measured: `commands (every view and 40 /ask questions, en-US and zh-CN alternately) answered back to back, each started on its own event-loop turn, while the real briefing was edited and reloaded ${opts.reloads} times (a reworded statement each time: parse, validate, diff, /ask index build, swap)`,
      commandsBaseline: usual.length,
      commandsDuringReloads: during.length,
      reloads: opts.reloads,
    };
    opts.log(
      `  usual p99 ${p99.toFixed(2)} ms; reload ${median(totals).toFixed(0)} ms (longest step ${swap.toFixed(0)} ms; step medians ${JSON.stringify(stepMedians)}); worst command during reloads ${worst.toFixed(1)} ms`,
    );
    return [
      metric('living.reload.total.median', median(totals), 'ms', conditions, {
        label: 'Reload of the real briefing (parse, validate, diff, /ask index, swap), median',
      }),
      metric(
        'living.reload.longestStep.max',
        swap,
        'ms',
        { ...conditions, samples: steps },
        { label: 'Reload: longest single step holding the event loop (the swap’s cost to commands)' },
      ),
      metric('living.reload.commands.usualP99', p99, 'ms', conditions, { label: 'Commands with no reload: p99 (wait + answer)' }),
      metric('living.reload.commands.p99', percentile(during, 0.99), 'ms', conditions, {
        label: 'Commands during reloads: p99 (wait + answer)',
      }),
      metric('living.reload.commands.max', worst, 'ms', conditions, { label: 'Commands during reloads: longest wait + answer' }),
      // The criterion: no command *waits* longer than the usual p99 plus the swap.
      metric('living.reload.commands.longestWait', longestWait, 'ms', conditions, {
        label: 'Commands during reloads: longest wait before starting',
        target: { op: '<=', value: Number((p99 + swap).toFixed(2)), text: `≤ usual p99 + swap (${(p99 + swap).toFixed(1)} ms)` },
      }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A second edition of `b`: every 20th statement reworded, every 50th fact removed, new facts, figures changed. */
export function nextEdition(b: Briefing): Briefing {
  const next = structuredClone(b);
  next.asOf = b.asOf;
  let n = 0;
  for (const t of [...next.sections, ...next.stickingPoints]) {
    t.facts = t.facts
      .filter(() => ++n % 50 !== 0)
      .map((f, i) => (i % 20 === 0 ? { ...f, text: { en: `${f.text.en} (corrected)`, zh: `${f.text.zh}（更正）` } } : f));
    t.facts.push({
      id: `${t.id}-added-fact`,
      nature: 'reported',
      cite: b.source.outline[0]!.id,
      alsoUnder: [],
      text: { en: 'A statement added in the new edition.', zh: '新版本中新增的一条陈述。' },
    });
  }
  next.figures = next.figures.map((f, i) =>
    i % 5 === 0 && f.value !== null ? { ...f, value: f.value + 1, display: { en: `${f.display.en}+1`, zh: `${f.display.zh}+1` } } : f,
  );
  next.timeline = next.timeline.map((e, i) => (i % 10 === 0 ? { ...e, nature: e.nature === 'reported' ? 'analysis' : 'reported' } : e));
  return next;
}

export function benchDiff(opts: { big: Briefing; runs: number; log: (line: string) => void }): Metric[] {
  const a = opts.big;
  const b = nextEdition(a);
  const times: number[] = [];
  let diff = diffBriefings(a, b);
  for (let i = 0; i < opts.runs; i++) {
    const t0 = performance.now();
    diff = diffBriefings(a, b);
    times.push(performance.now() - t0);
  }
  const hashTimes: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const copy = structuredClone(b); // editionOf caches per object: time a fresh one
    const t0 = performance.now();
    editionOf(copy);
    hashTimes.push(performance.now() - t0);
  }
  const viewTimes: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const t0 = performance.now();
    renderEmbedPages(changesView({ before: a, after: b, diff, from: editionOf(a), to: editionOf(b) }, i % 2 === 0 ? 'en' : 'zh'));
    viewTimes.push(performance.now() - t0);
  }
  const counts = diffCounts(diff);
  const conditions = {
    measured:
      'diffBriefings between two editions of the ×10 synthetic briefing (every 20th fact reworded, every 50th removed, one added per topic, every 5th figure changed, every 10th event relabelled)',
    runs: opts.runs,
    changes: counts,
    snapshotBytes: canonicalJson(a).length,
  };
  opts.log(
    `  diff of two ×10 editions: ${median(times).toFixed(1)} ms (${JSON.stringify(counts)}); edition id ${median(hashTimes).toFixed(1)} ms`,
  );
  return [
    metric('living.diff.x10.median', median(times), 'ms', conditions, { label: 'Diff of two ×10 editions, median' }),
    metric('living.diff.x10.max', Math.max(...times), 'ms', conditions, { label: 'Diff of two ×10 editions, slowest run' }),
    metric('living.edition.x10.median', median(hashTimes), 'ms', conditions, {
      label: 'Edition id of a ×10 briefing (canonical JSON + SHA-256), median',
    }),
    metric('living.changesView.x10.median', median(viewTimes), 'ms', conditions, {
      label: '/changes view of those editions, rendered to embeds, median',
    }),
  ];
}
