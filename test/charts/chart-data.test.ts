import { compareDates } from '../../src/briefing/partial-date.ts';
import { describe, expect, it } from 'vitest';
import { loadBriefingFile } from '../../src/briefing/load.ts';
import { validateBriefing } from '../../src/briefing/validate.ts';
import { allPictures, chartData, chartSpec, pictureFor, topicChartId } from '../../src/charts/catalog.ts';
import { dateSpan, figuresData, positionsData, timelineData } from '../../src/charts/data.ts';
import { DESCRIPTION_LIMIT } from '../../src/charts/describe.ts';
import { shorten, wrapText } from '../../src/charts/text-width.ts';
import { BRIEFING_FILE, rawBriefing } from '../briefing/helpers.ts';
import { briefingWithWithheldFigure, fixture } from './fixtures.ts';

const b = loadBriefingFile(BRIEFING_FILE);

describe('timeline chart data', () => {
  it('GIVEN partial dates THEN a month or year is a span over all of it, never an invented day', () => {
    expect(dateSpan('2026-01')).toEqual({ precision: 'month', start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 1, 1) });
    expect(dateSpan('2024')).toEqual({ precision: 'year', start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) });
    expect(dateSpan('2025-12-28')).toEqual({ precision: 'day', start: Date.UTC(2025, 11, 28), end: Date.UTC(2025, 11, 28) });
  });

  it('THEN every event is a row in date order, planned ones flagged, labels from the briefing short forms', () => {
    const d = timelineData(b, 'en');
    expect(d.rows.map((r) => r.id)).toEqual([...b.timeline].sort((x, y) => compareDates(x.date, y.date)).map((e) => e.id));
    const jan = d.rows.find((r) => r.id === 'ev-jan-meeting')!;
    expect(jan).toMatchObject({
      planned: true,
      precision: 'month',
      label: 'Meeting with European leaders',
      dateText: 'Jan 2026 (planned)',
    });
    expect(d.rows.filter((r) => r.planned).map((r) => r.id)).toEqual(['ev-jan-meeting', 'ev-jan-guarantee-talks']);
    expect(timelineData(b, 'zh').rows.find((r) => r.id === 'ev-meeting')!.label).toBe('海湖庄园会谈');
  });

  it('THEN the wide panel starts two months before the event and the narrow one holds what came before', () => {
    const d = timelineData(b, 'en');
    expect(d.recent.start).toBe(Date.UTC(2025, 9, 1));
    expect(d.recent.end).toBeGreaterThanOrEqual(Date.UTC(2026, 1, 1));
    expect(d.earlier).toEqual({ start: Date.UTC(2022, 0, 1), end: Date.UTC(2025, 9, 1) });
  });

  it('GIVEN a briefing whose events all fall near its event date THEN there is one panel only', () => {
    expect(timelineData(fixture(), 'en').earlier).toBeUndefined();
  });

  it('GIVEN an event with no short form THEN the chart gets its text, shortened if very long, and the alt text all of it', () => {
    const row = timelineData(fixture(), 'en').rows[0]!;
    expect(row).toMatchObject({ label: 'Trump and Zelensky meet at Mar-a-Lago.', spoken: 'Trump and Zelensky meet at Mar-a-Lago' });
    expect(shorten('Russia launches a massive air attack on Kyiv with nearly 500 drones and 40 missiles', 34)).toBe(
      'Russia launches a massive air…',
    );
    expect(shorten('俄罗斯以近500架无人机和40枚导弹大规模空袭基辅', 16)).toBe('俄罗斯以近500架无人机和40…');
  });
});

describe('figures chart data', () => {
  it('THEN the comparisons are the briefing’s, with the numbers the source gives', () => {
    const d = figuresData(b, 'en');
    expect(d.groups.map((g) => g.id)).toEqual(['army-caps', 'reconstruction-money', 'population', 'approval']);
    expect(d.groups[0]!.bars.map((x) => [x.value, x.valueText])).toEqual([
      [600000, '600,000'],
      [800000, '800,000'],
    ]);
    expect(d.groups[1]!.bars.map((x) => x.value)).toEqual([800e9, 300e9, 100e9]);
    expect(d.groups[2]!.bars.map((x) => x.value)).toEqual([40e6, 30e6]);
    expect(d.groups[3]!.bars.map((x) => x.valueText)).toEqual(['64%', '36%']);
    expect(figuresData(b, 'zh').groups[0]!.bars.map((x) => x.valueText)).toEqual(['60万', '80万']);
  });

  it('GIVEN a topic THEN only the comparisons with a figure filed under it', () => {
    expect(figuresData(b, 'en', 'army-size').groups.map((g) => g.id)).toEqual(['army-caps']);
    expect(figuresData(b, 'en', 'reconstruction').groups.map((g) => g.id)).toEqual(['reconstruction-money']);
    expect(chartData(b, topicChartId('territory'), 'en')).toBeUndefined();
  });

  it('GIVEN a withheld figure in a comparison THEN it is "not given" with no value, never zero', () => {
    const bars = figuresData(briefingWithWithheldFigure(), 'en').groups.at(-1)!.bars;
    expect(bars.map((x) => [x.figureId, x.value, x.valueText])).toEqual([
      ['fig-kyiv-drones', 500, 'nearly 500'],
      ['fig-kyiv-missiles', 40, '40'],
      ['fig-kyiv-casualties', null, 'not given'],
    ]);
    expect(figuresData(briefingWithWithheldFigure(), 'zh').groups.at(-1)!.bars[2]!.valueText).toBe('未给出');
  });

  it('THEN the spec draws a bar for each given figure only, and says "not given" in text', () => {
    const spec = chartSpec(figuresData(briefingWithWithheldFigure(), 'en')) as unknown as {
      vconcat: Array<{
        data: { values: Array<{ value: number | null; given: boolean; text: string }> };
        layer: Array<{ mark: { type: string }; transform?: Array<{ filter: string }> }>;
      }>;
    };
    const toll = spec.vconcat.at(-1)!;
    expect(toll.data.values.map((v) => v.value)).toEqual([500, 40, null]);
    expect(toll.data.values.find((v) => v.value === null)).toMatchObject({
      given: false,
      text: "Casualties of Russia's 27 December strike on Kyiv · not given",
    });
    const bars = toll.layer.find((l) => l.mark.type === 'bar')!;
    expect(bars.transform).toEqual([{ filter: 'datum.given' }]);
  });
});

describe('positions chart data', () => {
  it('THEN parties are the top of each actor’s affiliation chain, in order of first appearance', () => {
    const d = positionsData(b, 'en');
    expect(d.parties.map((p) => p.id)).toEqual(['russia', 'ukraine', 'united-states', 'europe']);
    expect(d.topics.map((t) => t.id)).toEqual(b.stickingPoints.filter((s) => s.positions.length > 0).map((s) => s.id));
  });

  it('THEN a cell shows the party’s own position first and counts its members’ others; a party with none has no cell', () => {
    const d = positionsData(b, 'en');
    const cell = (topic: string, party: string) => d.cells.find((c) => c.topicId === topic && c.partyId === party);
    expect(cell('territory', 'russia')).toMatchObject({ text: 'Recognise Russian control', more: 2, nature: 'claim' });
    expect(cell('territory', 'ukraine')).toMatchObject({ text: 'Referendum if no deal', more: 0 });
    expect(cell('territory', 'united-states')).toMatchObject({ nature: 'analysis' });
    expect(cell('europe-role', 'europe')).toMatchObject({ text: 'Guarantee talks in January', more: 1 });
    expect(cell('ceasefire-line', 'russia')).toBeUndefined();
    expect(positionsData(b, 'zh').cells.find((c) => c.topicId === 'army-size' && c.partyId === 'ukraine')!.text).toBe('和平时期保留80万');
  });
});

describe('pictures and their alt text', () => {
  it('THEN each view’s picture exists in both languages with a file name and a description within Discord’s 1024', () => {
    const pictures = allPictures(b);
    expect(pictures.map((p) => p.filename)).toEqual(
      expect.arrayContaining([
        'timeline-en.png',
        'timeline-zh.png',
        'figures-en.png',
        'positions-zh.png',
        'figures-army-size-en.png',
        'figures-reconstruction-zh.png',
      ]),
    );
    for (const p of pictures) {
      expect([...p.description].length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
      expect(p.description.length).toBeGreaterThan(40);
      expect(/\p{Script=Han}/u.test(p.description)).toBe(p.lang === 'zh');
    }
  });

  it('THEN the alt text says what is drawn: counts, values, planned events, cells', () => {
    expect(pictureFor(b, 'timeline', 'en')!.description).toMatch(/^Timeline chart of 17 events from Mar 2022 to .*2 of them planned/);
    expect(pictureFor(b, 'timeline', 'en')!.description).toContain('Jan 2026 (planned): Meeting with European leaders');
    expect(pictureFor(b, 'figures', 'en')!.description).toContain(
      "Ukraine's army: the two plans (troops): 28-point plan: cap 600,000, 20-point plan: peacetime army 800,000",
    );
    expect(pictureFor(b, 'figures', 'zh')!.description).toContain('乌军规模：两份方案（人数）'.replace('（人数）', ' (人数)'));
    expect(pictureFor(b, 'positions', 'en')!.description).toContain('Territory: Russia: Recognise Russian control');
    expect(pictureFor(briefingWithWithheldFigure(), 'figures', 'en')!.description).toContain(
      "Casualties of Russia's 27 December strike on Kyiv not given",
    );
  });

  it('GIVEN many events THEN the description is cut to the limit and says how many were left out', () => {
    const raw = rawBriefing();
    for (let i = 0; i < 60; i++)
      raw.timeline.push({
        id: `ev-extra-${i}`,
        date: '2025-11',
        cite: 'I',
        text: { en: `An extra event number ${i} with a fairly long description`, zh: `额外事件${i}` },
      });
    const big = validateBriefing(raw);
    if (!big.ok) throw new Error('invalid');
    const d = pictureFor(big.briefing, 'timeline', 'en')!.description;
    expect(d.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
    expect(d).toMatch(/and \d+ more\.$/);
  });
});

describe('the charts block is checked', () => {
  it('GIVEN a comparison naming an unknown figure or a label for an unknown id THEN precise issues', () => {
    const raw = rawBriefing();
    raw.charts.comparisons[0].figures[1] = 'fig-nope';
    raw.charts.labels['ev-nope'] = { en: 'x', zh: '某' };
    const result = validateBriefing(raw);
    expect(!result.ok && result.issues).toEqual([
      { path: 'charts.comparisons[0].figures[1]', message: 'unknown figure "fig-nope"' },
      { path: 'charts.labels.ev-nope', message: 'unknown timeline event, position or figure "ev-nope"' },
    ]);
  });

  it('GIVEN a label too long for a chart THEN the schema says so', () => {
    const raw = rawBriefing();
    raw.charts.labels['ev-meeting'] = { en: 'x'.repeat(49), zh: '会谈' };
    const result = validateBriefing(raw);
    expect(!result.ok && result.issues).toEqual([
      { path: 'charts.labels.ev-meeting.en', message: 'a chart label has at most 48 characters' },
    ]);
  });

  it('GIVEN a briefing without a charts block THEN it loads, with a timeline and positions but no figure comparisons', () => {
    const f = fixture();
    expect(f.charts).toEqual({ comparisons: [], labels: {} });
    expect(pictureFor(f, 'figures', 'en')).toBeUndefined();
    expect(pictureFor(f, 'timeline', 'en')).toBeDefined();
    expect(pictureFor(f, 'positions', 'zh')).toBeDefined();
  });
});

describe('wrapping', () => {
  it('breaks spaced text at spaces and Chinese between characters, keeping punctuation with what precedes it', () => {
    expect(wrapText('Pledged; multinational force', 62, 10)).toEqual(['Pledged;', 'multinational', 'force']);
    const zh = wrapText('搁置入约，求第五条式保障', 62, 10);
    expect(zh.join('')).toBe('搁置入约，求第五条式保障');
    expect(zh.every((l) => !/^[，。]/.test(l))).toBe(true);
  });
});
