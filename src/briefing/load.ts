import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load as parseYaml, YAMLException } from 'js-yaml';
import type { Briefing } from './schema.ts';
import { validateBriefing, type BriefingIssue } from './validate.ts';
import { bytesIssue, fileSizeIssue, sizeIssue } from './bounds.ts';
import { fromRoot } from '../paths.ts';

export const DEFAULT_BRIEFINGS_DIR = fromRoot('briefings');

/** A briefing file that failed to load; `message` lists every problem, one per line. */
export class BriefingLoadError extends Error {
  constructor(
    readonly file: string,
    readonly issues: BriefingIssue[],
  ) {
    super(issues.map((i) => `${file}: ${i.path}: ${i.message}`).join('\n'));
    this.name = 'BriefingLoadError';
  }
}

/** Shown in errors: relative to the working directory when that is shorter. */
export function displayName(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

export function parseBriefingText(text: string, file: string): Briefing {
  let data: unknown;
  try {
    // The core schema keeps dates such as 2025-12-28 as strings; duplicate keys are errors.
    data = parseYaml(text, { schema: CORE_SCHEMA, filename: file });
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    throw new BriefingLoadError(file, [{ path: `line ${err.mark ? err.mark.line + 1 : '?'}`, message: err.reason }]);
  }
  const tooBig = sizeIssue(data);
  if (tooBig) throw new BriefingLoadError(file, [tooBig]);
  const result = validateBriefing(data);
  if (!result.ok) throw new BriefingLoadError(file, result.issues);
  return result.briefing;
}

export function loadBriefingFile(file: string): Briefing {
  const tooBig = fileSizeIssue(statSync(file).size);
  if (tooBig) throw new BriefingLoadError(displayName(file), [tooBig]);
  const bytes = readFileSync(file);
  const bad = bytesIssue(bytes);
  if (bad) throw new BriefingLoadError(displayName(file), [bad]);
  return parseBriefingText(bytes.toString('utf8'), displayName(file));
}

export function briefingFiles(dir = DEFAULT_BRIEFINGS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Loads every briefing in a folder; one bad file fails the whole load (never half-loaded). */
export function loadBriefings(dir = DEFAULT_BRIEFINGS_DIR): Briefing[] {
  return loadBriefingsByFile(dir).map((x) => x.briefing);
}

/** {@link loadBriefings}, keeping which file each briefing came from (reloads replace them file by file). */
export function loadBriefingsByFile(dir = DEFAULT_BRIEFINGS_DIR): Array<{ file: string; briefing: Briefing }> {
  const errors: BriefingLoadError[] = [];
  const loaded: Array<{ file: string; briefing: Briefing }> = [];
  for (const file of briefingFiles(dir)) {
    try {
      loaded.push({ file, briefing: loadBriefingFile(file) });
    } catch (err) {
      if (err instanceof BriefingLoadError) errors.push(err);
      else throw err;
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));
  const ids = new Map<string, number>();
  for (const { briefing: b } of loaded) ids.set(b.id, (ids.get(b.id) ?? 0) + 1);
  const dup = [...ids].find(([, n]) => n > 1);
  if (dup) throw new Error(`${dir}: two briefings share the id "${dup[0]}"`);
  if (loaded.length === 0) throw new Error(`${dir}: no briefing files (*.yaml) found`);
  return loaded;
}
