import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cachedText } from '../../src/qa/cached-table.ts';
import { cacheFile as cedictCacheFile } from '../../src/qa/cedict.ts';
import { cacheFile as wordnetCacheFile } from '../../src/qa/wordnet.ts';
import { SortedLines } from '../../src/qa/sorted-lines.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('GIVEN a dictionary table cached in node_modules/.cache', () => {
  it('THEN the first call builds and keeps it, later calls read it, and tables built by older rules are removed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cache-'));
    dirs.push(dir);
    const old = path.join(dir, 'cedict-1.0-aaaa.tsv');
    const other = path.join(dir, 'thesaurus-1.0-bbbb.tsv');
    writeFileSync(old, 'stale');
    writeFileSync(other, 'another table');
    const file = path.join(dir, 'cedict-1.0-cccc.tsv');
    let builds = 0;
    const build = () => {
      builds++;
      return 'a\tone\nb\ttwo';
    };
    expect(cachedText(file, build)).toBe('a\tone\nb\ttwo');
    expect(cachedText(file, build)).toBe('a\tone\nb\ttwo');
    expect(builds).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('a\tone\nb\ttwo');
    expect(existsSync(old)).toBe(false);
    expect(existsSync(other)).toBe(true);
  });

  it('THEN a sorted table is searched by key, with or without values', () => {
    const t = new SortedLines('apple\tred\nbanana\nkiwi\tgreen');
    expect(t.valueAt(t.find('apple'))).toBe('red');
    expect(t.find('banana')).toBe(1);
    expect(t.valueAt(t.find('banana'))).toBe('');
    expect(t.valueAt(t.find('kiwi'))).toBe('green');
    expect(t.find('cherry')).toBe(-1);
    expect(new SortedLines('').find('x')).toBe(-1);
  });
});

describe('GIVEN the built bot (dist/) and the tests reading the same dictionaries', () => {
  it('THEN both name the same cached tables, so neither evicts the other', { timeout: 30_000 }, () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const dist = path.join(root, 'dist/src/qa');
    // dist/ is built by `npm ci` (prepare); after an edit it may be older than the sources compared here
    const built = (f: string) => (existsSync(f) ? statSync(f).mtimeMs : 0);
    const sources = ['cedict.ts', 'wordnet.ts', 'cached-table.ts', 'analyze.ts'].map((f) => built(path.join(root, 'src/qa', f)));
    if (built(path.join(dist, 'cedict.js')) < Math.max(...sources)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
    const script = `Promise.all([import('./cedict.js'), import('./wordnet.js')]).then(([c, w]) => console.log(c.cacheFile() + '\\n' + w.cacheFile()))`;
    const names = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dist, encoding: 'utf8' }).trim().split('\n');
    expect(names).toEqual([cedictCacheFile(), wordnetCacheFile()]);
  });
});
