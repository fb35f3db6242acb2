/**
 * Digest fan-out: N digests due in the same minute, posted through discord.js's REST client to the local
 * Discord emulator (global 50 req/s, 5 messages / 5 s per channel, real rate-limit headers), by
 *  - our scheduler: `DigestScheduler.tick()` + `DiscordDigestSender` over a real `REST`, controlled clock;
 *  - a naive baseline: every send started at once (`Promise.all` over `rest.post`, which is what
 *    `TextChannel.send` does underneath), through a fresh discord.js `REST` with the same defaults.
 * Also the scheduler's own overhead per tick (materialize + claim + bookkeeping) with an instant fake sender.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, RESTEvents, Routes } from 'discord.js';
import type { Briefing, Lang } from '../../src/briefing/schema.ts';
import { rotationSections } from '../../src/digest/digest-message.ts';
import { digestMessage } from '../../src/render/digest-payload.ts';
import { DigestScheduler, type TickSummary } from '../../src/scheduler/digest-scheduler.ts';
import { DiscordDigestSender } from '../../src/discord/digest-sender.ts';
import type { DigestSender, SendResult } from '../../src/scheduler/types.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import type { EmulatorBenchStats } from '../children/emulator.ts';
import { metric, percentile, type Metric } from './metrics.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const GLOBAL_LIMIT = 50;
const MINUTE = 60_000;

/* ------------------------------------------------------------------ emulator process */

export interface EmulatorHandle {
  apiUrl: string;
  token: string;
  channelIds: string[];
  stats(): Promise<EmulatorBenchStats>;
  stop(): Promise<void>;
}

export async function startEmulator(channels: number): Promise<EmulatorHandle> {
  const child: ChildProcess = fork(path.join(HERE, '../children/emulator.ts'), [String(channels)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ apiUrl: string; token: string; channelIds: string[] }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
    child.on('message', (msg: { type: string; apiUrl: string; token: string; channelIds: string[] }) => {
      if (msg.type === 'ready') resolve(msg);
    });
  });
  child.removeAllListeners('exit');
  return {
    ...ready,
    stats: () =>
      new Promise((resolve) => {
        const onMsg = (msg: { type: string; stats: EmulatorBenchStats }) => {
          if (msg.type !== 'stats') return;
          child.off('message', onMsg);
          resolve(msg.stats);
        };
        child.on('message', onMsg);
        child.send({ type: 'stats' });
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'stop' });
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/* ------------------------------------------------------------------ subscriptions */

export interface Workload {
  /** Digests due at the same fire time. */
  digests: number;
  /** Spread over this many channels: subscription i goes to channel floor(i / (digests / channels)) (grouped, as admins add them). */
  channels: number;
}

/** A fire time a few minutes ahead of real time, and the cron expression that fires then (daily, UTC). */
export function fireTimeAhead(minutes = 3): { fireTime: Date; cron: string } {
  const t = new Date(Date.now() + minutes * MINUTE);
  t.setUTCSeconds(0, 0);
  return { fireTime: t, cron: `${t.getUTCMinutes()} ${t.getUTCHours()} * * *` };
}

/** Creates `count` subscriptions (in one transaction, so seeding is quick) all firing on `cron`. */
export async function seedSubscriptions(
  store: Store,
  opts: { count: number; channelIds: readonly string[]; cron: string; createdAt: Date; sections: readonly string[] },
): Promise<void> {
  const perChannel = Math.max(1, Math.ceil(opts.count / opts.channelIds.length));
  const batch = 2_000;
  for (let start = 0; start < opts.count; start += batch) {
    await store.transaction(async (tx) => {
      for (let i = start; i < Math.min(opts.count, start + batch); i++) {
        await tx.subscriptions.create(
          {
            guildId: '900000000000000001',
            channelId: opts.channelIds[Math.floor(i / perChannel) % opts.channelIds.length]!,
            section: opts.sections[i % opts.sections.length]!,
            schedule: opts.cron,
            scheduleLabel: 'bench',
            timezone: 'UTC',
            language: i % 2 === 0 ? 'en' : 'zh',
            createdBy: 'bench',
          },
          opts.createdAt,
        );
      }
    });
  }
}

export function tempDatabase(): { url: string; dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefing-bench-db-'));
  return { url: `file:${path.join(dir, 'bench.db')}`, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Real time shifted so that "now" is `at` when the run starts (time still advances). */
function shiftedClock(at: Date): { now(): Date } {
  const offset = at.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** Records when sends start and finish. */
class TimedSender implements DigestSender {
  firstStart: number | null = null;
  lastEnd: number | null = null;
  sends = 0;
  inFlight = 0;
  maxInFlight = 0;
  readonly durations: number[] = [];
  constructor(private readonly inner: DigestSender) {}
  async send(channelId: string, payload: object, nonce: string): Promise<SendResult> {
    const start = Date.now();
    this.firstStart ??= start;
    this.sends++;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      return await this.inner.send(channelId, payload, nonce);
    } finally {
      this.inFlight--;
      this.lastEnd = Date.now();
      this.durations.push(this.lastEnd - start);
    }
  }
}

/** A REST client as the bot's (discord.js defaults: globalRequestsPerSecond 50, offset 50 ms, retries 3). */
function benchRest(
  apiUrl: string,
  token: string,
): { rest: REST; counts: { responses429: number; global429: number; rateLimitedWaits: number; globalWaits: number } } {
  const rest = new REST({ api: apiUrl }).setToken(token);
  if (rest.options.globalRequestsPerSecond !== GLOBAL_LIMIT)
    throw new Error(`REST globalRequestsPerSecond is ${rest.options.globalRequestsPerSecond}, expected ${GLOBAL_LIMIT}`);
  const counts = { responses429: 0, global429: 0, rateLimitedWaits: 0, globalWaits: 0 };
  rest.on(RESTEvents.Response, (_req, res) => {
    if (res.status === 429) {
      counts.responses429++;
      if (res.headers.get('X-RateLimit-Global')) counts.global429++;
    }
  });
  rest.on(RESTEvents.RateLimited, (info) => {
    counts.rateLimitedWaits++;
    if (info.global) counts.globalWaits++;
  });
  return { rest, counts };
}

function countOutcomes(summary: TickSummary): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of summary.outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
  return counts;
}

/* ------------------------------------------------------------------ scheduler fan-out */

export interface FanoutRun {
  label: string;
  briefing: Briefing;
  workload: Workload;
  /** Metric name suffix, e.g. `.x10`. */
  suffix?: string;
  concurrency?: number;
  log?: (line: string) => void;
  /** Check the fan-out targets (default true); off for diagnostic workloads. */
  targets?: boolean;
}

export async function schedulerFanout(run: FanoutRun): Promise<Metric[]> {
  const { digests, channels } = run.workload;
  const emu = await startEmulator(channels);
  const db = tempDatabase();
  const store = await openStore(db.url);
  try {
    const sections = rotationSections(run.briefing);
    const { fireTime, cron } = fireTimeAhead();
    await seedSubscriptions(store, {
      count: digests,
      channelIds: emu.channelIds,
      cron,
      createdAt: new Date(fireTime.getTime() - 2 * MINUTE),
      sections,
    });
    const { rest, counts } = benchRest(emu.apiUrl, emu.token);
    const sender = new TimedSender(new DiscordDigestSender(rest));
    const scheduler = new DigestScheduler({
      store,
      sender,
      // As src/runtime.ts configures it (DIGEST_GRACE_MINUTES=15): default concurrency, retries and backoff.
      graceMs: 15 * MINUTE,
      claimLeaseMs: 2 * MINUTE,
      ...(run.concurrency !== undefined ? { concurrency: run.concurrency } : {}),
      rotationFor: () => sections,
      render: (sub, section) => digestMessage(run.briefing, section, sub.language as Lang),
      clock: shiftedClock(new Date(fireTime.getTime() + 5_000)),
    });
    run.log?.(`  scheduler fan-out (${run.label}): ${digests} digests over ${channels} channels…`);
    const t0 = Date.now();
    const summary = await scheduler.tick();
    const t1 = Date.now();
    const s = await emu.stats();
    const outcomes = countOutcomes(summary);
    const delivered = outcomes.delivered ?? 0;
    const wallS = (t1 - t0) / 1000;
    const sendS = ((sender.lastEnd ?? t1) - (sender.firstStart ?? t0)) / 1000;
    const materializeS = ((sender.firstStart ?? t1) - t0) / 1000;
    const rate = delivered / wallS;
    const sendRate = delivered / Math.max(1e-3, sendS);
    const all429 = s.route429 + s.global429;
    const suffix = run.suffix ?? '';
    const cond = {
      measured: 'DigestScheduler.tick() → DiscordDigestSender → discord.js REST → local Discord emulator (separate process)',
      digests,
      channels,
      perChannel: digests / channels,
      channelAssignment: 'grouped: consecutive subscription ids share a channel',
      schedulerConcurrency: run.concurrency ?? 4,
      restGlobalRequestsPerSecond: rest.options.globalRequestsPerSecond,
      restOffsetMs: rest.options.offset,
      emulatorLimits: { globalPerSecond: GLOBAL_LIMIT, channelMessages: '5 per 5 s' },
      briefing: run.briefing.id,
      outcomes,
      tickWallS: round2(wallS),
      materializeS: round2(materializeS),
      sendPhaseS: round2(sendS),
      sendP50Ms: percentile(sender.durations, 0.5),
      sendP99Ms: percentile(sender.durations, 0.99),
      maxInFlight: sender.maxInFlight,
      emulator: s,
      client: counts,
      database: 'SQLite temp file (WAL)',
    };
    const label = (what: string) => `fan-out ${what} (${run.label})`;
    const checked = run.targets ?? true;
    const metrics = [
      metric(`fanout.scheduler.delivered${suffix}`, delivered, 'count', cond, {
        label: label('delivered'),
        target: { op: '==', value: digests, text: `= ${digests}` },
      }),
      metric(`fanout.scheduler.rate${suffix}`, rate, 'msg/s', cond, { label: label('rate, whole tick') }),
      metric(`fanout.scheduler.ratio${suffix}`, rate / GLOBAL_LIMIT, 'ratio', cond, {
        label: label('÷ 50/s limit, whole tick'),
        ...(checked ? { target: { op: '>=', value: 0.9, text: '≥ 90%' } } : {}),
      }),
      metric(`fanout.scheduler.send-phase-ratio${suffix}`, sendRate / GLOBAL_LIMIT, 'ratio', cond, {
        label: label('÷ 50/s, send phase only'),
      }),
      metric(`fanout.scheduler.materialize${suffix}`, materializeS * 1000, 'ms', cond, { label: label('tick start → first send') }),
      metric(`fanout.scheduler.429s${suffix}`, all429, 'count', cond, {
        label: label('429s received'),
        ...(checked ? { target: { op: '==', value: 0, text: '= 0' } } : {}),
      }),
      metric(`fanout.scheduler.duplicates${suffix}`, s.duplicateNonces + Math.max(0, s.messages - digests), 'count', cond, {
        label: label('duplicate posts'),
        target: { op: '==', value: 0, text: '= 0' },
      }),
    ];
    run.log?.(
      `    ${delivered}/${digests} delivered in ${wallS.toFixed(1)} s (${rate.toFixed(1)}/s = ${((rate / GLOBAL_LIMIT) * 100).toFixed(0)}% of 50/s), first send after ${materializeS.toFixed(2)} s, 429s: ${s.route429} route + ${s.global429} global`,
    );
    return metrics;
  } finally {
    await store.close();
    await emu.stop();
    db.cleanup();
  }
}

/* ------------------------------------------------------------------ naive baseline */

export async function naiveFanout(run: FanoutRun): Promise<Metric[]> {
  const { digests, channels } = run.workload;
  const emu = await startEmulator(channels);
  try {
    const sections = rotationSections(run.briefing);
    const perChannel = Math.max(1, Math.ceil(digests / channels));
    const { rest, counts } = benchRest(emu.apiUrl, emu.token);
    run.log?.(`  naive fan-out (${run.label}): ${digests} × rest.post started at once…`);
    const t0 = Date.now();
    const results = await Promise.allSettled(
      Array.from({ length: digests }, (_, i) => {
        const lang: Lang = i % 2 === 0 ? 'en' : 'zh';
        const body = { ...digestMessage(run.briefing, sections[i % sections.length]!, lang), nonce: `naive-${i}`, enforce_nonce: true };
        return rest.post(Routes.channelMessages(emu.channelIds[Math.floor(i / perChannel) % channels]!), { body });
      }),
    );
    const t1 = Date.now();
    const s = await emu.stats();
    const delivered = results.filter((r) => r.status === 'fulfilled').length;
    const errors = [
      ...new Set(results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error)?.message ?? r.reason).slice(0, 120)] : []))),
    ].slice(0, 5);
    const wallS = (t1 - t0) / 1000;
    const rate = delivered / wallS;
    const suffix = run.suffix ?? '';
    const cond = {
      measured:
        'Promise.all over discord.js REST.post(channelMessages) for every digest at once (what TextChannel.send does), local emulator',
      digests,
      channels,
      perChannel: digests / channels,
      restGlobalRequestsPerSecond: rest.options.globalRequestsPerSecond,
      briefing: run.briefing.id,
      wallS: round2(wallS),
      failed: digests - delivered,
      errors,
      emulator: s,
      client: counts,
    };
    const label = (what: string) => `naive baseline ${what} (${run.label})`;
    run.log?.(
      `    ${delivered}/${digests} delivered in ${wallS.toFixed(1)} s (${rate.toFixed(1)}/s), 429s: ${s.route429} route + ${s.global429} global`,
    );
    return [
      metric(`fanout.naive.delivered${suffix}`, delivered, 'count', cond, { label: label('delivered') }),
      metric(`fanout.naive.ratio${suffix}`, rate / GLOBAL_LIMIT, 'ratio', cond, { label: label('÷ 50/s limit') }),
      metric(`fanout.naive.429s${suffix}`, s.route429 + s.global429, 'count', cond, { label: label('429s received') }),
    ];
  } finally {
    await emu.stop();
  }
}

/* ------------------------------------------------------------------ tick overhead */

/** Scheduler cost alone: N due subscriptions, instant fake sender; ticks until all are delivered. */
export async function tickOverhead(opts: {
  subscriptions: number;
  briefing: Briefing;
  suffix?: string;
  log?: (line: string) => void;
  maxTicks?: number;
}): Promise<Metric[]> {
  const db = tempDatabase();
  const store = await openStore(db.url);
  try {
    const sections = rotationSections(opts.briefing);
    const { fireTime, cron } = fireTimeAhead();
    const channelIds = Array.from({ length: Math.ceil(opts.subscriptions / 5) }, (_, i) => String(800000000000000000n + BigInt(i)));
    await seedSubscriptions(store, {
      count: opts.subscriptions,
      channelIds,
      cron,
      createdAt: new Date(fireTime.getTime() - 2 * MINUTE),
      sections,
    });
    let seq = 0;
    const sender = new TimedSender({ send: async () => ({ ok: true, messageId: `m${++seq}` }) });
    const scheduler = new DigestScheduler({
      store,
      sender,
      graceMs: 15 * MINUTE,
      claimLeaseMs: 2 * MINUTE,
      rotationFor: () => sections,
      render: (sub, section) => digestMessage(opts.briefing, section, sub.language as Lang),
      clock: shiftedClock(new Date(fireTime.getTime() + 5_000)),
    });
    opts.log?.(`  scheduler tick overhead: ${opts.subscriptions} due subscriptions, instant sender…`);
    const ticks: Array<{ wallMs: number; checked: number; delivered: number; materializeMs: number }> = [];
    let delivered = 0;
    const maxTicks = opts.maxTicks ?? 4;
    for (let i = 0; i < maxTicks && delivered < opts.subscriptions; i++) {
      sender.firstStart = null;
      const t0 = Date.now();
      const summary = await scheduler.tick();
      const wallMs = Date.now() - t0;
      const d = countOutcomes(summary).delivered ?? 0;
      delivered += d;
      ticks.push({ wallMs, checked: summary.subscriptionsChecked, delivered: d, materializeMs: (sender.firstStart ?? Date.now()) - t0 });
    }
    const first = ticks[0]!;
    const totalMs = ticks.reduce((n, t) => n + t.wallMs, 0);
    const suffix = opts.suffix ?? '';
    const cond = {
      measured:
        'DigestScheduler.tick() with an instant fake sender: listDue in pages of 2,000 + materialize (200 subscriptions per transaction, sending starts once the first batch is committed) + listClaimable + claim/recordAttempt/render/markDelivered per delivery (KeyedPool, 4 in flight, one per channel)',
      subscriptions: opts.subscriptions,
      ticksNeeded: ticks.length,
      ticks,
      allDelivered: delivered === opts.subscriptions,
      delivered,
      database: 'SQLite temp file (WAL)',
      briefing: opts.briefing.id,
    };
    const n = opts.subscriptions.toLocaleString('en-US');
    opts.log?.(
      `    ${delivered}/${opts.subscriptions} delivered in ${ticks.length} tick(s), ${totalMs} ms total (first tick: ${first.checked} checked, materialize ${first.materializeMs} ms)`,
    );
    return [
      metric(`scheduler.tick.total${suffix}`, totalMs, 'ms', cond, { label: `tick overhead, ${n} due (all ticks)` }),
      metric(`scheduler.tick.per-subscription${suffix}`, totalMs / Math.max(1, delivered), 'ms/sub', cond, {
        label: `tick overhead per digest, ${n} due`,
      }),
      metric(`scheduler.tick.materialize${suffix}`, first.materializeMs, 'ms', cond, {
        label: `tick start → first send, ${n} due (1st tick)`,
      }),
      metric(`scheduler.tick.ticks-needed${suffix}`, ticks.length, 'count', cond, { label: `ticks to deliver ${n} due digests` }),
    ];
  } finally {
    await store.close();
    db.cleanup();
  }
}

const round2 = (x: number) => Number(x.toFixed(2));
