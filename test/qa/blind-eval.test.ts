import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { createQaEngine } from '../../src/qa/engine.ts';
import {
  BLIND_TARGETS,
  blindTargetFailures,
  evaluateBlind,
  formatBlindReport,
  loadBlindSet,
  scoreBlind,
  statesDatum,
} from '../../eval/blind.ts';

const file = (half: string) => fileURLToPath(new URL(`./blind/${half}.yaml`, import.meta.url));

/**
 * Floors measured on the sealed half (2026-12-01: top-1 84.2 % en / 82.2 % zh, top-3 91.1 / 90.1 %, out-of-scope
 * declined 82.5 %; raised 2026-12-02 to top-1 86.1 / 88.1 %, top-3 93.1 / 94.1 %, declined 85.0 %, wrongly refused
 * 1.0 %; raised again the same day to top-1 90.1 / 93.1 %, top-3 94.1 / 97.0 %, and in the fourth session to top-1
 * 92.1 / 94.1 %, top-3 95.0 / 98.0 %; in the fifth, top-1 93.1 / 95.0 %, top-3 96.0 / 99.0 %; in the eighth, top-1 95.0 / 94.1 %,
 * top-3 97.0 / 97.0 %; in the ninth, out-of-scope declined 92.5 %). Every target of issue 10 (BLIND_TARGETS) is met and
 * asserted as such. Raise the floors, never lower them.
 */
const SEALED_FLOOR = BLIND_TARGETS;

describe('GIVEN the blind question sets written from the source article alone', () => {
  const briefing = BriefingRegistry.fromDir().default;
  const engine = createQaEngine(briefing);
  const dev = loadBlindSet(file('dev'));
  const sealed = loadBlindSet(file('sealed'));

  it('THEN each half has both languages, every style and out-of-scope traps', () => {
    for (const half of [dev, sealed]) {
      const inScope = half.filter((q) => q.scope === 'in');
      expect(inScope.length).toBeGreaterThanOrEqual(200);
      expect(inScope.filter((q) => q.lang === 'zh').length / inScope.length).toBeCloseTo(0.5, 1);
      expect(half.filter((q) => q.style === 'trap').length).toBeGreaterThanOrEqual(20);
      expect(new Set(inScope.map((q) => q.style))).toEqual(
        new Set(['plain', 'casual', 'colloquial', 'indirect', 'multipart', 'said', 'yesno']),
      );
    }
    const devQuestions = new Set(dev.map((q) => q.q));
    expect(sealed.filter((q) => devQuestions.has(q.q))).toEqual([]);
  });

  it('THEN the sealed half stays at or above the measured floors, and every target is met', () => {
    const r = evaluateBlind(engine, briefing, sealed);
    const msg = formatBlindReport('sealed', r);
    for (const lang of ['en', 'zh'] as const) {
      expect(r.inScope[lang].top1, msg).toBeGreaterThanOrEqual(SEALED_FLOOR.top1);
      expect(r.inScope[lang].top3, msg).toBeGreaterThanOrEqual(SEALED_FLOOR.top3);
    }
    expect(r.outOfScope.declined, msg).toBeGreaterThanOrEqual(SEALED_FLOOR.outOfScopeDeclined);
    expect(r.inScope.all.wrongRefusal, msg).toBeLessThanOrEqual(SEALED_FLOOR.wrongRefusal);
    expect(blindTargetFailures(r)).toEqual([]);
    expect(BLIND_TARGETS.top1).toBe(0.9);
  });
});

describe('GIVEN a trap its writer marked as asking a number the source does not give (scope out, noNumber)', () => {
  const briefing = BriefingRegistry.fromDir().default;
  const engine = createQaEngine(briefing);
  const q = 'How many people were killed in the December 27 strike on Kyiv?';
  it('THEN the briefing’s "no number in the source" answer counts as declined, as issue 10 asks; an unmarked trap answered so does not', () => {
    const marked = scoreBlind(engine, briefing, { q, lang: 'en', style: 'trap', scope: 'out', noNumber: true });
    expect(marked.result.answers[0]?.text).toMatch(/no number in the source/);
    expect(marked.declined).toBe(true);
    expect(scoreBlind(engine, briefing, { q, lang: 'en', style: 'trap', scope: 'out' }).declined).toBe(false);
    expect(scoreBlind(engine, briefing, { q: 'Who won the 2022 World Cup?', lang: 'en', style: 'offtopic', scope: 'out' }).declined).toBe(
      true,
    );
  });
});

describe('GIVEN an answer checked for an expected datum', () => {
  // [answer text, expected alternatives, whether the answer states it]
  const cases: Array<[string, string[], boolean]> = [
    // a number does not match inside a longer one, a short abbreviation not inside a word
    ['Peacetime army: 600,000', ['600'], true],
    ['Peacetime army: 600 000', ['600,000'], true],
    ['Meeting held in 2025', ['20'], false],
    ['2025年12月28日会面', ['2月28日'], false],
    ['2025年2月28日会面', ['2月28日'], true],
    ['Russia and Ukraine', ['US'], false],
    ['the US and Ukraine', ['USA'], false],
    ['the US and Ukraine', ['US'], true],
    ['Negotiations stalled', ['negotiat'], true],
    ['Mar-a-Lago, Florida', ['mar-a-lago'], true],
    // spacing inside a number does not matter, a number after a separator is part of a longer one, a plural s may follow
    ['needs $800 billion', ['800billion'], true],
    ['重建需8000亿美元', ['8000 亿'], true],
    ['costs 1,100 dollars', ['100'], false],
    ['grew by 1.5%', ['5%'], false],
    ['two wars', ['war'], true],
    ['a warning', ['war'], false],
    // two numbers one space apart stay two numbers
    ['cut to 600,000 20 years ago', ['600,000'], true],
    ['in 20 28 cases', ['2028'], false],
  ];
  it.each(cases)('THEN %j states %j: %s', (text, alternatives, states) => {
    expect(statesDatum(text, alternatives)).toBe(states);
  });
});
