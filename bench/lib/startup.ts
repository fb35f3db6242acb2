/**
 * Cold start and memory, each in fresh child processes.
 *  - Console mode end to end: spawn `node --import tsx src/main.ts` (no token → console), type
 *    `brief territory` on stdin at once, time spawn → banner (ready) and spawn → the reply on stdout.
 *  - Start-up phases: bench/children/startup-phases.ts timing imports, briefing load, index, commands, store.
 *  - In-process: briefing load + validation, and Q&A index build, median of N (and the first, cold, run).
 *  - Memory: bench/children/memory.ts with --expose-gc (baseline, app, app + N subscriptions).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { createQaEngine } from '../../src/qa/engine.ts';
import { openStore } from '../../src/store/index.ts';
import { seedSubscriptions, tempDatabase } from './fanout.ts';
import { median, metric, type Metric } from './metrics.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface ConsoleRun {
  readyMs: number;
  replyMs: number;
}

/** One console-mode start: spawn → banner, spawn → first reply. */
function consoleRun(databaseUrl: string, timeoutMs = 30_000): Promise<ConsoleRun> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
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

function runJsonChild(args: string[], env: Record<string, string> = {}, execArgv: string[] = []): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...execArgv, '--import', 'tsx', ...args], {
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
    opts.log?.(`  console mode cold start: 1 warm-up + ${opts.runs} runs of node --import tsx src/main.ts…`);
    const first = await consoleRun(db.url); // also fills tsx's transform cache, as any earlier run would
    const runs: ConsoleRun[] = [];
    for (let i = 0; i < opts.runs; i++) runs.push(await consoleRun(db.url));
    const ready = median(runs.map((r) => r.readyMs));
    const reply = median(runs.map((r) => r.replyMs));
    const cond = {
      measured: 'wall time from spawn of `node --import tsx src/main.ts` (console mode, no token, SQLite temp file) to the banner (ready) / to the reply to `brief territory` typed at once',
      runs: opts.runs,
      samplesMs: runs.map((r) => ({ ready: Math.round(r.readyMs), reply: Math.round(r.replyMs) })),
      firstRunMs: { ready: Math.round(first.readyMs), reply: Math.round(first.replyMs), note: 'discarded warm-up (tsx transform cache may be cold)' },
      locale: 'en-US',
    };
    opts.log?.(`    median ready ${ready.toFixed(0)} ms, first reply ${reply.toFixed(0)} ms`);

    opts.log?.(`  start-up phases (bench/children/startup-phases.ts) × ${opts.runs}…`);
    const phases: Array<Record<string, number>> = [];
    for (let i = 0; i < opts.runs; i++) {
      const r = await runJsonChild(['bench/children/startup-phases.ts'], { DATABASE_URL: db.url });
      phases.push(r.marks as Record<string, number>);
    }
    const phaseMedian = (k: string) => median(phases.map((p) => p[k] ?? NaN));
    const phaseNames = ['entry', 'imports', 'briefingLoad', 'qaIndex', 'commands', 'store', 'createAppWarm', 'firstCommand', 'total'];
    const phaseCond = {
      measured: 'in a fresh process: ms since process start at entry (node + tsx boot) and after imports; then each phase duration (cold, first time in the process)',
      runs: opts.runs,
      medians: Object.fromEntries(phaseNames.map((k) => [k, Math.round(phaseMedian(k))])),
    };
    const phaseMetrics = phaseNames
      .filter((k) => k !== 'createAppWarm')
      .map((k) =>
        metric(`startup.phase.${k}`, phaseMedian(k), 'ms', phaseCond, {
          label: k === 'entry' ? 'phase: node + tsx boot (process start → entry)' : k === 'imports' ? 'phase: process start → modules imported' : k === 'total' ? 'phase: process start → first command answered' : `phase: ${k}`,
        }),
      );
    opts.log?.(`    ${phaseNames.map((k) => `${k} ${phaseMedian(k).toFixed(0)}`).join(', ')} (ms)`);
    return [
      metric('startup.console.ready', ready, 'ms', cond, { label: 'cold start: spawn → console ready' }),
      metric('startup.console.first-reply', reply, 'ms', cond, { label: 'cold start: spawn → first reply', target: { op: '<', value: 1000, text: '< 1 s' } }),
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
    opts.log?.('  memory: baseline and console mode (fresh processes, --expose-gc)…');
    const base = await runJsonChild(['bench/children/memory.ts', 'baseline'], {}, ['--expose-gc']);
    const app = await runJsonChild(['bench/children/memory.ts', 'app'], { DATABASE_URL: db.url }, ['--expose-gc']);

    // N subscriptions that all need their first check (new, next fire not computed) but fire 12 h from now.
    const store = await openStore(db.url);
    const at = new Date(Date.now() + 12 * 60 * 60_000);
    const channelIds = Array.from({ length: Math.ceil(opts.subscriptions / 5) }, (_, i) => String(700000000000000000n + BigInt(i)));
    await seedSubscriptions(store, { count: opts.subscriptions, channelIds, cron: `${at.getUTCMinutes()} ${at.getUTCHours()} * * *`, createdAt: new Date(Date.now() - 60_000), sections: ['risks', 'timeline', 'territory', 'rotate'] });
    await store.close();
    opts.log?.(`  memory: console mode with ${opts.subscriptions} subscriptions loaded by the scheduler…`);
    const subs = await runJsonChild(['bench/children/memory.ts', 'subs'], { DATABASE_URL: db.url }, ['--expose-gc']);
    const atLoad = subs.atLoad as Record<string, number>;
    const afterTick = subs.afterTick as Record<string, number>;
    const n = opts.subscriptions.toLocaleString('en-US');
    const condBase = { measured: 'node --import tsx, nothing loaded; after gc()', process: 'fresh child, --expose-gc' };
    const condApp = { measured: 'console mode started via src/runtime.ts start() (briefings, Q&A index, commands, SQLite store, scheduler, REPL); after gc()', process: 'fresh child, --expose-gc', raw: app };
    const condSubs = {
      measured: `console mode with ${n} stored subscriptions, all due for their first check (none firing): at the moment the scheduler's tick has loaded them (listDue returned), after gc(); and after the tick`,
      subscriptions: opts.subscriptions,
      loaded: subs.loaded,
      checked: subs.checked,
      process: 'fresh child, --expose-gc',
      database: 'SQLite temp file',
      raw: subs,
    };
    opts.log?.(`    baseline ${Number(base.rssMB).toFixed(0)} MB, app ${Number(app.rssMB).toFixed(0)} MB RSS, with ${n} subs ${atLoad.rssMB!.toFixed(0)} MB RSS (peak ${afterTick.maxRssMB!.toFixed(0)} MB)`);
    return [
      metric('memory.baseline.rss', Number(base.rssMB), 'MB', condBase, { label: 'RSS, node + tsx only' }),
      metric('memory.app.rss', Number(app.rssMB), 'MB', condApp, { label: 'RSS, console mode started' }),
      metric('memory.app.heap-used', Number(app.heapUsedMB), 'MB', condApp, { label: 'heapUsed, console mode started' }),
      metric('memory.subs.rss', atLoad.rssMB!, 'MB', condSubs, { label: `RSS, ${n} subs loaded by scheduler`, target: { op: '<', value: 150, text: '< 150 MB' } }),
      metric('memory.subs.heap-used', atLoad.heapUsedMB!, 'MB', condSubs, { label: `heapUsed, ${n} subs loaded` }),
      metric('memory.subs.peak-rss', afterTick.maxRssMB!, 'MB', condSubs, { label: `peak RSS during the ${n}-sub tick`, target: { op: '<', value: 150, text: '< 150 MB' } }),
      metric('memory.subs.rss-after-tick', afterTick.rssMB!, 'MB', condSubs, { label: `RSS after the ${n}-sub tick` }),
    ];
  } finally {
    db.cleanup();
  }
}
