import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { briefingFiles, BriefingLoadError, DEFAULT_BRIEFINGS_DIR, displayName, idClashes, loadBriefingFile } from './load.ts';
import type { Briefing } from './schema.ts';
import { splitSourceSections } from './source-text.ts';
import { JSON_SCHEMA_FILE, jsonSchemaIsCurrent } from './write-json-schema.ts';
import { fromRoot } from '../paths.ts';

/**
 * What `npm run briefing:check [dir]` (src/briefing-check.ts) runs: validates every briefing in `briefings/` (or `dir`),
 * printing one line per problem (`briefings/x.yaml: path: message`) and exiting 1 on any; otherwise one OK line per briefing.
 * When the source article is on disk (beside the briefing file, or in ../shared/source/ next to the repo), also
 * checks that every outline heading is found and every figure's evidence occurs in its cited section.
 */

export const SOURCE_DIRS = [fromRoot('..', 'shared', 'source')];

export function summarize(b: Briefing): string {
  const facts =
    [...b.sections, ...b.stickingPoints].reduce((n, t) => n + t.facts.length, 0) + b.plans.reduce((n, p) => n + p.facts.length, 0);
  const counts: Array<[number, string]> = [
    [b.actors.length, 'actors'],
    [b.sections.length, 'sections'],
    [b.stickingPoints.length, 'sticking points'],
    [facts, 'facts'],
    [b.stickingPoints.reduce((n, s) => n + s.positions.length, 0), 'positions'],
    [b.plans.length, 'plans'],
    [b.plans.reduce((n, p) => n + p.provisions.length, 0), 'provisions'],
    [b.risks.length, 'risks'],
    [b.positiveSignals.length, 'positive signals'],
    [b.timeline.length, 'events'],
    [b.figures.length, 'figures'],
  ];
  return counts.map(([n, what]) => `${n} ${what}`).join(', ');
}

/** Problems found by comparing a valid briefing with its source text: `path: message` strings. */
export function sourceIssues(b: Briefing, text: string): string[] {
  let sections: Map<string, string>;
  try {
    sections = splitSourceSections(text, b.source);
  } catch (err) {
    const i = b.source.outline.findIndex((s) => (err as Error).message.includes(`for ${s.id} `));
    return [`source.outline[${Math.max(0, i)}].heading: ${(err as Error).message}`];
  }
  const issues: string[] = [];
  b.figures.forEach((f, i) => {
    if (f.evidence === undefined) return;
    if (!(sections.get(f.cite) ?? '').includes(f.evidence)) {
      issues.push(`figures[${i}].evidence: "${f.evidence}" does not occur in source section ${f.cite}`);
    }
  });
  return issues;
}

/**
 * The source article of a briefing: `source.file` inside one of `dirs`. A name that leads outside them
 * (`../../etc/passwd`, an absolute path, a symlink out) is a problem, and nothing is read.
 */
export function findSource(b: Briefing, dirs = SOURCE_DIRS): { file?: string; problem?: string } {
  const name = b.source.file;
  for (const dir of dirs) {
    const candidate = path.resolve(dir, name);
    if (!inside(dir, candidate)) {
      return {
        problem: `source.file: "${name}" is outside the source folders; give the name of a file in ${dirs.map(displayName).join(' or ')}`,
      };
    }
    if (!existsSync(candidate)) continue;
    // The name may stay inside while a symlink on the way leads out.
    if (!inside(realpathSync(dir), realpathSync(candidate)))
      return { problem: `source.file: "${name}" leads outside the source folders (a symbolic link)` };
    return { file: candidate };
  }
  return {};
}

function inside(dir: string, file: string): boolean {
  const r = path.relative(path.resolve(dir), file);
  return r !== '' && !r.startsWith('..') && !path.isAbsolute(r);
}

/** Checks every briefing in `dir` (default `briefings/`); returns the exit code. */
export function main(dir = DEFAULT_BRIEFINGS_DIR): number {
  const lines: string[] = [];
  let failed = false;
  const files = briefingFiles(dir);
  if (files.length === 0) {
    console.error(`${displayName(dir)}: no briefing files (*.yaml) found`);
    return 1;
  }
  const loaded = files.map((file) => {
    try {
      return { file, briefing: loadBriefingFile(file) };
    } catch (err) {
      if (!(err instanceof BriefingLoadError)) throw err;
      return { file, error: err };
    }
  });
  const clashes = new Map(
    idClashes(loaded.flatMap(({ file, briefing }) => (briefing ? [{ file, id: briefing.id }] : []))).map((c) => [c.file, c.firstFile]),
  );
  for (const { file, briefing: b, error } of loaded) {
    const name = displayName(file);
    if (!b) {
      failed = true;
      lines.push(error!.message);
      continue;
    }
    const clash = clashes.get(file);
    if (clash !== undefined) {
      failed = true;
      lines.push(`${name}: id: "${b.id}" is already the id of ${displayName(clash)}; each briefing needs its own id`);
      continue;
    }
    const found = findSource(b, [path.dirname(file), ...SOURCE_DIRS]);
    const source = found.file;
    const problems = found.problem ? [found.problem] : source ? sourceIssues(b, readFileSync(source, 'utf8')) : [];
    if (problems.length > 0) {
      failed = true;
      lines.push(...problems.map((p) => `${name}: ${p}`));
      continue;
    }
    lines.push(
      `${name}: OK (${summarize(b)})${source ? '; figures checked against the source text' : '; source text not found, evidence not checked'}`,
    );
  }
  if (!jsonSchemaIsCurrent()) {
    failed = true;
    lines.push(`${displayName(JSON_SCHEMA_FILE)}: (root): stale or missing; run \`npm run briefing:schema\``);
  }
  for (const line of lines) (failed && !line.includes(': OK (') ? console.error : console.log)(line);
  return failed ? 1 : 0;
}
