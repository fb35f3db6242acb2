/**
 * `npm run bench`: latency, start-up, memory, digest fan-out and growth figures for Briefing Bot.
 * Prints a table (metric, value, target, ✓/✗) and writes bench/results.json. See "## Benchmarks" in README.md.
 * The start-up and memory parts first run `npm run build` and then measure the compiled dist/ under plain
 * node, as `npm start` runs it.
 *
 *   BENCH_QUICK=1          small sizes (smoke run, ~1 min)
 *   BENCH_ONLY=a,b         only these parts: latency, startup, memory, fanout, growth, charts, scaleout, http, living
 *   BENCH_OUT=path.json    results file (default bench/results.json)
 *
 * Not a test: nothing here fails on a missed target (exit code 0 unless the bench itself breaks).
 */
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BriefingRegistry } from '../src/briefing/registry.ts';
import { naiveFanout, schedulerFanout, tickOverhead } from './lib/fanout.ts';
import { interactionThroughput } from './lib/interaction-load.ts';
import { instancesFanout } from './lib/scaleout.ts';
import { benchDiff, benchReload } from './lib/living.ts';
import { benchLatency } from './lib/latency.ts';
import { benchCharts, benchChartsMemory } from './lib/charts.ts';
import { environment, metric, type Metric } from './lib/metrics.ts';
import { formatTable, resultsDocument } from './lib/report.ts';
import { benchBriefingLoad, benchColdStart, benchMemory, buildDist } from './lib/startup.ts';
import { briefingSize, writeBriefingDir } from './lib/synthetic.ts';
import { scaleBriefing } from '../test/fixtures/scaled-briefing.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
const want = (part: string) => !only || only.has(part);
const outFile = process.env.BENCH_OUT ?? path.join(HERE, 'results.json');

const SIZES = quick
  ? {
      samples: 60,
      samplesX10: 20,
      loadRuns: 3,
      loadRunsX10: 1,
      coldRuns: 1,
      memorySubs: 1_000,
      digests: 200,
      channels: 40,
      skewDigests: 20,
      skewChannels: 2,
      tickSmall: 200,
      tickLarge: 2_000,
      scaleoutDigests: 300,
      scaleoutChannels: 60,
      httpRates: [50, 200],
      httpStepS: 2,
      reloads: 2,
      reloadBaselineMs: 500,
      diffRuns: 3,
    }
  : {
      samples: 1_000,
      samplesX10: 150,
      loadRuns: 10,
      loadRunsX10: 3,
      coldRuns: 5,
      memorySubs: 10_000,
      digests: 2_000,
      channels: 400,
      skewDigests: 60,
      skewChannels: 6,
      tickSmall: 2_000,
      tickLarge: 20_000,
      scaleoutDigests: 2_000,
      scaleoutChannels: 400,
      httpRates: [50, 100, 200, 300, 400, 500, 600, 800],
      httpStepS: 8,
      reloads: 10,
      reloadBaselineMs: 3_000,
      diffRuns: 20,
    };
const SCALE = 10;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const env = environment();
  log(
    `Briefing Bot benchmarks${quick ? ' (BENCH_QUICK)' : ''}: node ${env.node}, ${env.cpus} × ${env.cpuModel}, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const metrics: Metric[] = [];
  const original = BriefingRegistry.fromDir().default;
  let big: ReturnType<typeof scaleBriefing> | undefined;
  let bigDir: string | undefined;
  const scaled = () => {
    big ??= scaleBriefing(original, SCALE);
    bigDir ??= writeBriefingDir(big);
    return { big, bigDir };
  };

  if (want('latency')) {
    log(`• handler latency: every command × every input, en-US and zh-CN, ${SIZES.samples} samples per command and locale…`);
    const r = await benchLatency({ samples: SIZES.samples });
    if (r.failed.length) log(`  note: inputs answered with failed=true: ${r.failed.join(', ')}`);
    metrics.push(...r.metrics);
  }

  if (want('startup') || want('memory') || want('charts') || want('http')) {
    // npm start runs dist/: build it from the current sources (scripts/build.mjs) before measuring it.
    log('• build');
    const ms = buildDist(log);
    metrics.push(
      metric(
        'startup.build',
        ms,
        'ms',
        {
          measured:
            '`npm run build` (scripts/build.mjs: TypeScript → dist/), run once before the start-up and memory figures; not part of start-up',
        },
        { label: 'npm run build (not part of start-up)' },
      ),
    );
  }

  if (want('startup')) {
    log('• start-up');
    metrics.push(...(await benchColdStart({ runs: SIZES.coldRuns, log })));
    log(`  briefing load + validation and Q&A index build, in-process, ${SIZES.loadRuns} runs…`);
    metrics.push(...benchBriefingLoad({ runs: SIZES.loadRuns }));
  }

  if (want('memory')) {
    log('• memory');
    metrics.push(...(await benchMemory({ subscriptions: SIZES.memorySubs, log })));
  }

  if (want('charts')) {
    log('• charts: cold render per chart (worker thread), cached reply time, memory');
    metrics.push(...(await benchCharts({ briefing: original, samples: SIZES.samples, log })));
    metrics.push(...(await benchChartsMemory(log)));
  }

  if (want('fanout')) {
    log(
      `• digest fan-out: ${SIZES.digests} digests due in the same minute over ${SIZES.channels} channels (≥ ${Math.ceil(SIZES.digests / 50)} s per run at 50/s)`,
    );
    const workload = { digests: SIZES.digests, channels: SIZES.channels };
    metrics.push(...(await schedulerFanout({ label: `${SIZES.digests} digests`, briefing: original, workload, log })));
    metrics.push(...(await naiveFanout({ label: `${SIZES.digests} digests`, briefing: original, workload, log })));
    // Skewed: more digests per channel than one 5 s bucket allows, to show per-channel bucket waits.
    const skew = { digests: SIZES.skewDigests, channels: SIZES.skewChannels };
    const skewLabel = `skewed ${skew.digests} digests / ${skew.channels} channels`;
    log(
      `• skewed fan-out: ${skew.digests} digests over ${skew.channels} channels (${skew.digests / skew.channels} per channel, bucket 5 per 5 s)`,
    );
    metrics.push(
      ...(await schedulerFanout({ label: skewLabel, briefing: original, workload: skew, suffix: '.skewed', log, targets: false })),
    );
    metrics.push(
      ...(await schedulerFanout({
        label: `${skewLabel}, concurrency 16`,
        briefing: original,
        workload: skew,
        suffix: '.skewed.c16',
        concurrency: 16,
        log,
        targets: false,
      })),
    );
    metrics.push(...(await naiveFanout({ label: skewLabel, briefing: original, workload: skew, suffix: '.skewed', log })));
  }

  if (want('scaleout')) {
    log(`• scale-out: digest fan-out from 3 instances on one PostgreSQL, without and then with the shared REST proxy`);
    const workload = { digests: SIZES.scaleoutDigests, channels: SIZES.scaleoutChannels, instances: 3, log };
    metrics.push(...(await instancesFanout({ ...workload, via: 'direct' })));
    metrics.push(...(await instancesFanout({ ...workload, via: 'proxy' })));
  }

  if (want('http')) {
    log('• HTTP interactions: requests per second 1, 2 and 3 instances answer with p99 < 100 ms');
    metrics.push(...(await interactionThroughput({ rates: SIZES.httpRates, stepSeconds: SIZES.httpStepS, maxInstances: 3, log })));
  }

  if (want('living')) {
    log(`• living briefings: ${SIZES.reloads} reloads of the real briefing while commands are answered; diff of two ×${SCALE} editions`);
    metrics.push(...(await benchReload({ reloads: SIZES.reloads, baselineMs: SIZES.reloadBaselineMs, log })));
    metrics.push(...benchDiff({ big: scaled().big, runs: SIZES.diffRuns, log }));
  }

  if (want('growth')) {
    const { big, bigDir } = scaled();
    const sizes = briefingSize(big);
    log(
      `• growth: briefing ×${SCALE} (${sizes.topics} topics, ${sizes.actors} actors, ${sizes.facts} facts, ${(sizes.jsonBytes / 1024).toFixed(0)} KiB as JSON)`,
    );
    metrics.push(...benchBriefingLoad({ runs: SIZES.loadRunsX10, briefingsDir: bigDir, suffix: '.x10', scaleLabel: `×${SCALE}` }));
    log(`  handler latency at ×${SCALE}, ${SIZES.samplesX10} samples per command and locale…`);
    const r = await benchLatency({
      samples: SIZES.samplesX10,
      briefingsDir: bigDir,
      scale: { label: 'x10', factor: SCALE, sizes },
      warmupRounds: 1,
      minRounds: 1,
    });
    metrics.push(...r.metrics);
    if (want('fanout')) {
      metrics.push(
        ...(await schedulerFanout({
          label: `${SIZES.digests} digests, briefing ×${SCALE}`,
          briefing: big,
          workload: { digests: SIZES.digests, channels: SIZES.channels },
          suffix: '.x10',
          log,
        })),
      );
    }
    log(`• scheduler tick overhead (instant fake sender): ${SIZES.tickSmall} and ${SIZES.tickLarge} due subscriptions`);
    metrics.push(...(await tickOverhead({ subscriptions: SIZES.tickSmall, briefing: original, suffix: `.${SIZES.tickSmall}`, log })));
    metrics.push(...(await tickOverhead({ subscriptions: SIZES.tickLarge, briefing: original, suffix: `.${SIZES.tickLarge}`, log })));
  }

  if (bigDir) rmSync(bigDir, { recursive: true, force: true });
  const durationS = (Date.now() - started) / 1000;
  const doc = resultsDocument(metrics, { quick, durationS });
  writeFileSync(outFile, `${JSON.stringify(doc, null, 2)}\n`);
  process.stdout.write(
    `\n${formatTable(metrics)}\n\nWrote ${path.relative(process.cwd(), outFile)} (${metrics.length} metrics) in ${durationS.toFixed(0)} s.\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
