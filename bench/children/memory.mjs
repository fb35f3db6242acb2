/**
 * Memory of the bot process in console mode, as `npm start` runs it: plain `node` on the compiled
 * dist/src/runtime.js `start()` (no tsx). Run by bench/lib/startup.ts as `node --expose-gc bench/children/memory.mjs <mode>`
 * after `npm run build`:
 *   baseline  plain node, nothing loaded
 *   app       console mode started (briefings, commands, REPL, store, scheduler), Q&A index built, first
 *             (empty) scheduler tick done
 *   subs      the same, with DATABASE_URL holding N subscriptions that are all due now: measured after the
 *             scheduler's first tick has processed every one of them (recorded, claimed, rendered and "sent"
 *             through the console sender, which writes to a null stream: an instant sender). Peak RSS is the
 *             process's maxRSS; peak heapUsed is sampled every 20 ms (no gc) while the tick runs.
 * Prints one JSON line. Plain JavaScript because Node 20 cannot run TypeScript without a loader.
 */
import { PassThrough, Writable } from 'node:stream';

const mode = process.argv[2] ?? 'app';
const gc = globalThis.gc;
const MB = 2 ** 20;

function sample() {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return {
    rssMB: m.rss / MB,
    heapUsedMB: m.heapUsed / MB,
    heapTotalMB: m.heapTotal / MB,
    externalMB: (m.external + m.arrayBuffers) / MB,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

const out = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

if (mode === 'baseline') {
  out({ mode, runtime: `node ${process.version} (no loader)`, gc: gc !== undefined, ...sample() });
  process.exit(0);
}

const dist = new URL('../../dist/src/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const { parseConfig } = await load('config.js');
const { silentLogger } = await load('log.js');
const { start } = await load('runtime.js');

// The tick start() begins (scheduler.start() runs one at once): keep its promise and timing.
let firstTick;
if (mode === 'subs') {
  const { DigestScheduler } = await load('scheduler/digest-scheduler.js');
  const original = DigestScheduler.prototype.tick;
  DigestScheduler.prototype.tick = function () {
    const p = original.call(this);
    firstTick ??= { promise: p, t0: performance.now() };
    return p;
  };
}

const config = parseConfig({ DATABASE_URL: process.env.DATABASE_URL, DISCORD_TOKEN: '' });
const sink = new Writable({ write: (_c, _e, cb) => cb() });
const running = await start(config, silentLogger, { input: new PassThrough(), output: sink });
running.app.warmUp(); // start() builds the Q&A index just after the prompt; make sure it is in the figure

if (mode === 'app') {
  await running.scheduler.tick(); // the first tick (nothing stored)
  const afterStart = sample();
  await running.stop();
  out({ mode, runtime: 'node dist/src/runtime.js', gc: gc !== undefined, ...afterStart });
  process.exit(0);
}

// subs
let peakHeapUsedMB = 0;
let peakSampledRssMB = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakHeapUsedMB = Math.max(peakHeapUsedMB, m.heapUsed / MB);
  peakSampledRssMB = Math.max(peakSampledRssMB, m.rss / MB);
}, 20);
if (!firstTick) throw new Error('the scheduler did not start a tick');
const summary = await firstTick.promise;
const tickMs = performance.now() - firstTick.t0;
clearInterval(sampler);
const afterTick = sample();
await running.stop();
const outcomes = {};
for (const o of summary.outcomes) outcomes[o.status] = (outcomes[o.status] ?? 0) + 1;
out({
  mode,
  runtime: 'node dist/src/runtime.js',
  gc: gc !== undefined,
  checked: summary.subscriptionsChecked,
  outcomes,
  tickMs,
  afterTick,
  peakHeapUsedMB,
  peakSampledRssMB,
});
process.exit(0);
