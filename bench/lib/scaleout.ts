/**
 * Scaling out (issue 15): digest fan-out from three instances on one PostgreSQL, with each instance talking
 * to Discord directly and then all of them through the shared REST proxy, in the same run.
 * Every process is separate: the emulator (bench/children/emulator.ts), the proxy (bench/children/proxy.ts)
 * and the three instances (bench/children/digest-instance.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { rotationSections } from '../../src/digest/digest-message.ts';
import { openStore } from '../../src/store/index.ts';
import { createPgTestSchema } from '../../test/store/pg-helper.ts';
import type { InstanceResult } from '../children/digest-instance.ts';
import { fireTimeAhead, seedSubscriptions, startEmulator } from './fanout.ts';
import { metric, type Metric } from './metrics.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const GLOBAL_LIMIT = 50;
const MINUTE = 60_000;

/** A bench child process (tsx) spoken to over IPC. */
export class Child {
  readonly proc: ChildProcess;
  private readonly exited: Promise<void>;

  constructor(file: string, args: string[] = []) {
    this.proc = fork(path.join(HERE, '../children', file), args, {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.exited = new Promise((resolve) => this.proc.once('exit', () => resolve()));
  }

  /** Resolves with the next message of `type` (sending `request` first, if given). */
  next<T>(type: string, request?: object, timeoutMs = 120_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`bench child: no "${type}" message within ${timeoutMs} ms`)), timeoutMs);
      const onMessage = (msg: { type: string }) => {
        if (msg.type === type) done(undefined, msg as T);
      };
      const onExit = (code: number | null) => done(new Error(`bench child exited (${code}) before sending "${type}"`));
      const done = (err?: Error, value?: T) => {
        clearTimeout(timer);
        this.proc.off('message', onMessage);
        this.proc.off('exit', onExit);
        if (err) reject(err);
        else resolve(value!);
      };
      this.proc.on('message', onMessage);
      this.proc.once('exit', onExit);
      if (request) this.proc.send(request);
    });
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    this.proc.send({ type: 'stop' });
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}

export interface ScaleoutFanoutRun {
  digests: number;
  channels: number;
  instances: number;
  via: 'direct' | 'proxy';
  log?: (line: string) => void;
}

/** N instances deliver `digests` digests due in the same minute, each REST client pointed at the emulator or the proxy. */
export async function instancesFanout(run: ScaleoutFanoutRun): Promise<Metric[]> {
  const emu = await startEmulator(run.channels);
  const proxy = run.via === 'proxy' ? new Child('proxy.ts', [emu.apiUrl]) : undefined;
  const pg = await createPgTestSchema('bench');
  const instances: Child[] = [];
  try {
    const apiUrl = proxy ? (await proxy.next<{ url: string }>('ready')).url : emu.apiUrl;
    const briefing = BriefingRegistry.fromDir().default;
    const { fireTime, cron } = fireTimeAhead();
    const seed = await openStore(pg.url);
    try {
      await seedSubscriptions(seed, {
        count: run.digests,
        channelIds: emu.channelIds,
        cron,
        createdAt: new Date(fireTime.getTime() - 2 * MINUTE),
        sections: rotationSections(briefing),
      });
    } finally {
      await seed.close();
    }
    for (let i = 0; i < run.instances; i++) instances.push(new Child('digest-instance.ts'));
    // Every instance's clock reads 5 s after the fire time when the tick starts.
    const nowAt = fireTime.getTime() + 5_000;
    await Promise.all(instances.map((c) => c.next('ready', { type: 'init', databaseUrl: pg.url, apiUrl, token: emu.token, nowAt })));
    if (proxy) {
      // A running proxy has its upstream connections open already.
      await fetch(`${apiUrl}/v10/gateway`);
      await new Promise((r) => setTimeout(r, 1100));
    }
    run.log?.(
      `  ${run.instances} instances, ${run.via === 'proxy' ? 'all through one REST proxy' : 'each straight to the API'}: ${run.digests} digests over ${run.channels} channels…`,
    );
    const results = await Promise.all(
      instances.map((c) => c.next<{ result: InstanceResult }>('done', { type: 'tick' }, 600_000).then((m) => m.result)),
    );
    const s = await emu.stats();
    const proxyStats = proxy ? await proxy.next<{ upstream429: number; errors: number }>('stats', { type: 'stats' }) : undefined;
    const delivered = results.reduce((n, r) => n + (r.outcomes.delivered ?? 0), 0);
    const start = Math.min(...results.map((r) => r.tickStartedAt));
    const end = Math.max(...results.map((r) => r.lastSendEndAt ?? r.tickEndedAt));
    const firstOk = s.firstOkAt ?? start;
    const wallS = (end - start) / 1000;
    const rate = delivered / wallS;
    const sendRate = s.postsOk / Math.max(1e-3, ((s.lastOkAt ?? end) - firstOk) / 1000);
    const all429 = s.route429 + s.global429;
    const duplicates = s.duplicateNonces + Math.max(0, s.messages - run.digests);
    const cond = {
      measured: `${run.instances} processes, each DigestScheduler.tick() → DiscordDigestSender → its own discord.js REST → ${run.via === 'proxy' ? 'one @discordjs/proxy process (src/proxy.ts) → ' : ''}the local Discord emulator (separate process: global 50 req/s, 5 messages per 5 s per channel); one PostgreSQL database; all ticks started together`,
      digests: run.digests,
      channels: run.channels,
      instances: run.instances,
      via: run.via,
      perInstance: results.map((r) => ({
        delivered: r.outcomes.delivered ?? 0,
        sends: r.sends,
        outcomes: r.outcomes,
        client429: r.client429,
        tickS: Number(((r.tickEndedAt - r.tickStartedAt) / 1000).toFixed(2)),
      })),
      wallS: Number(wallS.toFixed(2)),
      sendPhaseRate: Number(sendRate.toFixed(1)),
      maxOkPerSecond: s.maxOkPerSecond,
      emulator: s,
      ...(proxyStats ? { proxy: proxyStats } : {}),
      database: 'PostgreSQL 127.0.0.1:5432, a fresh database',
    };
    const key = `scaleout.fanout.${run.via}`;
    const label = (what: string) =>
      `fan-out, ${run.instances} instances ${run.via === 'proxy' ? 'through the proxy' : 'without the proxy'}: ${what}`;
    const proxied = run.via === 'proxy';
    run.log?.(
      `    ${delivered}/${run.digests} delivered in ${wallS.toFixed(1)} s (${rate.toFixed(1)}/s = ${((rate / GLOBAL_LIMIT) * 100).toFixed(0)}% of 50/s), 429s: ${s.route429} route + ${s.global429} global, duplicates: ${duplicates}`,
    );
    return [
      metric(`${key}.delivered`, delivered, 'count', cond, {
        label: label('delivered'),
        target: { op: '==', value: run.digests, text: `= ${run.digests}` },
      }),
      metric(`${key}.ratio`, rate / GLOBAL_LIMIT, 'ratio', cond, {
        label: label('÷ 50/s limit'),
        ...(proxied ? { target: { op: '>=', value: 0.9, text: '≥ 90%' } } : {}),
      }),
      metric(`${key}.429s`, all429, 'count', cond, {
        label: label('429s received'),
        ...(proxied ? { target: { op: '==', value: 0, text: '= 0' } } : {}),
      }),
      metric(`${key}.duplicates`, duplicates, 'count', cond, {
        label: label('duplicate posts'),
        target: { op: '==', value: 0, text: '= 0' },
      }),
    ];
  } finally {
    await Promise.all(instances.map((c) => c.stop()));
    await proxy?.stop();
    await emu.stop();
    await pg.drop();
  }
}
