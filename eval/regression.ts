/**
 * The regression set for `/ask` (`eval/regression-set.yaml`): questions written by the engine's first
 * authors in the briefing's own vocabulary, labelled with the item ids that answer them. Kept to
 * catch regressions; the blind sets (blind.ts) are what quality is reported on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load as parse } from 'js-yaml';
import { z } from 'zod';
import type { Briefing, Lang } from '../src/briefing/schema.ts';
import { createQaEngine, type QaResult, type QaThresholds } from '../src/qa/engine.ts';

export const DEFAULT_EVAL_SET = fileURLToPath(new URL('./regression-set.yaml', import.meta.url));

const EvalQuestionSchema = z.strictObject({
  q: z.string().min(1),
  /** Language the answer must be in; defaults to zh when the question has Han characters. */
  lang: z.enum(['en', 'zh']).optional(),
  locale: z.string().optional(),
  split: z.enum(['dev', 'holdout']).default('dev'),
  outOfScope: z.boolean().default(false),
  expect: z
    .strictObject({
      /** Acceptable item ids for a correct answer. */
      anyItem: z.array(z.string()).optional(),
      /** Every string must occur in the answer text (case-insensitive). */
      contains: z.array(z.string()).optional(),
    })
    .optional(),
  note: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

export const EvalSetSchema = z.strictObject({ questions: z.array(EvalQuestionSchema).min(1) });

export function loadEvalSet(file = DEFAULT_EVAL_SET): EvalQuestion[] {
  const data = EvalSetSchema.parse(parse(readFileSync(file, 'utf8')));
  for (const q of data.questions) {
    if (!q.outOfScope && !q.expect?.anyItem?.length && !q.expect?.contains?.length)
      throw new Error(`eval question without expectation: ${q.q}`);
  }
  return data.questions;
}

export const TARGETS = { top1: 0.9, top3: 0.97, refusal: 0.9, wrongRefusal: 0.05 } as const;

export interface GroupMetrics {
  n: number;
  top1: number;
  top3: number;
  /** in-scope answered as not-covered */
  wrongRefusal: number;
  /** in-scope answered as unsure */
  unsure: number;
  /** answer language as expected */
  langOk: number;
}

export interface EvalCase {
  question: EvalQuestion;
  result: QaResult;
  lang: Lang;
  top1: boolean;
  top3: boolean;
  refused: boolean;
}

export interface EvalReport {
  inScope: Record<'all' | Lang, GroupMetrics>;
  bySplit: Record<'dev' | 'holdout', Record<'all' | Lang, GroupMetrics>>;
  outOfScope: { n: number; refusal: number; notAnswered: number; bySplit: Record<'dev' | 'holdout', { n: number; refusal: number }> };
  cases: EvalCase[];
  buildMs: number;
  buildWarmCpuMs: number;
  queryP50Ms: number;
  queryP99Ms: number;
  pass: boolean;
  failures: string[];
}

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

function matches(q: EvalQuestion, a: { itemId: string; text: string } | undefined): boolean {
  if (!a || !q.expect) return false;
  if (q.expect.anyItem?.length && !q.expect.anyItem.includes(a.itemId)) return false;
  const text = a.text.toLowerCase();
  return (q.expect.contains ?? []).every((c) => text.includes(c.toLowerCase()));
}

function metrics(cases: EvalCase[]): GroupMetrics {
  const n = cases.length;
  const share = (f: (c: EvalCase) => boolean) => (n === 0 ? 1 : cases.filter(f).length / n);
  return {
    n,
    top1: share((c) => c.top1),
    top3: share((c) => c.top3),
    wrongRefusal: n === 0 ? 0 : share((c) => c.result.status === 'not-covered'),
    unsure: n === 0 ? 0 : share((c) => c.result.status === 'unsure'),
    langOk: share((c) => c.result.lang === c.lang),
  };
}

export function evaluate(briefing: Briefing, questions: EvalQuestion[], thresholds?: QaThresholds): EvalReport {
  const t0 = performance.now();
  const engine = createQaEngine(briefing, thresholds);
  const buildMs = performance.now() - t0;
  // warm builds, CPU time (wall-clock time is noisy on a shared machine)
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let buildWarmCpuMs = Infinity;
  for (let i = 0; i < 3; i++) {
    const c = cpuMs();
    createQaEngine(briefing, thresholds);
    buildWarmCpuMs = Math.min(buildWarmCpuMs, cpuMs() - c);
  }
  const times: number[] = [];
  const cases: EvalCase[] = questions.map((question) => {
    const s = performance.now();
    const result = engine.ask(question.q, question.locale !== undefined ? { locale: question.locale } : {});
    times.push(performance.now() - s);
    const answered = result.status === 'answered';
    return {
      question,
      result,
      lang: question.lang ?? (hasHan(question.q) ? 'zh' : 'en'),
      top1: answered && matches(question, result.answers[0]),
      top3: answered && result.answers.slice(0, 3).some((a) => matches(question, a)),
      refused: result.status === 'not-covered',
    };
  });
  // timing again, warm, over every question a few times
  const warm: number[] = [];
  for (let r = 0; r < 5; r++) {
    for (const q of questions) {
      const s = performance.now();
      engine.ask(q.q);
      warm.push(performance.now() - s);
    }
  }
  warm.sort((a, b) => a - b);
  const pct = (p: number) => warm[Math.min(warm.length - 1, Math.floor(p * warm.length))] ?? 0;

  const group = (pred: (c: EvalCase) => boolean) => {
    const sel = cases.filter((c) => !c.question.outOfScope && pred(c));
    return { all: metrics(sel), en: metrics(sel.filter((c) => c.lang === 'en')), zh: metrics(sel.filter((c) => c.lang === 'zh')) };
  };
  const oos = cases.filter((c) => c.question.outOfScope);
  const oosSplit = (split: 'dev' | 'holdout') => {
    const sel = oos.filter((c) => c.question.split === split);
    return { n: sel.length, refusal: sel.length === 0 ? 1 : sel.filter((c) => c.refused).length / sel.length };
  };
  const inScope = group(() => true);
  const outOfScope = {
    n: oos.length,
    refusal: oos.length === 0 ? 1 : oos.filter((c) => c.refused).length / oos.length,
    notAnswered: oos.length === 0 ? 1 : oos.filter((c) => c.result.status !== 'answered').length / oos.length,
    bySplit: { dev: oosSplit('dev'), holdout: oosSplit('holdout') },
  };
  const failures: string[] = [];
  for (const lang of ['en', 'zh'] as const) {
    if (inScope[lang].top1 < TARGETS.top1) failures.push(`top-1 ${lang} ${pct100(inScope[lang].top1)} < ${pct100(TARGETS.top1)}`);
  }
  if (inScope.all.top3 < TARGETS.top3) failures.push(`top-3 ${pct100(inScope.all.top3)} < ${pct100(TARGETS.top3)}`);
  if (outOfScope.refusal < TARGETS.refusal)
    failures.push(`out-of-scope refusal ${pct100(outOfScope.refusal)} < ${pct100(TARGETS.refusal)}`);
  if (inScope.all.wrongRefusal > TARGETS.wrongRefusal)
    failures.push(`in-scope wrongly refused ${pct100(inScope.all.wrongRefusal)} > ${pct100(TARGETS.wrongRefusal)}`);
  return {
    inScope,
    bySplit: { dev: group((c) => c.question.split === 'dev'), holdout: group((c) => c.question.split === 'holdout') },
    outOfScope,
    cases,
    buildMs,
    buildWarmCpuMs,
    queryP50Ms: pct(0.5),
    queryP99Ms: pct(0.99),
    pass: failures.length === 0,
    failures,
  };
}

const pct100 = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatReport(r: EvalReport): string {
  const lines: string[] = [];
  const row = (label: string, m: GroupMetrics) =>
    `${label.padEnd(16)} n=${String(m.n).padStart(3)}  top-1 ${pct100(m.top1).padStart(6)}  top-3 ${pct100(m.top3).padStart(6)}  unsure ${pct100(m.unsure).padStart(6)}  wrongly refused ${pct100(m.wrongRefusal).padStart(6)}  lang ${pct100(m.langOk).padStart(6)}`;
  lines.push('In-scope questions');
  for (const [name, g] of [
    ['all', r.inScope],
    ['dev', r.bySplit.dev],
    ['holdout', r.bySplit.holdout],
  ] as const) {
    lines.push(row(`  ${name}`, g.all), row(`  ${name} / en`, g.en), row(`  ${name} / zh`, g.zh));
  }
  lines.push(
    `Out-of-scope     n=${String(r.outOfScope.n).padStart(3)}  refused (not-covered) ${pct100(r.outOfScope.refusal)}  not answered (incl. unsure) ${pct100(r.outOfScope.notAnswered)}` +
      `  [dev ${pct100(r.outOfScope.bySplit.dev.refusal)} of ${r.outOfScope.bySplit.dev.n}, holdout ${pct100(r.outOfScope.bySplit.holdout.refusal)} of ${r.outOfScope.bySplit.holdout.n}]`,
  );
  lines.push(
    `Index build ${r.buildMs.toFixed(1)} ms (cold, wall), ${r.buildWarmCpuMs.toFixed(1)} ms (warm, CPU); query p50 ${r.queryP50Ms.toFixed(2)} ms, p99 ${r.queryP99Ms.toFixed(2)} ms (warm)`,
  );
  lines.push(
    `Targets: top-1 ≥ ${pct100(TARGETS.top1)} per language, top-3 ≥ ${pct100(TARGETS.top3)}, refusal ≥ ${pct100(TARGETS.refusal)}, wrongly refused ≤ ${pct100(TARGETS.wrongRefusal)} → ${r.pass ? 'PASS' : `FAIL (${r.failures.join('; ')})`}`,
  );
  return lines.join('\n');
}

export function formatFailures(r: EvalReport, includeHoldout: boolean): string {
  const out: string[] = [];
  for (const c of r.cases) {
    if (c.question.split === 'holdout' && !includeHoldout) continue;
    const ok = c.question.outOfScope ? c.refused : c.top1 && c.result.lang === c.lang;
    if (ok) continue;
    const first = c.result.answers[0];
    out.push(
      `✗ [${c.question.split}] ${c.question.q}\n    ${c.result.status} lang=${c.result.lang}` +
        `${c.question.outOfScope ? ' (out of scope)' : `  expected ${JSON.stringify(c.question.expect)}`}` +
        `${first ? `\n    got: ${c.result.answers.map((a) => a.itemId).join(', ')} — ${first.text.slice(0, 100)}` : ''}`,
    );
  }
  return out.join('\n');
}
