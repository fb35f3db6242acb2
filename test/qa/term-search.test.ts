import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { type TermLookup, TermSearch } from '../../src/qa/term-search.ts';

const docs = [
  { id: 0, en: 'security guarantee for fifteen years', zh: '安全 保障' },
  { id: 1, en: 'guarantees of security and a ceasefire', zh: '停火' },
  { id: 2, en: 'the ceasefire line and the security zone', zh: '安全 区' },
  { id: 3, en: 'reconstruction funds', zh: '重建' },
];
const index = new MiniSearch<(typeof docs)[number]>({
  fields: ['en', 'zh'],
  tokenize: (s) => s.split(' ').filter(Boolean),
  processTerm: (t) => t,
  searchOptions: { boost: { en: 1, zh: 1.5 } },
});
index.addAll(docs);
const weights = { fuzzy: 0.5, prefix: 0.4 };
const lookup: Record<string, TermLookup> = {
  security: { fuzzy: false, prefix: false, boost: 1 },
  guarante: { fuzzy: 1, prefix: true, boost: 1 },
  ceasfire: { fuzzy: 1, prefix: false, boost: 0.5 },
  安全: { fuzzy: false, prefix: false, boost: 1.3 },
};

describe('TermSearch', () => {
  it('scores a question term by term exactly as MiniSearch scores the whole OR query', () => {
    const terms = Object.keys(lookup);
    const whole = index.search(terms.join(' '), {
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t,
      fuzzy: (t) => lookup[t]!.fuzzy,
      prefix: (t) => lookup[t]!.prefix,
      boostTerm: (t) => lookup[t]!.boost,
      weights,
    });
    const byTerm = new TermSearch(index, weights).search(terms, (t) => lookup[t]!);
    expect(byTerm.map((h) => [h.id, h.score, h.queryTerms])).toEqual(whole.map((h) => [h.id, h.score, h.queryTerms]));
    expect(byTerm.map((h) => h.id).sort()).toEqual([0, 1, 2]);
  });
  it('gives the same answer the second time, from its remembered terms, and nothing for an unknown term', () => {
    const search = new TermSearch(index, weights);
    const first = search.search(['security', '安全'], (t) => lookup[t]!);
    expect(search.search(['security', '安全'], (t) => lookup[t]!)).toEqual(first);
    expect(search.search(['zebra'], () => ({ fuzzy: false, prefix: false, boost: 1 }))).toEqual([]);
  });
});
