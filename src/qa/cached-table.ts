/**
 * A table derived from a dictionary package, kept in node_modules/.cache/briefing-bot so that only the
 * first process (or `npm run build`) pays for reading the dictionary. The file name carries the
 * package version and a hash of the rules that built it; older tables of the same name are removed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A short hash naming the rules that build a table: a hand-kept version of the build code plus the constants it reads.
 * Not the functions' source text: `tsx`, vitest and the built `dist/` print the same function differently, and a name
 * that differs between them would make each evict the others' table.
 */
export function rulesHash(parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 12);
}

/** The cached text at `file`, or `build()`'s, written there for later processes when the folder is writable. */
export function cachedText(file: string, build: () => string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // no cache yet (or an unreadable one): build it
  }
  const text = build();
  try {
    const dir = path.dirname(file);
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, file);
    // the same table built by earlier rules or versions: `<name>-<version>-<rules>.tsv`
    const family = path.basename(file).split('-')[0]!;
    for (const f of readdirSync(dir))
      if (f.startsWith(`${family}-`) && f !== path.basename(file) && !f.endsWith('.tmp')) rmSync(path.join(dir, f), { force: true });
  } catch {
    // a read-only install still works; it reads the dictionary each time
  }
  return text;
}
