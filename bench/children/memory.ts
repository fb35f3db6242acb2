/**
 * Memory of the bot process in console mode (src/runtime.ts `start`, the same code `npm start` runs
 * without a token), measured in a fresh process started with --expose-gc:
 *   baseline  node + tsx only, nothing of ours loaded
 *   app       console mode started (briefings, Q&A index, commands, store, scheduler, REPL)
 *   subs      the same, with DATABASE_URL holding N subscriptions that all need checking: measured when the
 *             scheduler's first tick has loaded them (listDue returned), and again once the tick is done.
 * Prints one JSON line.
 */
import { PassThrough, Writable } from 'node:stream';

const mode = process.argv[2] ?? 'app';
const gc = (globalThis as { gc?: () => void }).gc;
const MB = 2 ** 20;

function sample(): { rssMB: number; heapUsedMB: number; heapTotalMB: number; externalMB: number; maxRssMB: number } {
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

const out = (obj: unknown) => process.stdout.write(`${JSON.stringify(obj)}\n`);

if (mode === 'baseline') {
  out({ mode, gc: gc !== undefined, ...sample() });
  process.exit(0);
}

const { parseConfig } = await import('../../src/config.ts');
const { silentLogger } = await import('../../src/log.ts');
const { start } = await import('../../src/runtime.ts');
const { SubscriptionRepo } = await import('../../src/store/index.ts');

let loaded: { count: number; at: ReturnType<typeof sample> } | undefined;
let resolveLoaded: () => void = () => undefined;
const loadedPromise = new Promise<void>((r) => (resolveLoaded = r));
if (mode === 'subs') {
  // Observe the scheduler's first listDue (instance method lookup goes through the prototype).
  const original = SubscriptionRepo.prototype.listDue;
  SubscriptionRepo.prototype.listDue = async function (this: InstanceType<typeof SubscriptionRepo>, ...args: Parameters<typeof original>) {
    const due = await original.apply(this, args);
    if (!loaded) {
      loaded = { count: due.length, at: sample() };
      resolveLoaded();
    }
    return due;
  };
}

const config = parseConfig({ DATABASE_URL: process.env.DATABASE_URL, DISCORD_TOKEN: '' });
const sink = new Writable({ write: (_c, _e, cb) => cb() });
const running = await start(config, silentLogger, { input: new PassThrough(), output: sink });
const afterStart = sample();
if (mode === 'app') {
  await running.stop();
  out({ mode, gc: gc !== undefined, ...afterStart });
  process.exit(0);
}
await loadedPromise;
const t0 = performance.now();
const summary = await running.scheduler.tick(); // joins the tick start() began
const tickMs = performance.now() - t0;
const afterTick = sample();
await running.stop();
out({ mode, gc: gc !== undefined, loaded: loaded?.count, checked: summary.subscriptionsChecked, outcomes: summary.outcomes.length, atLoad: loaded?.at, afterTick, tickRestMs: tickMs });
process.exit(0);
