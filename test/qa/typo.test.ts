import { describe, expect, it } from 'vitest';
import { TypoMender } from '../../src/qa/typo.ts';
import { matchForm } from '../../src/qa/analyze.ts';

const texts = ['The meeting was a starting point on the battlefield.', 'Talks on the battle plan.'];
const indexed = new Set(
  texts.flatMap((t) =>
    t
      .toLowerCase()
      .match(/[a-z]+/g)!
      .map(matchForm),
  ),
);
const mender = new TypoMender(texts, (s) => indexed.has(s));

describe('TypoMender', () => {
  it('mends a typo one edit from the written word even when it is two from the stem', () => {
    expect(mender.mend('meetng')).toBe(matchForm('meeting'));
    expect(mender.mend('startng')).toBe(matchForm('starting'));
  });
  it('counts an adjacent swap as one edit and allows two in long words', () => {
    expect(mender.mend('battlefeild')).toBe(matchForm('battlefield'));
  });
  it('leaves short words, unknown words and words close to two different ones alone', () => {
    expect(mender.mend('meet')).toBeUndefined();
    expect(mender.mend('zebras')).toBeUndefined();
    const ambiguous = new TypoMender(['cart', 'card'], () => true);
    expect(ambiguous.mend('carts')).toBe(matchForm('cart'));
    expect(new TypoMender(['bands', 'bonds'], () => true).mend('bynds')).toBeUndefined();
  });
});
