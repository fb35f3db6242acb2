import { existsSync } from 'node:fs';
import { editionOf } from '../editions/edition.ts';
import type { Briefing } from './schema.ts';
import { briefingFiles, BriefingLoadError, displayName, loadBriefingFile, loadBriefingsByFile } from './load.ts';
import type { BriefingIssue } from './validate.ts';

/** A file that could not be (re)loaded: what is wrong with it, as `file: path: message` lines. */
export interface LoadFailure {
  file: string;
  issues: BriefingIssue[];
  /** Every problem, one `file: path: message` line each. */
  message: string;
  /** The briefing from this file that keeps serving meanwhile, if it had loaded before. */
  kept?: string;
}

/** What one reload found: briefings new or replaced (old → new), removed, and files that failed. */
export interface ReloadScan {
  /** The set to serve from now on (unchanged files keep their briefing object). */
  briefings: Briefing[];
  changed: Array<{ file: string; before?: Briefing; after: Briefing }>;
  removed: Briefing[];
  failures: LoadFailure[];
}

const failureOf = (file: string, err: unknown, kept?: Briefing): LoadFailure => {
  const issues =
    err instanceof BriefingLoadError ? err.issues : [{ path: '(file)', message: err instanceof Error ? err.message : String(err) }];
  const name = err instanceof BriefingLoadError ? err.file : displayName(file);
  return {
    file: name,
    issues,
    message: issues.map((i) => `${name}: ${i.path}: ${i.message}`).join('\n'),
    ...(kept ? { kept: kept.id } : {}),
  };
};

/**
 * The briefing files of one folder and what each last loaded as. The first load is all or nothing (the
 * bot does not start half-loaded); later scans go file by file: a valid file replaces its briefing, an
 * invalid one leaves the previous edition serving and is reported until it is fixed.
 */
export class BriefingLibrary {
  private byFile: Map<string, Briefing>;
  /** What the last scan decided, until {@link commit}. */
  private pending: Map<string, Briefing> | undefined;

  private constructor(
    readonly dir: string,
    loaded: Array<{ file: string; briefing: Briefing }>,
  ) {
    this.byFile = new Map(loaded.map((x) => [x.file, x.briefing]));
  }

  static load(dir: string): BriefingLibrary {
    return new BriefingLibrary(dir, loadBriefingsByFile(dir));
  }

  get briefings(): Briefing[] {
    return [...this.byFile.values()];
  }

  /**
   * Reads every file again and decides what to serve; commits that decision to this library only through
   * {@link commit}, so a caller can prepare everything else (indexes) before anything changes.
   */
  scan(): ReloadScan {
    const failures: LoadFailure[] = [];
    const next = new Map<string, Briefing>();
    const changed: ReloadScan['changed'] = [];
    let files: string[];
    try {
      files = briefingFiles(this.dir);
    } catch (err) {
      // The folder itself is gone or unreadable: keep serving everything.
      return { briefings: this.briefings, changed: [], removed: [], failures: [failureOf(this.dir, err)] };
    }
    for (const file of files) {
      const before = this.byFile.get(file);
      try {
        const after = loadBriefingFile(file);
        next.set(file, after);
      } catch (err) {
        // A file being replaced can vanish between listing and reading: that is not an error of its content.
        if (!existsSync(file) && before) {
          next.set(file, before);
          continue;
        }
        failures.push(failureOf(file, err, before));
        if (before) next.set(file, before);
      }
    }
    // Two files claiming one id: the file that already served it keeps it; the other is refused.
    const owner = new Map<string, string>();
    for (const [file, b] of this.byFile) if (next.get(file)?.id === b.id) owner.set(b.id, file);
    for (const [file, b] of [...next]) {
      const first = owner.get(b.id);
      if (first === undefined) owner.set(b.id, file);
      else if (first !== file) {
        next.delete(file);
        const before = this.byFile.get(file);
        if (before && before.id !== b.id) next.set(file, before);
        failures.push({
          file: displayName(file),
          issues: [{ path: 'id', message: `another file (${displayName(first)}) already has the id "${b.id}"` }],
          message: `${displayName(file)}: id: another file (${displayName(first)}) already has the id "${b.id}"`,
        });
      }
    }
    if (next.size === 0) {
      // Never serve nothing: an emptied folder keeps the last good set.
      failures.push({
        file: displayName(this.dir),
        issues: [{ path: '(folder)', message: 'no briefing files (*.yaml) found; keeping the loaded briefings' }],
        message: `${displayName(this.dir)}: (folder): no briefing files (*.yaml) found; keeping the loaded briefings`,
      });
      return { briefings: this.briefings, changed: [], removed: [], failures };
    }
    for (const [file, after] of next) {
      const before = this.byFile.get(file);
      if (before === after) continue;
      if (before && before.id === after.id && sameContent(before, after)) {
        next.set(file, before); // an edit that changes nothing keeps the object (and its indexes)
        continue;
      }
      changed.push({ file, ...(before && before.id === after.id ? { before } : {}), after });
    }
    const kept = new Set([...next.values()].map((b) => b.id));
    const removed = this.briefings.filter((b) => !kept.has(b.id));
    this.pending = next;
    return { briefings: [...next.values()], changed, removed, failures };
  }

  /** Makes the last scan's result this library's state. */
  commit(): void {
    if (this.pending) this.byFile = this.pending;
    this.pending = undefined;
  }
}

/** Same content, compared the way editions are (canonical JSON, so key order and formatting do not count). */
function sameContent(a: Briefing, b: Briefing): boolean {
  return editionOf(a).hash === editionOf(b).hash;
}
