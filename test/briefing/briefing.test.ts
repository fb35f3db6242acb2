import { describe, expect, it } from 'vitest';
import { briefingItems } from '../../src/briefing/items.ts';
import { loadBriefingFile, loadBriefings } from '../../src/briefing/load.ts';
import type { Briefing } from '../../src/briefing/schema.ts';
import { BRIEFING_FILE, hasHan, localizedTexts, rawBriefing } from './helpers.ts';

const b: Briefing = loadBriefingFile(BRIEFING_FILE);
const actor = (id: string) => b.actors.find((a) => a.id === id);
const plan = (id: string) => b.plans.find((p) => p.id === id);
const stickingPoint = (id: string) => b.stickingPoints.find((s) => s.id === id);

describe('the Mar-a-Lago briefing', () => {
  it('loads and validates, alone and with the rest of briefings/', () => {
    expect(b.id).toBe('maralago-2025-12-28');
    expect(b.eventDate).toBe('2025-12-28');
    expect(b.asOf).toBe('2026-01-01');
    expect(loadBriefings().map((x) => x.id)).toContain(b.id);
  });

  it('points editors at the generated JSON Schema', () => {
    expect(rawBriefing().$schema).toBe('./briefing.schema.json');
  });

  it('covers the sections and sticking points the source supports (the file chooses them; code requires none)', () => {
    expect(b.sections.map((s) => s.id)).toEqual(['background', 'progress', 'plans', 'actors', 'risks', 'timeline', 'outlook']);
    expect(b.stickingPoints.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'territory',
        'security-guarantees',
        'nuclear-plant',
        'army-size',
        'reconstruction',
        'nato',
        'ceasefire-line',
        'us-russia-channel',
        'domestic-politics',
        'europe-role',
      ]),
    );
  });

  it('uses exactly the agreed outline', () => {
    expect(b.source.outline.map((s) => [s.id, s.heading ?? null])).toEqual([
      ['intro', null],
      ['I', 'I. Meeting Background'],
      ['II', 'II. Core Progress'],
      ['II(1)', '(1) Peace Framework'],
      ['II(2)', '(II) Security Assurance Agreement'],
      ['II(3)', '(3) Follow-up Arrangements'],
      ['III', 'III. Focus of the Game'],
      ['III(1)', '(1) Territorial Issues'],
      ['III(2)', '(2) Strategic Assets and Military Issues'],
      ['III(3)', '(3) Post-war Reconstruction'],
      ['IV', 'IV. Deep Logic'],
      ['V', 'V. Risk Assessment'],
      ['VI', 'VI. Conclusion'],
    ]);
  });

  it('flattens into uniquely identified items', () => {
    const ids = briefingItems(b).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('completeness spot-checks', () => {
  it.each([
    ['trump', ['Trump']],
    ['zelensky', ['Zelenskyy', '泽连斯基']],
    ['putin', ['普京']],
    ['lavrov', ['拉夫罗夫']],
    ['macron', ['马克龙']],
    ['rubio', ['Nubio']],
    ['hegseth', ['Hedges']],
    ['caine', ['Kane']],
    ['wiles', ['Wells']],
    ['witkoff', ['Vitkov', '维特科夫']],
    ['kushner', ['Kushner', '库什纳']],
    ['umerov', ['Merov']],
    ['hnatov', ['Gnatov']],
    ['sobolev', ['Soholev']],
    ['zaluzhnyi', ['扎卢日内', '扎卢日尼']],
  ])('actor %s is known by the source spellings %j', (id, spellings) => {
    const a = actor(id);
    expect(a, id).toBeDefined();
    expect(a!.kind).toBe('person');
    for (const s of spellings) expect(a!.aliases, `${id} alias ${s}`).toContain(s);
  });

  it('keeps the garbled English spellings as source spellings', () => {
    expect(actor('rubio')!.sourceSpellings).toContain('Nubio');
    expect(actor('hegseth')!.sourceSpellings).toContain('Hedges');
    expect(actor('caine')!.sourceSpellings).toContain('Kane');
    expect(actor('wiles')!.sourceSpellings).toContain('Wells');
    expect(actor('witkoff')!.sourceSpellings).toContain('Vitkov');
    expect(actor('umerov')!.sourceSpellings).toContain('Merov');
    expect(actor('hnatov')!.sourceSpellings).toContain('Gnatov');
    expect(actor('sobolev')!.sourceSpellings).toContain('Soholev');
  });

  it('has the states, blocs and the two delegations', () => {
    for (const id of ['united-states', 'ukraine', 'russia', 'europe', 'eu', 'nato', 'france', 'germany'])
      expect(actor(id), id).toBeDefined();
    const delegation = (state: string) =>
      b.actors
        .filter((a) => a.delegation === state)
        .map((a) => a.id)
        .sort();
    expect(delegation('united-states')).toEqual(expect.arrayContaining(['caine', 'hegseth', 'kushner', 'rubio', 'wiles', 'witkoff']));
    expect(delegation('ukraine')).toEqual(expect.arrayContaining(['hnatov', 'sobolev', 'umerov']));
    expect(delegation('russia')).toEqual([]);
  });

  it('has both plans, with their drafters, dates and core provisions', () => {
    const p28 = plan('plan-28');
    const p20 = plan('plan-20');
    expect(p28?.points).toBe(28);
    expect(p28?.draftedBy).toEqual(['witkoff', 'kushner']);
    expect(p28?.published).toBeUndefined();
    expect(p28?.dateNote).toBeDefined();
    expect(p20?.points).toBe(20);
    expect(p20?.publishedBy).toBe('zelensky');
    expect(p20?.published).toBe('2025-12-23');
    for (const p of [p28!, p20!]) {
      const topics = new Set(p.provisions.map((v) => v.topic));
      for (const t of ['territory', 'army-size', 'nuclear-plant', 'nato', 'ceasefire-line'])
        expect(topics.has(t), `${p.id} ${t}`).toBe(true);
    }
    const p20Topics = new Set(p20!.provisions.map((v) => v.topic));
    expect(p20Topics.has('security-guarantees')).toBe(true);
    expect(p20Topics.has('reconstruction')).toBe(true);
  });

  it('has the key figures with the right values', () => {
    const values = b.figures.map((f) => f.value);
    for (const v of [
      500, 40, 64, 36, 1, 2, 28, 20, 15, 600_000, 800_000, 10, 800_000_000_000, 38_000_000_000_000, 300_000_000_000, 100_000_000_000, 0.125,
      40_000_000, 30_000_000,
    ]) {
      expect(values, String(v)).toContain(v);
    }
  });

  it('says which numbers the source withholds instead of guessing them', () => {
    const missing = b.figures.filter((f) => f.value === null).map((f) => f.id);
    expect(missing).toEqual(expect.arrayContaining(['fig-consensus-pct', 'fig-guarantee-pct', 'fig-guarantee-aid-scale']));
    const consensus = b.figures.find((f) => f.id === 'fig-consensus-pct')!;
    expect(consensus.by).toBe('zelensky');
    expect(consensus.missing?.en).toMatch(/%/);
  });

  it('does not invent a currency for the frozen Russian assets', () => {
    const frozen = b.figures.find((f) => f.value === 300_000_000_000)!;
    expect(frozen.unit.en).toMatch(/not stated/);
    expect(frozen.display.en).not.toMatch(/\$|dollar|euro|€/i);
  });

  it('has the dated events, with day precision only where the source gives a day', () => {
    const events = b.timeline.map((e) => `${e.date}${e.planned ? ' planned' : ''}`);
    for (const e of [
      '2022-03',
      '2024-03',
      '2025-02-28',
      '2025-10',
      '2025-12-23',
      '2025-12-25',
      '2025-12-27',
      '2025-12-28',
      '2026-01 planned',
      '2026-01-01',
    ]) {
      expect(events, e).toContain(e);
    }
    expect(b.timeline.filter((e) => e.date === '2025-10')).toHaveLength(2);
    expect(b.timeline.filter((e) => e.date === '2025-12-23')).toHaveLength(2);
    expect(b.timeline.filter((e) => e.date === '2025-12-25')).toHaveLength(2);
  });

  it('ranks the four risks of section V and lists the positive signals', () => {
    expect(b.risks.map((r) => r.rank).sort()).toEqual([1, 2, 3, 4]);
    expect(b.risks.every((r) => r.cite === 'V' && r.watch.length > 0)).toBe(true);
    expect(b.risks.find((r) => r.rank === 1)!.topics).toContain('territory');
    expect(b.positiveSignals.length).toBeGreaterThanOrEqual(4);
  });

  it('gives each side its position on territory, and positions only to known parties', () => {
    const parties = stickingPoint('territory')!.positions.map((p) => p.actor);
    expect(parties).toEqual(expect.arrayContaining(['russia', 'zelensky', 'united-states', 'europe', 'putin', 'lavrov']));
    const armyParties = stickingPoint('army-size')!.positions.map((p) => p.actor);
    expect(armyParties).toEqual(expect.arrayContaining(['ukraine', 'russia']));
  });

  it('labels claims with who makes them and keeps analysis apart', () => {
    const items = briefingItems(b);
    for (const item of items) {
      if (item.nature === 'claim') expect(item.by ?? item.plan, item.id).toBeDefined();
    }
    // The analysis's own judgements say so in the English wording.
    const factsByNature = [...b.sections, ...b.stickingPoints, ...b.plans].flatMap((t) => t.facts);
    expect(factsByNature.filter((f) => f.nature === 'analysis').length).toBeGreaterThan(20);
    expect(factsByNature.filter((f) => f.nature === 'claim').every((f) => f.by !== undefined)).toBe(true);
  });

  it('covers the analysis points that are easy to drop', () => {
    const allEn = localizedTexts(rawBriefing())
      .map((t) => t.text.en)
      .join('\n');
    for (const needle of [
      /almost a capitulation/,
      /Ukraine's victory/,
      /post-dated check/,
      /two circles/,
      /State Department/,
      /referendum/,
      /joint command centre/,
      /Macron/,
      /multinational force/,
      /no sign of a major breakthrough/,
      /40 million/,
      /one-eighth/,
      /\$38 trillion/,
      /balancer/,
      /arms dealer/,
    ]) {
      expect(allEn, String(needle)).toMatch(needle);
    }
  });
});

describe('both languages', () => {
  const texts = localizedTexts(rawBriefing());
  /** Numbers and symbols read the same in both languages ("64%"), so they need no Chinese characters. */
  const languageNeutral = (s: string) => /^[\d\s.,%$+\-–~()/]+$/u.test(s);

  it('finds the bilingual texts', () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it.each(texts.map((t) => [t.path, t.text] as const))('%s is non-empty in English and Chinese', (_path, text) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.zh.trim()).not.toBe('');
    expect(hasHan(text.en), `English has Chinese characters: ${text.en}`).toBe(false);
    if (!languageNeutral(text.zh)) expect(hasHan(text.zh), `Chinese has no Chinese characters: ${text.zh}`).toBe(true);
  });

  it('keeps texts concise (never over 400 characters)', () => {
    const long = texts.flatMap((t) => (['en', 'zh'] as const).filter((l) => t.text[l].length > 400).map((l) => `${t.path}.${l}`));
    expect(long).toEqual([]);
  });
});
