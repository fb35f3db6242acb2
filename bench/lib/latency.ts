/**
 * Handler latency: what one command costs the bot between receiving the interaction and having the Discord
 * payload ready — `runCommand` (view model) + `renderEmbedPages` + `pagePayload` — for every command and
 * every input it naturally takes (each topic, each actor, each plan view, each eval question), per locale.
 */
import { createApp, type App } from '../../src/app.ts';
import type { BotCommand, CommandOptions } from '../../src/bot/command.ts';
import { runCommand } from '../../src/bot/dispatch.ts';
import type { Briefing } from '../../src/briefing/schema.ts';
import { parseConfig } from '../../src/config.ts';
import { optionsFrom } from '../../src/console/parse-command-line.ts';
import { silentLogger } from '../../src/log.ts';
import { fileURLToPath } from 'node:url';
import { loadBlindSet } from '../../eval/blind.ts';
import { loadEvalSet, type EvalQuestion } from '../../eval/regression.ts';
import { topics } from '../../src/query/common.ts';
import { planTopics } from '../../src/query/plan-view.ts';
import { pagePayload } from '../../src/render/discord-payload.ts';
import { renderEmbedPages } from '../../src/render/discord-render.ts';
import { PerformanceObserver } from 'node:perf_hooks';
import { metric, percentile, type Metric } from './metrics.ts';

export const LOCALES = ['en-US', 'zh-CN'] as const;

export interface Case {
  /** Command name. */
  command: string;
  /** Human description of the input, e.g. `brief territory`. */
  input: string;
  options: CommandOptions;
}

export interface LatencyOptions {
  /** Timed samples per (command, locale); every input is used round-robin, at least `minRounds` times. */
  samples: number;
  minRounds?: number;
  /** Untimed rounds over every input before timing. */
  warmupRounds?: number;
  locales?: readonly string[];
  /** A briefings folder (default: the app's own). */
  briefingsDir?: string;
  /** Suffix for metric names and a condition, e.g. `x10`. */
  scale?: { label: string; factor: number; sizes: object };
  /** The eval questions for `ask` (default: eval/regression-set.yaml). */
  questions?: EvalQuestion[];
  /** Targets checked in the table (default: command p99 < 2 ms, /ask p99 < 5 ms). */
  targets?: boolean;
}

const opt = (values: Record<string, string>) => optionsFrom(values, null);

/** Every command with every input it takes on this briefing. */
export function commandCases(b: Briefing, questions: EvalQuestion[]): Case[] {
  const cases: Case[] = [];
  for (const t of topics(b)) cases.push({ command: 'brief', input: `brief ${t.id}`, options: opt({ topic: t.id }) });
  for (const a of b.actors) cases.push({ command: 'actor', input: `actor ${a.id}`, options: opt({ name: a.id }) });
  for (const p of b.plans) cases.push({ command: 'plan', input: `plan ${p.id}`, options: opt({ view: p.id }) });
  cases.push({ command: 'plan', input: 'plan compare', options: opt({ view: 'compare' }) });
  for (const topic of planTopics(b))
    cases.push({ command: 'plan', input: `plan compare --topic ${topic}`, options: opt({ view: 'compare', topic }) });
  for (const name of ['risks', 'timeline', 'figures', 'positions', 'help', 'about'])
    cases.push({ command: name, input: name, options: opt({}) });
  for (const q of questions) cases.push({ command: 'ask', input: `ask ${q.q}`, options: opt({ question: q.q }) });
  return cases;
}

/** CPU time (user + system, whole process) of the last timeOne call, in ms: wall ≫ CPU means the OS preempted us. */
export let lastCpuMs = 0;
/** Start (performance.now()) of the last timeOne call, to match samples with GC pauses. */
export let lastStart = 0;

/** One timed handler call: view model + embeds + first page payload. Returns wall milliseconds. */
export async function timeOne(app: App, command: BotCommand, locale: string, options: CommandOptions): Promise<number> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const ctx = app.context({ locale, userId: '100000000000000001', guildId: '200000000000000002', channelId: '300000000000000003' });
  const reply = await runCommand(command, ctx, options);
  const pages = renderEmbedPages(reply.view);
  const payload = pagePayload(pages, 0, {
    lang: reply.view.lang,
    ephemeral: reply.ephemeral,
    pagerId: pages.length > 1 ? 'bench-pager' : undefined,
  });
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  lastCpuMs = (cpu.user + cpu.system) / 1000;
  lastStart = start;
  if (payload.embeds.length === 0) throw new Error('empty payload');
  return ms;
}

export interface LatencyResult {
  metrics: Metric[];
  /** Raw samples per `${command}|${locale}` (for the smoke test and debugging). */
  samples: Map<string, number[]>;
  failed: string[];
}

export async function benchLatency(opts: LatencyOptions): Promise<LatencyResult> {
  const locales = opts.locales ?? LOCALES;
  const minRounds = opts.minRounds ?? 3;
  const warmupRounds = opts.warmupRounds ?? 3;
  const config = parseConfig(opts.briefingsDir ? { BRIEFINGS_DIR: opts.briefingsDir } : {});
  const app = await createApp(config, silentLogger);
  const b = app.briefings.default;
  // the regression set and the blind dev half: casual, long and multi-part questions are the slow ones
  const blindDev = loadBlindSet(fileURLToPath(new URL('../../test/qa/blind/dev.yaml', import.meta.url))).map(
    (q): EvalQuestion => ({ q: q.q, lang: q.lang, split: 'dev', outOfScope: q.scope === 'out' }),
  );
  const questions = opts.questions ?? [...loadEvalSet(), ...blindDev];
  const cases = commandCases(b, questions);
  const byCommand = new Map<string, Case[]>();
  for (const c of cases) byCommand.set(c.command, [...(byCommand.get(c.command) ?? []), c]);
  const suffix = opts.scale ? `.${opts.scale.label}` : '';
  const scaleCond = opts.scale ? { briefingScale: opts.scale.factor, briefingSizes: opts.scale.sizes } : { briefingScale: 1 };
  const targets = opts.targets ?? true;

  const failed = new Set<string>();
  // Warm-up: every input, every locale; also checks nothing fails.
  for (let r = 0; r < warmupRounds; r++) {
    for (const locale of locales) {
      for (const c of cases) {
        const command = app.commands.get(c.command)!;
        const ctx = app.context({ locale, userId: '1', guildId: '2', channelId: '3' });
        const reply = await runCommand(command, ctx, c.options);
        if (reply.failed && c.command !== 'ask') failed.add(c.input);
        await timeOne(app, command, locale, c.options);
      }
    }
  }

  // GC pauses during the timed loops, to explain the tail (the observer delivers entries asynchronously).
  const gcs: Array<{ start: number; end: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const samples = new Map<string, number[]>();
  const metrics: Metric[] = [];
  const pending: Array<{ times: number[]; cpu: number[]; starts: number[]; entries: Metric[]; limit: number }> = [];
  const all = new Map<string, number[]>();
  for (const locale of locales) {
    for (const [name, list] of byCommand) {
      const command = app.commands.get(name);
      if (!command) throw new Error(`no command ${name}`);
      const n = Math.max(opts.samples, list.length * minRounds);
      const times: number[] = new Array(n);
      const cpu: number[] = new Array(n);
      const starts: number[] = new Array(n);
      for (let i = 0; i < n; i++) {
        times[i] = await timeOne(app, command, locale, list[i % list.length]!.options);
        cpu[i] = lastCpuMs;
        starts[i] = lastStart;
      }
      samples.set(`${name}|${locale}`, times);
      if (name !== 'ask') all.set(locale, [...(all.get(locale) ?? []), ...times]);
      const cond = {
        measured: 'runCommand + renderEmbedPages + pagePayload (first page), in-process, warm',
        command: name,
        inputs: list.length,
        inputExamples: list.slice(0, 3).map((c) => c.input),
        samples: n,
        locale,
        ...scaleCond,
      };
      const first = metrics.length;
      const isAsk = name === 'ask';
      const limit = isAsk ? 5 : 2;
      for (const [p, label] of [
        [0.5, 'p50'],
        [0.99, 'p99'],
      ] as const) {
        metrics.push(
          metric(`latency.command.${name}.${locale}.${label}${suffix}`, percentile(times, p), 'ms', cond, {
            label: `/${name} ${label} (${locale}${opts.scale ? `, briefing ×${opts.scale.factor}` : ''})`,
            ...(label === 'p99' && targets ? { target: { op: '<', value: limit, text: `< ${limit} ms` } } : {}),
          }),
        );
      }
      pending.push({ times, cpu, starts, entries: metrics.slice(first), limit });
    }
  }
  // Let the observer deliver the last GC entries, then annotate each per-command entry with its tail.
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  for (const { times, cpu, starts, entries, limit } of pending) {
    const t = tail(times, cpu, starts, gcs, limit);
    for (const m of entries) Object.assign(m.conditions, t);
  }

  // All non-ask commands together: the headline "command p99".
  for (const [locale, times] of all) {
    const cond = {
      measured: 'every command except ask over every input, runCommand + renderEmbedPages + pagePayload',
      commands: [...byCommand.keys()].filter((c) => c !== 'ask'),
      samples: times.length,
      locale,
      ...scaleCond,
    };
    metrics.push(
      metric(`latency.commands.all.${locale}.p50${suffix}`, percentile(times, 0.5), 'ms', cond, {
        label: `all commands p50 (${locale}${opts.scale ? `, ×${opts.scale.factor}` : ''})`,
      }),
    );
    metrics.push(
      metric(`latency.commands.all.${locale}.p99${suffix}`, percentile(times, 0.99), 'ms', cond, {
        label: `all commands p99 (${locale}${opts.scale ? `, ×${opts.scale.factor}` : ''})`,
        ...(targets ? { target: { op: '<', value: 2, text: '< 2 ms' } } : {}),
      }),
    );
  }

  // The Q&A engine alone, over the eval questions (each with its own locale when it has one).
  const engine = app.services.qa(b);
  for (const q of questions) engine.ask(q.q, q.locale !== undefined ? { locale: q.locale } : {});
  const rounds = Math.max(minRounds, Math.ceil(opts.samples / Math.max(1, questions.length)));
  const engineTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const start = performance.now();
      engine.ask(q.q, q.locale !== undefined ? { locale: q.locale } : {});
      engineTimes.push(performance.now() - start);
    }
  }
  const cond = {
    measured: 'QaEngine.ask only (no view/render), eval questions',
    questions: questions.length,
    samples: engineTimes.length,
    locale: 'per question',
    ...scaleCond,
  };
  metrics.push(
    metric(`latency.qa-engine.p50${suffix}`, percentile(engineTimes, 0.5), 'ms', cond, {
      label: `Q&A engine only p50${opts.scale ? ` (×${opts.scale.factor})` : ''}`,
    }),
  );
  metrics.push(
    metric(`latency.qa-engine.p99${suffix}`, percentile(engineTimes, 0.99), 'ms', cond, {
      label: `Q&A engine only p99${opts.scale ? ` (×${opts.scale.factor})` : ''}`,
    }),
  );
  return { metrics, samples, failed: [...failed] };
}

/**
 * Why the slow samples were slow: how many exceeded the target, how many of those overlapped a GC pause,
 * and how many were preempted (wall time > 2 × process CPU time + 0.5 ms: the OS ran something else; process
 * CPU time includes V8's helper threads, so this undercounts). p99CpuMs is the p99 of process CPU time.
 */
function tail(
  times: number[],
  cpu: number[],
  starts: number[],
  gcs: Array<{ start: number; end: number }>,
  limitMs: number,
): Record<string, number> {
  let over = 0;
  let overGc = 0;
  let overPreempted = 0;
  for (let i = 0; i < times.length; i++) {
    if (times[i]! < limitMs) continue;
    over++;
    const s = starts[i]!;
    const e = s + times[i]!;
    if (gcs.some((g) => g.start < e && g.end > s)) overGc++;
    else if (times[i]! > 2 * cpu[i]! + 0.5) overPreempted++;
  }
  return {
    samplesOverTarget: over,
    overTargetDuringGc: overGc,
    overTargetPreempted: overPreempted,
    p99CpuMs: Number(percentile(cpu, 0.99).toFixed(3)),
  };
}
