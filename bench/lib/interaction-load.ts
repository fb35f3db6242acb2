/**
 * HTTP interactions throughput: how many slash commands per second 1, 2 and 3 instances answer with
 * p99 < 100 ms from request to response. Each instance is `node dist/src/main.js` (what `npm start` runs) in
 * HTTP mode on one PostgreSQL; the local Discord emulator, in this process, signs every interaction and POSTs
 * it round-robin to the instances' endpoints (the load balancer), at a fixed rate (open loop: requests go out on
 * schedule whether or not earlier ones were answered), stepping the rate up until the p99 target is missed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes } from 'discord.js';
import { loadEvalSet } from '../../eval/regression.ts';
import { loadCommands } from '../../src/bot/load-commands.ts';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { topics } from '../../src/query/common.ts';
import { DiscordEmulator, type ChatInputInput } from '../../test/emulator/index.ts';
import { createPgTestSchema } from '../../test/store/pg-helper.ts';
import { metric, percentile, type Metric } from './metrics.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const P99_TARGET_MS = 100;

/** A bot instance as `npm start` runs it, in HTTP interactions mode. */
class Instance {
  readonly proc: ChildProcess;
  private out = '';
  readonly url: Promise<string>;

  constructor(env: Record<string, string>) {
    this.proc = spawn(process.execPath, ['--max-semi-space-size=2', path.join(ROOT, 'dist/src/main.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ROOT, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.url = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`instance did not start within 60 s:\n${this.out}`)), 60_000);
      this.proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
        this.out += d;
        const m = /"url":"(http:[^"]+)"[^\n]*"HTTP server listening"/.exec(this.out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
        if (this.out.length > 100_000) this.out = this.out.slice(-10_000);
      });
      this.proc.once('exit', (code) => reject(new Error(`instance exited (${code}) during start-up:\n${this.out}`)));
    });
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    const exited = new Promise((r) => this.proc.once('exit', r));
    this.proc.kill('SIGTERM');
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Every command with inputs it naturally takes (each topic, actor, plan view, some eval questions), both locales. */
function workload(): ChatInputInput[] {
  const b = BriefingRegistry.fromDir().default;
  const inputs: Array<Omit<ChatInputInput, 'locale' | 'user'>> = [];
  for (const t of topics(b)) inputs.push({ name: 'brief', options: { topic: t.id } });
  for (const a of b.actors) inputs.push({ name: 'actor', options: { name: a.id } });
  for (const p of b.plans) inputs.push({ name: 'plan', options: { view: p.id } });
  inputs.push({ name: 'plan', options: { view: 'compare' } });
  for (const name of ['risks', 'timeline', 'help', 'about']) inputs.push({ name, options: {} });
  for (const q of loadEvalSet().slice(0, 30)) inputs.push({ name: 'ask', options: { question: q.q } });
  return inputs.flatMap((i, k) => [
    { ...i, locale: 'en-US', user: k % 2 ? 'alice' : 'bob' },
    { ...i, locale: 'zh-CN', user: k % 2 ? 'bob' : 'alice' },
  ]);
}

interface Step {
  rate: number;
  seconds: number;
  sent: number;
  ok: number;
  failed: number;
  achieved: number;
  p50: number;
  p99: number;
  max: number;
  /** Event-loop delay of the load generator (this process) during the step. */
  generatorLagP99Ms: number;
  generatorLagMaxMs: number;
  /** The instances' own measure (request received → response written), as the histogram bucket holding the p99. */
  serverP99BucketMs: number;
}

/** Cumulative counts of the instances' own request → response histogram (`le` in seconds → count), summed. */
async function serverHistogram(bases: string[]): Promise<Map<number, number>> {
  const sum = new Map<number, number>();
  for (const base of bases) {
    const text = await (await fetch(`${base}/metrics`)).text();
    for (const m of text.matchAll(/^briefing_bot_http_interaction_duration_seconds_bucket\{le="([^"]+)",type="command"\} (\d+)$/gm)) {
      const le = m[1] === '+Inf' ? Infinity : Number(m[1]);
      sum.set(le, (sum.get(le) ?? 0) + Number(m[2]));
    }
  }
  return sum;
}

/** The bucket bound under which 99% of the requests between two scrapes fell (an upper bound of the p99), in ms. */
function bucketP99(before: Map<number, number>, after: Map<number, number>): number {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const total = (after.get(Infinity) ?? 0) - (before.get(Infinity) ?? 0);
  const bound = bounds.find((le) => (after.get(le) ?? 0) - (before.get(le) ?? 0) >= 0.99 * total);
  return (bound ?? Infinity) * 1000;
}

/** Sends `rate` interactions per second for `seconds`, open loop; waits for every answer. */
async function runStep(emu: DiscordEmulator, inputs: ChatInputInput[], rate: number, seconds: number, bases: string[]): Promise<Step> {
  const histogramBefore = await serverHistogram(bases);
  // The emulator keeps every interaction and message; a step starts with none, so the load generator's own
  // garbage collection does not grow from step to step and show up as latency.
  emu.forgetHistory();
  // How late this process (emulator + load generator) itself ran: a stall here delays sends and reads alike.
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  const total = Math.round(rate * seconds);
  const pending: Promise<void>[] = [];
  const started = performance.now();
  let next = 0;
  while (next < total) {
    // Everything due by now goes out (timer granularity is ~1 ms; at high rates several per wake-up).
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    for (; next < due; next++) {
      const h = emu.sendChatInput(inputs[next % inputs.length]!);
      pending.push(
        h.record.httpResponse!.then(() => {
          const d = h.record.httpDelivery!;
          latencies.push(d.ms);
          if (d.status === 200) ok++;
          else failed++;
        }),
      );
    }
    await new Promise((r) => setTimeout(r, Math.max(0, ((next + 0.5) / rate) * 1000 - (performance.now() - started))));
  }
  await Promise.all(pending);
  lag.disable();
  const wallS = (performance.now() - started) / 1000;
  return {
    rate,
    seconds,
    sent: total,
    ok,
    failed,
    achieved: ok / wallS,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: Math.max(...latencies),
    generatorLagP99Ms: lag.percentile(99) / 1e6,
    generatorLagMaxMs: lag.max / 1e6,
    serverP99BucketMs: bucketP99(histogramBefore, await serverHistogram(bases)),
  };
}

export interface ThroughputOptions {
  rates: number[];
  stepSeconds: number;
  maxInstances: number;
  log?: (line: string) => void;
}

export async function interactionThroughput(opts: ThroughputOptions): Promise<Metric[]> {
  // The emulator's own answer window stays Discord's 3 s: a slower answer counts as failed.
  const emu = await DiscordEmulator.start({ heartbeatIntervalMs: 45_000 });
  const pg = await createPgTestSchema('benchhttp');
  const instances: Instance[] = [];
  const metrics: Metric[] = [];
  try {
    const commands = [...(await loadCommands()).values()].map((c) => c.data.toJSON());
    await new REST({ api: emu.apiUrl })
      .setToken(emu.token)
      .put(Routes.applicationGuildCommands(emu.applicationId, emu.guildId()), { body: commands });
    // Pictures off: every instance would otherwise spend its first minute drawing every chart, and a reply with a
    // picture is a deferral plus an upload, which is a different measurement (see the charts part).
    const env = {
      ...emu.env(),
      DISCORD_INTERACTIONS: 'http',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: pg.url,
      LOG_LEVEL: 'info',
      CHARTS: 'off',
    };
    // One at a time: the first one migrates the database.
    for (let i = 0; i < opts.maxInstances; i++) {
      const instance = new Instance(env);
      instances.push(instance);
      await instance.url;
    }
    const urls = await Promise.all(instances.map(async (i) => `${await i.url}/interactions`));
    const inputs = workload();
    for (let n = 1; n <= opts.maxInstances; n++) {
      await emu.setInteractionsEndpoint(urls.slice(0, n));
      opts.log?.(
        `  ${n} instance(s): warm-up, then ${opts.rates.join(', ')} interactions/s for ${opts.stepSeconds} s each until p99 ≥ ${P99_TARGET_MS} ms…`,
      );
      const bases = urls.slice(0, n).map((u) => u.replace(/\/interactions$/, ''));
      await runStep(emu, inputs, 50, Math.max(2, opts.stepSeconds / 2), bases);
      const steps: Step[] = [];
      const describe = (step: Step, again: boolean) =>
        `    ${step.rate}/s${again ? ' again' : ''}: ${step.ok}/${step.sent} answered, p50 ${step.p50.toFixed(1)} ms, p99 ${step.p99.toFixed(1)} ms, max ${step.max.toFixed(0)} ms; in the instances p99 ≤ ${step.serverP99BucketMs} ms; load generator lag max ${step.generatorLagMaxMs.toFixed(0)} ms`;
      const missed = (step: Step) => step.p99 >= P99_TARGET_MS || step.failed > 0;
      const overloaded = (step: Step) => step.serverP99BucketMs > P99_TARGET_MS || step.failed > 0;
      for (const rate of opts.rates) {
        // A rate that misses is tried once more: one stall of the shared machine (another process, a GC in the
        // load generator) longer than 1% of a step is enough to miss a p99 once.
        let step = await runStep(emu, inputs, rate, opts.stepSeconds, bases);
        steps.push(step);
        opts.log?.(describe(step, false));
        if (missed(step)) {
          step = await runStep(emu, inputs, rate, opts.stepSeconds, bases);
          steps.push(step);
          opts.log?.(describe(step, true));
        }
        // The ramp goes on while the instances themselves keep up, so both figures below get their answer.
        if (overloaded(step) || step.p99 > 10 * P99_TARGET_MS) break;
      }
      const best = steps.filter((s) => !missed(s)).at(-1);
      const bestServer = steps.filter((s) => !overloaded(s)).at(-1);
      const cond = {
        measured:
          "open-loop signed POST /interactions (emulator in the bench process, round-robin over the instances) → node dist/src/main.js in HTTP mode → reply in the HTTP response; latency = request sent → response read. Server-side: the instances' own histogram (request received → response written), read from /metrics before and after each step",
        instances: n,
        workload: `${inputs.length} inputs round-robin: /brief each topic, /actor each actor, /plan each view and compare, /risks, /timeline, /help, /about, /ask 30 eval questions; en-US and zh-CN`,
        database: 'PostgreSQL 127.0.0.1:5432 (multi-page replies store their pages there)',
        steps,
        stepSeconds: opts.stepSeconds,
      };
      metrics.push(
        metric(`scaleout.interactions.${n}.sustained`, best?.rate ?? 0, 'req/s', cond, {
          label: `${n} instance(s): highest rate with p99 < ${P99_TARGET_MS} ms, request → response`,
        }),
        metric(`scaleout.interactions.${n}.p50`, best?.p50 ?? steps[0]?.p50 ?? 0, 'ms', cond, {
          label: `… latency at that rate, ${n} instance(s)`,
        }),
        metric(`scaleout.interactions.${n}.p99`, best?.p99 ?? steps[0]?.p99 ?? 0, 'ms', cond, {
          label: `… p99 at that rate, ${n} instance(s)`,
        }),
        metric(`scaleout.interactions.${n}.sustained-in-instances`, bestServer?.rate ?? 0, 'req/s', cond, {
          label: `${n} instance(s): highest rate with p99 ≤ ${P99_TARGET_MS} ms inside the instances`,
        }),
      );
    }
    return metrics;
  } finally {
    await Promise.all(instances.map((i) => i.stop()));
    await emu.stop();
    await pg.drop();
  }
}
