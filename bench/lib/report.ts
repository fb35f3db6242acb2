import { environment, type Metric } from './metrics.ts';

export interface ResultsDocument {
  generatedAt: string;
  environment: ReturnType<typeof environment>;
  quick: boolean;
  durationS: number;
  /** One entry per metric: name, value, unit, conditions (+ label and target when it has one). */
  metrics: Metric[];
}

export function resultsDocument(metrics: Metric[], opts: { quick: boolean; durationS: number }): ResultsDocument {
  return {
    generatedAt: new Date().toISOString(),
    environment: environment(),
    quick: opts.quick,
    durationS: Math.round(opts.durationS),
    metrics,
  };
}

/** Problems with an entry's shape (empty when it is a well-formed results.json entry). */
export function shapeProblems(m: unknown): string[] {
  const problems: string[] = [];
  if (typeof m !== 'object' || m === null) return ['not an object'];
  const e = m as Record<string, unknown>;
  if (typeof e.name !== 'string' || !/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/i.test(e.name)) problems.push(`bad name ${String(e.name)}`);
  if (typeof e.value !== 'number' || Number.isNaN(e.value)) problems.push(`${String(e.name)}: value is not a number`);
  if (typeof e.unit !== 'string' || e.unit === '') problems.push(`${String(e.name)}: no unit`);
  const c = e.conditions as Record<string, unknown> | undefined;
  if (typeof c !== 'object' || c === null || Array.isArray(c)) problems.push(`${String(e.name)}: conditions is not an object`);
  else {
    if (typeof c.measured !== 'string') problems.push(`${String(e.name)}: conditions.measured missing`);
    if (typeof c.node !== 'string') problems.push(`${String(e.name)}: conditions.node missing`);
    if (typeof c.cpus !== 'number') problems.push(`${String(e.name)}: conditions.cpus missing`);
  }
  return problems;
}

/* ------------------------------------------------------------------ table */

interface Row {
  section: string;
  label: string;
  value: string;
  target: string;
  ok: string;
}

const SECTIONS: Array<[prefix: string, title: string]> = [
  ['latency.commands.all', 'Handler latency, all commands (runCommand + renderEmbedPages + pagePayload)'],
  ['latency.command', 'Handler latency per command'],
  ['latency.qa-engine', 'Q&A engine alone'],
  ['startup', 'Start-up'],
  ['memory', 'Memory'],
  ['fanout', 'Digest fan-out through discord.js to the emulator (50 req/s global, 5 msgs / 5 s per channel)'],
  ['scheduler.tick', 'Scheduler overhead, instant fake sender'],
  ['scaleout.fanout', 'Scale-out: digest fan-out from 3 instances on one PostgreSQL, without and with the shared REST proxy'],
  ['scaleout.interactions', 'Scale-out: HTTP interactions answered with p99 < 100 ms (request → response)'],
];

function fmt(value: number, unit: string): string {
  if (unit === 'ratio') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'count') return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function sectionOf(name: string): string {
  return SECTIONS.find(([p]) => name.startsWith(`${p}.`) || name === p)?.[1] ?? 'Other';
}

/** Rows for the table: a `…p50` metric and its `…p99` twin become one row. */
function rows(metrics: Metric[]): Row[] {
  const byName = new Map(metrics.map((m) => [m.name, m]));
  const used = new Set<string>();
  const out: Row[] = [];
  for (const m of metrics) {
    if (used.has(m.name)) continue;
    const twin = m.name.includes('.p50') ? byName.get(m.name.replace('.p50', '.p99')) : undefined;
    if (twin) {
      used.add(twin.name);
      const label = (m.label ?? m.name).replace(/ ?p50/, '').replace('()', '').trim();
      out.push({
        section: sectionOf(m.name),
        label,
        value: `p50 ${fmt(m.value, m.unit)} · p99 ${fmt(twin.value, twin.unit)}`,
        target: twin.target ? `p99 ${twin.target.text}` : '',
        ok: twin.target ? (twin.target.met ? '✓' : '✗') : '',
      });
      continue;
    }
    out.push({
      section: sectionOf(m.name),
      label: m.label ?? m.name,
      value: fmt(m.value, m.unit),
      target: m.target?.text ?? '',
      ok: m.target ? (m.target.met ? '✓' : '✗') : '',
    });
  }
  return out;
}

const width = (s: string) =>
  [...s].reduce(
    (n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1),
    0,
  );
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

export function formatTable(metrics: Metric[]): string {
  const all = rows(metrics);
  const w = {
    label: Math.max(6, ...all.map((r) => width(r.label))),
    value: Math.max(5, ...all.map((r) => width(r.value))),
    target: Math.max(6, ...all.map((r) => width(r.target))),
  };
  const line = (a: string, b: string, c: string, d: string) => `${pad(a, w.label)}  ${pad(b, w.value)}  ${pad(c, w.target)}  ${d}`;
  const out: string[] = [line('Metric', 'Value', 'Target', ''), '-'.repeat(w.label + w.value + w.target + 9)];
  const order = [...SECTIONS.map(([, t]) => t), 'Other'];
  for (const section of order) {
    const inSection = all.filter((r) => r.section === section);
    if (inSection.length === 0) continue;
    out.push('', `== ${section}`);
    for (const r of inSection) out.push(line(r.label, r.value, r.target, r.ok));
  }
  const targeted = metrics.filter((m) => m.target);
  const met = targeted.filter((m) => m.target!.met).length;
  out.push('', `Targets met: ${met}/${targeted.length}`);
  return out.join('\n');
}
