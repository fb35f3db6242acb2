/** The scaled briefing (test/fixtures/scaled-briefing.ts) on disk, and its size, for the growth benchmarks. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Briefing } from '../../src/briefing/schema.ts';

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
