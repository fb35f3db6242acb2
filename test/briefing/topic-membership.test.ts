import { describe, expect, it } from 'vitest';
import { briefingItems } from '../../src/briefing/items.ts';
import { loadBriefingFile } from '../../src/briefing/load.ts';
import { BRIEFING_FILE } from './helpers.ts';

/**
 * What a reader opening a topic expects to find there, whichever topic the statement is filed under
 * first (issue 11). Each id below is tagged for the topic in the briefing file (`alsoUnder`/`topics`).
 */
const b = loadBriefingFile(BRIEFING_FILE);
const items = briefingItems(b);
const under = (topic: string) => items.filter((i) => i.topics.includes(topic));
const idsUnder = (topic: string) => under(topic).map((i) => i.id);

const MUST_SHOW: Record<string, string[]> = {
  territory: [
    'p20-contact-line', // contact line through Donetsk, Luhansk, Zaporizhzhia, Kherson
    'p28-freeze', // Zaporizhzhia and Kherson frozen along the contact line
    'p20-withdrawal',
    'p20-donbas',
    'p28-territory',
    'bg-russian-advances',
    'np-pos-russia', // occupied land will not go back
    'pr-rhetorical', // the 20-point plan sidesteps territory
    'ac-ru-goal', // Putin: lock in territorial gains
    'ur-victims', // Ukraine likely to lose land
    'ol-price-ukraine',
    'rk-time-bombs',
  ],
  'security-guarantees': [
    'er-pos-macron',
    'er-pos-germany',
    'pr-most-substantive',
    'pr-ua-victory',
    'p20-motive-initiative', // "real" rather than "verbal" guarantees
    'p20-no-nato',
    'p20-article5',
    'sg-pos-us',
    'sg-details-undisclosed',
    'fig-guarantee-years',
    'ev-guarantee-pledge',
  ],
  'europe-role': [
    'sg-europe-split',
    'sg-pos-europe', // France, Germany and a multinational force
    'sg-main-role',
    'tr-pos-europe',
    'rc-europe-weak',
    'ol-price-europe',
    'pr-jan-meeting',
    'ev-jan-meeting',
    'ps-europe-meeting',
  ],
  risks: ['ur-joint-pressure', 'ur-small-state', 'rc-collapse', 'cf-strikes-continue'],
  outlook: ['ur-joint-pressure', 'ur-small-state', 'rk-bleak'],
  'nuclear-plant': ['rk-time-bombs', 'p28-znpp', 'p20-znpp'],
  reconstruction: ['rk-time-bombs', 'rc-collapse', 'p20-reconstruction'],
};

describe('topic membership', () => {
  it.each(Object.entries(MUST_SHOW))('%s lists every statement a reader expects there', (topic, ids) => {
    expect(ids.filter((id) => !idsUnder(topic).includes(id))).toEqual([]);
  });

  it('territory names the regions of both plans in both languages', () => {
    const text = (lang: 'en' | 'zh') =>
      under('territory')
        .map((i) => i.text[lang])
        .join(' ');
    for (const region of ['Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Dnipropetrovsk', 'Mykolaiv', 'Sumy', 'Kharkiv'])
      expect(text('en')).toContain(region);
    for (const region of ['顿涅茨克', '卢甘斯克', '扎波罗热', '赫尔松', '第聂伯罗彼得罗夫斯克', '尼古拉耶夫', '苏梅', '哈尔科夫'])
      expect(text('zh')).toContain(region);
  });

  it('puts the 28 December outcomes and the bombing that followed on the timeline', () => {
    const onDay = b.timeline.filter((e) => e.date === '2025-12-28').map((e) => e.id);
    expect(onDay).toEqual(['ev-meeting', 'ev-consensus-announced', 'ev-guarantee-pledge', 'ev-strikes-after']);
  });

  it('tags a statement under another topic at most once and never under its own', () => {
    const repeated = items.filter((i) => new Set(i.topics).size !== i.topics.length).map((i) => i.id);
    expect(repeated).toEqual([]);
  });
});
