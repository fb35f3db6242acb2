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

/**
 * Files whose briefing id an earlier file already has, each with that earlier file: ids are unique in a folder.
 * Ordered by the earlier file, so the first clash names the first id that is taken twice.
 */
export function idClashes(loaded: ReadonlyArray<{ file: string; id: string }>): Array<{ file: string; id: string; firstFile: string }> {
  const first = new Map<string, number>();
  const clashes: Array<{ file: string; id: string; firstFile: string; at: number }> = [];
  loaded.forEach(({ file, id }, i) => {
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else clashes.push({ file, id, firstFile: loaded[at]!.file, at });
  });
  return clashes.sort((a, b) => a.at - b.at).map(({ file, id, firstFile }) => ({ file, id, firstFile }));
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
  const [clash] = idClashes(loaded.map(({ file, briefing }) => ({ file, id: briefing.id })));
  if (clash) throw new Error(`${dir}: two briefings share the id "${clash.id}"`);
  if (loaded.length === 0) throw new Error(`${dir}: no briefing files (*.yaml) found`);
  return loaded;
}
