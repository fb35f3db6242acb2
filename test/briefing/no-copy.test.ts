import { describe, expect, it } from 'vitest';
import { localizedTexts, rawBriefing, SOURCE_FILE, sourceText } from './helpers.ts';

/**
 * Our texts must be written in our own words: no English text may share a run of 6 consecutive
 * words with the source, and no Chinese text a run of 20 consecutive Chinese characters (digits
 * included, punctuation and spaces ignored). A short quotation in curly quotes (“…”, at most
 * QUOTE_MAX words) is the source's words by design, so runs are counted on either side of it,
 * never through it; a longer quotation counts as our own text.
 */
const EN_RUN = 6;
const ZH_RUN = 20;
const QUOTE_MAX = 8;

const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** The English text cut into the stretches that must be our own words: short quotations removed. */
function ownStretches(text: string): string[][] {
  const out: string[][] = [];
  let rest = text;
  for (const m of text.matchAll(/“([^”]*)”/g)) {
    if (words(m[1]!).length > QUOTE_MAX) continue;
    const [before, after] = [rest.slice(0, rest.indexOf(m[0])), rest.slice(rest.indexOf(m[0]) + m[0].length)];
    out.push(words(before));
    rest = after;
  }
  out.push(words(rest));
  return out;
}
const hanStream = (s: string) => (s.normalize('NFKC').match(/[\p{Script=Han}0-9]/gu) ?? []).join('');

function grams<T>(seq: T[], n: number, join: (xs: T[]) => string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= seq.length; i++) out.add(join(seq.slice(i, i + n)));
  return out;
}

/** The first run of `n` units of `text` that also occurs in the source, if any. */
export function copiedRun(text: string, source: { en: Set<string>; zh: Set<string> }, lang: 'en' | 'zh'): string | undefined {
  if (lang === 'en') {
    for (const w of ownStretches(text)) {
      for (let i = 0; i + EN_RUN <= w.length; i++) {
        const g = w.slice(i, i + EN_RUN).join(' ');
        if (source.en.has(g)) return g;
      }
    }
    return undefined;
  }
  const h = [...hanStream(text)];
  for (let i = 0; i + ZH_RUN <= h.length; i++) {
    const g = h.slice(i, i + ZH_RUN).join('');
    if (source.zh.has(g)) return g;
  }
  return undefined;
}

const text = sourceText();
if (text === undefined) console.warn(`source text not found at ${SOURCE_FILE}: skipping the no-copy check`);

describe.runIf(text !== undefined)('no copying from the source', () => {
  const source = {
    en: grams(words(text ?? ''), EN_RUN, (xs) => xs.join(' ')),
    zh: grams([...hanStream(text ?? '')], ZH_RUN, (xs) => xs.join('')),
  };

  it('detects a copied sentence (self-test)', () => {
    expect(
      copiedRun(
        'As the source put it: the direct communication between the high-level officials of the United States and Russia set the tone.',
        source,
        'en',
      ),
    ).toBeDefined();
    expect(
      copiedRun('原文称：俄罗斯对乌克兰首都基辅发动大规模空袭，近500架无人机与40枚导弹的密集打击造成大范围断电。', source, 'zh'),
    ).toBeDefined();
  });

  it("catches a run of six words copied with the source's clause order, but not of five", () => {
    expect(copiedRun("Whether it works depends on Russia's attitude and on Washington.", source, 'en')).toBe(
      'depends on russia s attitude and',
    );
    expect(copiedRun("Whether it works depends on Russia's attitude, then on Washington.", source, 'en')).toBeUndefined();
  });

  it('lets a short quotation through, but not a run that continues past it or a long quotation', () => {
    expect(copiedRun('Trump said “we are very close, maybe very close”.', source, 'en')).toBeUndefined();
    expect(
      copiedRun('Trump said “we are very close, maybe very close” and expressed confidence that we will reach a deal.', source, 'en'),
    ).toBe('and expressed confidence that we will');
    expect(
      copiedRun('The article says “the evolution of the two plans essentially reflects the concentrated manifestation”.', source, 'en'),
    ).toBeDefined();
  });

  const texts = localizedTexts(rawBriefing());
  it.each(texts.map((t) => [t.path, t.text] as const))('%s is in our own words', (_path, t) => {
    expect(copiedRun(t.en, source, 'en'), t.en).toBeUndefined();
    expect(copiedRun(t.zh, source, 'zh'), t.zh).toBeUndefined();
  });
});

describe.skipIf(text !== undefined)('no copying from the source (skipped)', () => {
  it.skip(`source text missing at ${SOURCE_FILE}`, () => {});
});
