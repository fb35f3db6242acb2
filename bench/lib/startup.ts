import { readFileSync } from 'node:fs';
/**
 * Cold start and memory, each in fresh child processes running what `npm start` runs: plain `node` on the
 * compiled dist/ (built first by {@link buildDist}, i.e. `npm run build`).
 *  - Console mode end to end: spawn `node dist/src/main.js` (no token → console), type
 *    `brief territory` on stdin at once, time spawn → banner (ready) and spawn → the reply on stdout.
 *  - Start-up phases: bench/children/startup-phases.mjs timing imports, briefing load, commands, store, index.
 *  - In-process: briefing load + validation, and Q&A index build, median of N (and the first, cold, run).
 *  - Memory: bench/children/memory.mjs with --expose-gc (plain node baseline, app, app + N due subscriptions).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { createQaEngine } from '../../src/qa/engine.ts';
import { openStore } from '../../src/store/index.ts';
import { seedSubscriptions, tempDatabase } from './fanout.ts';
import { median, metric, type Metric } from './metrics.ts';

/** The node flags `npm start` uses (package.json), so the bench measures the same process. */
const START_FLAGS = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts.start as string)
  .split(' ')
  .filter((w) => w.startsWith('--'));

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface ConsoleRun {
  readyMs: number;
  replyMs: number;
}

const MAIN_JS = 'dist/src/main.js';

/** `npm run build` (scripts/build.mjs → dist/), so the start-up and memory figures are of the current code. Returns ms taken. */
export function buildDist(log?: (line: string) => void): number {
  log?.('  npm run build (→ dist/)…');
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`npm run build failed (${r.status}): ${(r.stdout + r.stderr).slice(0, 2000)}`);
  if (!existsSync(path.join(ROOT, MAIN_JS))) throw new Error(`npm run build did not produce ${MAIN_JS}`);
  log?.(`    built in ${(ms / 1000).toFixed(1)} s`);
  return ms;
}

/** One console-mode start: spawn → banner, spawn → first reply. */
function consoleRun(databaseUrl: string, timeoutMs = 30_000): Promise<ConsoleRun> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
    const child = spawn(process.execPath, [...START_FLAGS, MAIN_JS], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: '', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_OPTIONS: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.write('brief territory\n');
    let out = '';
    let err = '';
    let readyMs: number | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`console start timed out; stdout: ${out.slice(0, 300)} stderr: ${err.slice(0, 300)}`));
    }, timeoutMs);
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (readyMs === undefined && out.includes('Briefing Bot console:')) readyMs = ms();
      // The reply is the topic view: a title underlined with ═ (see src/render/console-render.ts).
      if (readyMs !== undefined && /═{3,}/.test(out)) {
        const replyMs = ms();
        clearTimeout(timer);
        child.stdin.end('exit\n');
        child.once('exit', () => resolve({ readyMs: readyMs!, replyMs }));
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }
    });
    child.once('error', reject);
  });
}

/** Runs a plain-JS child under plain `node` (no tsx) and parses the JSON line it prints last. */
function runJsonChild(args: string[], env: Record<string, string> = {}, execArgv: string[] = []): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...execArgv, ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as Record<string, unknown>);
      } catch {
        reject(new Error(`${args.join(' ')} exited ${code}: ${err.slice(0, 500) || out.slice(0, 500)}`));
      }
    });
  });
}

export async function benchColdStart(opts: { runs: number; log?: (line: string) => void }): Promise<Metric[]> {
  const db = tempDatabase();
  try {
    opts.log?.(`  console mode cold start: 1 warm-up + ${opts.runs} runs of node ${MAIN_JS}…`);
    const first = await consoleRun(db.url); // brings dist/ and node_modules into the page cache, as any earlier run would
    const runs: ConsoleRun[] = [];
    for (let i = 0; i < opts.runs; i++) runs.push(await consoleRun(db.url));
    const ready = median(runs.map((r) => r.readyMs));
    const reply = median(runs.map((r) => r.replyMs));
    const cond = {
      measured:
        'wall time from spawn of `node dist/src/main.js` (what `npm start` runs; console mode, no token, SQLite temp file) to the banner (ready) / to the reply to `brief territory` typed at once',
      runs: opts.runs,
      samplesMs: runs.map((r) => ({ ready: Math.round(r.readyMs), reply: Math.round(r.replyMs) })),
      firstRunMs: {
        ready: Math.round(first.readyMs),
        reply: Math.round(first.replyMs),
        note: 'discarded warm-up (file cache may be cold)',
      },
      locale: 'en-US',
    };
    opts.log?.(`    median ready ${ready.toFixed(0)} ms, first reply ${reply.toFixed(0)} ms`);

    opts.log?.(`  start-up phases (node bench/children/startup-phases.mjs on dist/) × ${opts.runs}…`);
    const phases: Array<Record<string, number>> = [];
    for (let i = 0; i < opts.runs; i++) {
      const r = await runJsonChild(['bench/children/startup-phases.mjs'], { DATABASE_URL: db.url });
      phases.push(r.marks as Record<string, number>);
    }
    const phaseMedian = (k: string) => median(phases.map((p) => p[k] ?? NaN));
    const phaseNames = [
      'entry',
      'imports',
      'briefingLoad',
      'commands',
      'ready',
      'store',
      'qaIndex',
      'createAppWarm',
      'firstCommand',
      'total',
    ];
    const phaseCond = {
      measured:
        'in a fresh plain-node process on dist/ (as npm start): ms since process start at entry (node boot), after the imports main.js makes, and when the console prompt would be up (after briefing load and command modules); the other phases are durations (cold, first time in the process), in console-mode order: briefing load, command modules, [prompt], store modules + open, Q&A index; total includes a warm second createApp',
      runs: opts.runs,
      medians: Object.fromEntries(phaseNames.map((k) => [k, Math.round(phaseMedian(k))])),
    };
    const phaseMetrics = phaseNames
      .filter((k) => k !== 'createAppWarm')
      .map((k) =>
        metric(`startup.phase.${k}`, phaseMedian(k), 'ms', phaseCond, {
          label:
            k === 'entry'
              ? 'phase: node boot (process start → entry)'
              : k === 'imports'
                ? 'phase: process start → main.js imports done'
                : k === 'ready'
                  ? 'phase: process start → prompt (briefings + commands loaded)'
                  : k === 'total'
                    ? 'phase: process start → first command answered'
                    : `phase: ${k}`,
        }),
      );
    opts.log?.(`    ${phaseNames.map((k) => `${k} ${phaseMedian(k).toFixed(0)}`).join(', ')} (ms)`);
    return [
      metric('startup.console.ready', ready, 'ms', cond, { label: 'cold start: spawn → console ready' }),
      metric('startup.console.first-reply', reply, 'ms', cond, {
        label: 'cold start: spawn → first reply',
        target: { op: '<', value: 1000, text: '< 1 s' },
      }),
      ...phaseMetrics,
    ];
  } finally {
    db.cleanup();
  }
}

/** Briefing load + validation and Q&A index build, in this (warm) process: median of N and the first run. */
export function benchBriefingLoad(opts: { runs: number; briefingsDir?: string; suffix?: string; scaleLabel?: string }): Metric[] {
  const load: number[] = [];
  const index: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    let t = performance.now();
    const b = BriefingRegistry.fromDir(opts.briefingsDir).default;
    load.push(performance.now() - t);
    t = performance.now();
    createQaEngine(b);
    index.push(performance.now() - t);
  }
  const suffix = opts.suffix ?? '';
  const cond = (what: string, samples: number[]) => ({
    measured: what,
    runs: opts.runs,
    firstRunMs: Math.round(samples[0] ?? NaN),
    samplesMs: samples.map((s) => Math.round(s)),
    briefingScale: opts.scaleLabel ?? '×1',
  });
  const l = cond('BriefingRegistry.fromDir: read YAML, parse, zod schema, cross-checks (in-process)', load);
  const x = cond('createQaEngine: analyse every item, build the MiniSearch index (in-process)', index);
  const tag = opts.scaleLabel ? ` (${opts.scaleLabel})` : '';
  return [
    metric(`startup.briefing-load.median${suffix}`, median(load), 'ms', l, { label: `briefing load + validation, median${tag}` }),
    metric(`startup.briefing-load.first${suffix}`, load[0]!, 'ms', l, { label: `briefing load + validation, 1st run${tag}` }),
    metric(`startup.qa-index.median${suffix}`, median(index), 'ms', x, { label: `Q&A index build, median${tag}` }),
    metric(`startup.qa-index.first${suffix}`, index[0]!, 'ms', x, { label: `Q&A index build, 1st run${tag}` }),
  ];
}

export async function benchMemory(opts: { subscriptions: number; log?: (line: string) => void }): Promise<Metric[]> {
  const db = tempDatabase();
  try {
    opts.log?.('  memory: plain node baseline and console mode on dist/ (fresh processes, --expose-gc)…');
    const base = await runJsonChild(['bench/children/memory.mjs', 'baseline'], {}, ['--expose-gc', ...START_FLAGS]);
    const app = await runJsonChild(['bench/children/memory.mjs', 'app'], { DATABASE_URL: db.url }, ['--expose-gc', ...START_FLAGS]);

    // N subscriptions all due now: a daily fire one minute ago (well within the 15-min catch-up window),
    // created before it, so the child's first tick records, claims, renders and sends every one of them.
    const store = await openStore(db.url);
    const fire = new Date(Date.now() - 60_000);
    fire.setUTCSeconds(0, 0);
    const channelIds = Array.from({ length: Math.ceil(opts.subscriptions / 5) }, (_, i) => String(700000000000000000n + BigInt(i)));
    await seedSubscriptions(store, {
      count: opts.subscriptions,
      channelIds,
      cron: `${fire.getUTCMinutes()} ${fire.getUTCHours()} * * *`,
      createdAt: new Date(fire.getTime() - 2 * 60_000),
      sections: ['risks', 'timeline', 'territory', 'rotate'],
    });
    await store.close();
    opts.log?.(`  memory: console mode with ${opts.subscriptions} subscriptions, all due, through a full scheduler tick…`);
    const subs = await runJsonChild(['bench/children/memory.mjs', 'subs'], { DATABASE_URL: db.url }, ['--expose-gc', ...START_FLAGS]);
    const afterTick = subs.afterTick as Record<string, number>;
    const outcomes = (subs.outcomes ?? {}) as Record<string, number>;
    const n = opts.subscriptions.toLocaleString('en-US');
    const condBase = {
      measured: 'plain node (no loader), nothing loaded; after gc()',
      process: 'fresh child, node --expose-gc bench/children/memory.mjs baseline',
    };
    const condApp = {
      measured:
        'console mode started via dist/src/runtime.js start() under plain node (briefings, commands, REPL, SQLite store, scheduler; Q&A index built; first, empty, tick done); after gc()',
      process: 'fresh child, node --expose-gc bench/children/memory.mjs app',
      raw: app,
    };
    const condSubs = {
      measured: `console mode (dist/src/runtime.js, plain node) with ${n} stored subscriptions all due at start: after the scheduler's first tick has processed them all (paged listDue, batched recording, claim + render + send through the console sender to a null stream, i.e. an instant sender, markDelivered), after gc(); peak RSS = process maxRSS (whole life, start-up included)`,
      subscriptions: opts.subscriptions,
      checked: subs.checked,
      outcomes,
      tickMs: Math.round(Number(subs.tickMs)),
      peakHeapUsedMB: round1(Number(subs.peakHeapUsedMB)),
      peakSampledRssMB: round1(Number(subs.peakSampledRssMB)),
      process: 'fresh child, node --expose-gc bench/children/memory.mjs subs',
      database: 'SQLite temp file',
      raw: subs,
    };
    const delivered = outcomes.delivered ?? 0;
    if (subs.checked !== opts.subscriptions || delivered !== opts.subscriptions) {
      opts.log?.(`    warning: the tick checked ${String(subs.checked)} and delivered ${delivered} of ${opts.subscriptions}`);
    }
    opts.log?.(
      `    baseline ${Number(base.rssMB).toFixed(0)} MB, app ${Number(app.rssMB).toFixed(0)} MB RSS; ${n} subs: tick ${(Number(subs.tickMs) / 1000).toFixed(1)} s (${delivered} delivered), after it ${afterTick.rssMB!.toFixed(0)} MB RSS / ${afterTick.heapUsedMB!.toFixed(0)} MB heap, peak ${afterTick.maxRssMB!.toFixed(0)} MB RSS`,
    );
    return [
      metric('memory.baseline.rss', Number(base.rssMB), 'MB', condBase, { label: 'RSS, plain node only' }),
      metric('memory.app.rss', Number(app.rssMB), 'MB', condApp, { label: 'RSS, console mode started' }),
      metric('memory.app.heap-used', Number(app.heapUsedMB), 'MB', condApp, { label: 'heapUsed, console mode started' }),
      metric('memory.subs.rss', afterTick.rssMB!, 'MB', condSubs, {
        label: `RSS after a tick over ${n} due subs`,
        target: { op: '<', value: 150, text: '< 150 MB' },
      }),
      metric('memory.subs.heap-used', afterTick.heapUsedMB!, 'MB', condSubs, { label: `heapUsed after a tick over ${n} due subs` }),
      metric('memory.subs.peak-rss', afterTick.maxRssMB!, 'MB', condSubs, {
        label: `peak RSS (maxRSS) through the ${n}-sub tick`,
        target: { op: '<', value: 150, text: '< 150 MB' },
      }),
      metric('memory.subs.peak-heap-used', Number(subs.peakHeapUsedMB), 'MB', condSubs, {
        label: `peak heapUsed during the ${n}-sub tick (sampled)`,
      }),
      metric('memory.subs.tick', Number(subs.tickMs), 'ms', condSubs, { label: `the ${n}-sub tick (instant sender)` }),
      metric('memory.subs.delivered', delivered, 'count', condSubs, {
        label: `delivered in that tick`,
        target: { op: '==', value: opts.subscriptions, text: `= ${opts.subscriptions}` },
      }),
    ];
  } finally {
    db.cleanup();
  }
}

const round1 = (x: number) => Number(x.toFixed(1));
