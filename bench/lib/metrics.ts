import os from 'node:os';

/** One measured figure, as written to bench/results.json. */
export interface Metric {
  /** Stable dotted name, e.g. `latency.command.brief.en-US.p99`. */
  name: string;
  value: number;
  /** `ms`, `MB`, `msg/s`, `ratio`, `count`, `ms/sub`, … */
  unit: string;
  /** What was measured and under which conditions (samples, locale, sizes, node version, cpu count, …). */
  conditions: Record<string, unknown>;
  /** Human-readable label for the table. */
  label?: string;
  /** Present when the figure has a target: the table prints ✓/✗. */
  target?: { op: '<' | '<=' | '>=' | '>' | '=='; value: number; text: string; met: boolean };
}

export function environment(): { node: string; cpus: number; cpuModel: string; platform: string; totalMemMB: number } {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    platform: `${process.platform}-${process.arch}`,
    totalMemMB: Math.round(os.totalmem() / 2 ** 20),
  };
}

/** Adds the machine facts every entry carries. */
export function withEnv(conditions: Record<string, unknown>): Record<string, unknown> {
  const env = environment();
  // Load average at the time of measurement: the figures are only comparable on a quiet machine.
  const load = os.loadavg().map((x) => Number(x.toFixed(2)));
  return { ...conditions, node: env.node, cpus: env.cpus, loadavg1m: load[0] };
}

export function checkTarget(op: NonNullable<Metric['target']>['op'], limit: number, value: number): boolean {
  switch (op) {
    case '<':
      return value < limit;
    case '<=':
      return value <= limit;
    case '>=':
      return value >= limit;
    case '>':
      return value > limit;
    case '==':
      return value === limit;
  }
}

export function metric(
  name: string,
  value: number,
  unit: string,
  conditions: Record<string, unknown>,
  extra: { label?: string; target?: { op: NonNullable<Metric['target']>['op']; value: number; text?: string } } = {},
): Metric {
  const m: Metric = { name, value: round(value), unit, conditions: withEnv(conditions) };
  if (extra.label) m.label = extra.label;
  if (extra.target) {
    const { op, value: limit } = extra.target;
    m.target = { op, value: limit, text: extra.target.text ?? `${op} ${limit} ${unit}`, met: checkTarget(op, limit, value) };
  }
  return m;
}

/** Rounds to 4 significant decimals for readability (values stay numbers). */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 1 : abs >= 1 ? 3 : 4;
  return Number(x.toFixed(digits));
}

/** Nearest-rank percentile of an unsorted sample (p in 0..1). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

export function mean(samples: readonly number[]): number {
  return samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length);
}

export const MB = 2 ** 20;

/** Elapsed milliseconds since a `process.hrtime.bigint()` reading. */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
