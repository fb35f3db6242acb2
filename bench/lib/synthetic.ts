/**
 * A synthetic briefing N× the size of a real one, for growth benchmarks: every collection is cloned N
 * times with suffixed ids (`territory`, `territory-x2`, … `territory-x10`), references inside copy k point
 * at copy k, and the result still passes `validateBriefing` (schema + cross-checks).
 *
 * Sections are not cloned (the presentation block names them by id); their facts are (N× facts each).
 * Texts are the original texts (copy k of a topic/actor/plan gets a " #k" suffix on its title/name and
 * aliases so names stay unique), so the Q&A vocabulary stays about the same while postings grow N×.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Briefing, LocalizedText } from '../../src/briefing/schema.ts';
import { validateBriefing } from '../../src/briefing/validate.ts';

export function scaleBriefing(original: Briefing, factor: number): Briefing {
  if (!Number.isInteger(factor) || factor < 1) throw new Error('factor must be a positive integer');
  const b = structuredClone(original);
  const SECTIONS = new Set(original.sections.map((s) => s.id));
  const copies = Array.from({ length: factor }, (_, k) => k);
  /** Id of copy k (copy 0 keeps the original id). */
  const sfx = (id: string, k: number) => (k === 0 ? id : `${id}-x${k + 1}`);
  /** Topic references: sections are not cloned, so they keep their ids. */
  const topicRef = (id: string, k: number) => (SECTIONS.has(id) ? id : sfx(id, k));
  const name = (t: LocalizedText, k: number): LocalizedText => (k === 0 ? t : { en: `${t.en} #${k + 1}`, zh: `${t.zh} #${k + 1}` });
  const aliases = (list: string[], k: number) => (k === 0 ? list : list.map((a) => `${a} #${k + 1}`));
  const fact = <T extends { id: string; by?: string | undefined }>(f: T, k: number): T => ({ ...structuredClone(f), id: sfx(f.id, k), ...(f.by !== undefined ? { by: sfx(f.by, k) } : {}) });
  const many = <T>(list: T[], clone: (item: T, k: number) => T): T[] => copies.flatMap((k) => list.map((item) => clone(item, k)));

  b.id = `${original.id}-x${factor}`;
  b.actors = many(original.actors, (a, k) => ({
    ...structuredClone(a),
    id: sfx(a.id, k),
    name: name(a.name, k),
    aliases: aliases(a.aliases, k),
    sourceSpellings: aliases(a.sourceSpellings, k),
    ...(a.affiliation !== undefined ? { affiliation: sfx(a.affiliation, k) } : {}),
    ...(a.delegation !== undefined ? { delegation: sfx(a.delegation, k) } : {}),
  }));
  b.sections = original.sections.map((s) => ({ ...structuredClone(s), facts: many(s.facts, fact) }));
  b.stickingPoints = many(original.stickingPoints, (s, k) => ({
    ...structuredClone(s),
    id: sfx(s.id, k),
    title: name(s.title, k),
    aliases: aliases(s.aliases, k),
    facts: s.facts.map((f) => fact(f, k)),
    related: s.related.map((r) => topicRef(r, k)),
    positions: s.positions.map((p) => ({ ...structuredClone(p), id: sfx(p.id, k), actor: sfx(p.actor, k) })),
  }));
  b.plans = many(original.plans, (p, k) => ({
    ...structuredClone(p),
    id: sfx(p.id, k),
    name: name(p.name, k),
    aliases: aliases(p.aliases, k),
    draftedBy: p.draftedBy.map((a) => sfx(a, k)),
    ...(p.publishedBy !== undefined ? { publishedBy: sfx(p.publishedBy, k) } : {}),
    facts: p.facts.map((f) => fact(f, k)),
    provisions: p.provisions.map((v) => ({ ...structuredClone(v), id: sfx(v.id, k), topic: topicRef(v.topic, k) })),
  }));
  const maxRank = Math.max(0, ...original.risks.map((r) => r.rank));
  b.risks = many(original.risks, (r, k) => ({ ...structuredClone(r), id: sfx(r.id, k), rank: r.rank + k * maxRank, title: name(r.title, k), topics: r.topics.map((t) => topicRef(t, k)) }));
  b.positiveSignals = many(original.positiveSignals, fact);
  b.timeline = many(original.timeline, (e, k) => ({ ...fact(e, k), topics: e.topics.map((t) => topicRef(t, k)) }));
  b.figures = many(original.figures, (f, k) => ({ ...fact(f, k), topics: f.topics.map((t) => topicRef(t, k)) }));

  const checked = validateBriefing(b);
  if (!checked.ok) {
    throw new Error(`synthetic briefing does not validate:\n${checked.issues.slice(0, 10).map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  }
  return checked.briefing;
}

/** Writes a briefing as a one-file briefings folder (JSON is valid YAML) and returns the folder. */
export function writeBriefingDir(b: Briefing): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefing-bench-'));
  writeFileSync(path.join(dir, `${b.id}.yaml`), JSON.stringify(b));
  return dir;
}

/** Sizes reported in benchmark conditions. */
export interface BriefingSize {
  actors: number;
  topics: number;
  facts: number;
  positions: number;
  plans: number;
  provisions: number;
  risks: number;
  timeline: number;
  figures: number;
  jsonBytes: number;
}

export function briefingSize(b: Briefing): BriefingSize {
  const facts = (list: Array<{ facts: unknown[] }>) => list.reduce((n, t) => n + t.facts.length, 0);
  return {
    actors: b.actors.length,
    topics: b.sections.length + b.stickingPoints.length,
    facts: facts(b.sections) + facts(b.stickingPoints) + facts(b.plans),
    positions: b.stickingPoints.reduce((n, s) => n + s.positions.length, 0),
    plans: b.plans.length,
    provisions: b.plans.reduce((n, p) => n + p.provisions.length, 0),
    risks: b.risks.length,
    timeline: b.timeline.length,
    figures: b.figures.length,
    jsonBytes: JSON.stringify(b).length,
  };
}
