import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBriefingFile } from '../../src/briefing/load.ts';
import { Analyzer, bigrams, hanGroups, matchForm, stem } from '../../src/qa/analyze.ts';
import { briefingAliases, createQaEngine, detectLang, shortenAnswer } from '../../src/qa/engine.ts';
import { langFromLocale } from '../../src/i18n/catalogue.ts';
import { normalizeText, parseChineseNumeral, parseEnglishNumberWords } from '../../src/qa/normalize.ts';

const fixture = loadBriefingFile(fileURLToPath(new URL('./fixture.yaml', import.meta.url)));
const engine = createQaEngine(fixture);
const first = (q: string, locale?: string) => engine.ask(q, locale ? { locale } : {}).answers[0]?.itemId;

describe('number normalisation', () => {
  it('gives every form of a number one token', () => {
    for (const s of ['800,000', '800k', '800K', '80万', '八十万', '800 thousand', 'eight hundred thousand']) {
      expect(normalizeText(s), s).toBe('__n800000');
    }
    for (const s of ['$800 billion', '800bn', '8000亿', '八千亿', 'US$800bn', '0.8 trillion']) {
      expect(normalizeText(s), s).toBe('__n800000000000');
    }
    expect(normalizeText('38万亿美元')).toBe('__n38000000000000 美元');
    expect(normalizeText('$38 trillion')).toBe('__n38000000000000');
    expect(normalizeText('64%')).toBe('__n64');
    expect(normalizeText('百分之六十四')).toBe('__n64');
  });

  it('parses Chinese and English numerals', () => {
    expect(parseChineseNumeral('三十八万亿')).toBe(38e12);
    expect(parseChineseNumeral('一千零五')).toBe(1005);
    expect(parseChineseNumeral('十五')).toBe(15);
    expect(parseChineseNumeral('两千')).toBe(2000);
    expect(parseEnglishNumberWords(['twenty', 'eight'])).toBe(28);
    expect(parseEnglishNumberWords(['six', 'hundred', 'thousand'])).toBe(600000);
  });

  it('reads a small ordinal in digits as the word, unless it is a day of a month', () => {
    expect(normalizeText('the 1st mtg')).toBe('the first meeting');
    expect(normalizeText('2nd round')).toBe('second round');
    expect(normalizeText('dec 1st')).toBe(normalizeText('1 December'));
    expect(normalizeText('3rd of january')).toBe(normalizeText('3 January'));
  });

  it('leaves numeral-looking words alone', () => {
    expect(normalizeText('一方面')).toBe('一方面');
    expect(normalizeText('万一')).toBe('万一');
    expect(normalizeText('one of them')).toBe('one of them');
    expect(normalizeText('what may happen')).toBe('what may happen');
  });

  it('normalises dates in both languages', () => {
    const day = '__m12 __d1228';
    expect(normalizeText('Dec 28')).toBe(day);
    expect(normalizeText('28 December')).toBe(day);
    expect(normalizeText('december 28th')).toBe(day);
    expect(normalizeText('12月28日')).toBe(day);
    expect(normalizeText('十二月二十八日')).toBe(day);
    expect(normalizeText('2025-12-28')).toBe(`__n2025 ${day}`);
  });

  it('never fuzzes numbers: 800k does not find 880,000 or 600,000', () => {
    const r = engine.ask('800k');
    expect(r.answers[0]?.itemId).toBe('p20-army');
    expect(r.answers.map((a) => a.itemId)).not.toContain('p28-army');
  });
});

describe('Chinese segmentation', () => {
  it('keeps transliterated names whole and adds bigrams', () => {
    const groups = hanGroups('泽连斯基对扎波罗热核电站的立场');
    expect(groups).toContain('泽连斯基');
    expect(groups).toContain('扎波罗热');
    expect(bigrams('扎波罗热')).toEqual(['扎波', '波罗', '罗热']);
    expect(bigrams('站')).toEqual(['站']);
  });

  it('finds a Chinese name written differently from the alias list by its bigrams', () => {
    // 维特科夫 is an alias; 维特科 is not, but shares two bigrams with it
    const r = engine.ask('维特科起草了什么计划');
    expect(r.answers[0]?.itemId).toBe('actor-witkoff');
  });

  it('separates Han from Latin and numbers', () => {
    expect(matchForm('Witkoff在会上说了什么')).toBe('witkoff 在会上说了什么');
    expect(matchForm('20点计划')).toBe('__n20 点计划');
  });
});

describe('language detection', () => {
  it('uses the share of Chinese characters', () => {
    expect(detectLang('乌军规模是多少')).toBe('zh');
    expect(detectLang('How big is the army?')).toBe('en');
    expect(detectLang('Witkoff在会上说了什么', engine.analyzer)).toBe('zh');
    expect(detectLang('what did 泽连斯基 say about territory', engine.analyzer)).toBe('en');
  });

  it('falls back to the locale when the question has no signal', () => {
    expect(detectLang('ZNPP?', engine.analyzer)).toBeUndefined();
    expect(detectLang('800k', engine.analyzer)).toBeUndefined();
    expect(detectLang('Rubio', engine.analyzer)).toBeUndefined();
    expect(langFromLocale('zh-CN')).toBe('zh');
    expect(langFromLocale('zh-TW')).toBe('zh');
    expect(langFromLocale('en-US')).toBe('en');
    expect(engine.ask('ZNPP?', { locale: 'zh-CN' }).lang).toBe('zh');
    expect(engine.ask('ZNPP?', { locale: 'en-GB' }).lang).toBe('en');
    expect(engine.ask('ZNPP?').lang).toBe('en');
  });
});

describe('alias expansion', () => {
  const analyzer = new Analyzer(briefingAliases(fixture));
  const concepts = (q: string) => analyzer.analyze(q).units.flatMap((u) => u.terms.filter((t) => t.startsWith('__')));

  it('maps every spelling of a name to one concept', () => {
    for (const q of ['Vitkov', 'Witkoff', '维特科夫', 'steve witkoff']) expect(concepts(q), q).toContain('__a_witkoff');
    for (const q of ['Nubio', 'rubio', '鲁比奥']) expect(concepts(q), q).toContain('__a_rubio');
  });

  it('maps topic aliases across languages', () => {
    for (const q of ['ZNPP', 'Zaporizhzhia nuclear power plant', '扎波罗热核电站']) expect(concepts(q), q).toContain('__t_nuclear-plant');
    expect(concepts('the 20-point plan')).toContain('__p_plan-20');
    expect(concepts('二十点计划')).toContain('__p_plan-20');
  });

  it('answers source spellings like standard ones', () => {
    expect(first('who is Vitkov')).toBe('actor-witkoff');
    expect(first('Nubio')).toBe('actor-rubio');
  });
});

describe('matching', () => {
  it('tolerates small typos, lower case and no question mark', () => {
    expect(first('how many drons hit kiev')).toBe('kyiv-strike');
    expect(first('witkof 28 pont plan')).toBe('actor-witkoff');
    expect(first('zelensky approval ratng')).toBeDefined();
  });

  it('matches numbers written differently', () => {
    expect(first('$800bn')).toBe('p20-reconstruction');
    expect(first('重建需要八千亿吗')).toBe('p20-reconstruction');
    expect(first('600k troops')).toBe('p28-army');
  });

  it('handles mixed Chinese and English', () => {
    const r = engine.ask('ZNPP由谁运营');
    expect(r.lang).toBe('zh');
    expect(r.answers[0]?.itemId).toBe('p20-znpp');
  });

  it('stems English lightly', () => {
    expect(stem('guarantees')).toBe(stem('guarantee'));
    expect(stem('guaranteed')).toBe(stem('guarantee'));
  });
});

describe('answers', () => {
  it('names the speaker of a position', () => {
    const r = engine.ask('russia position on territory');
    expect(r.answers[0]?.text).toMatch(/^Russia: /);
    expect(r.answers[0]?.by).toBe('Russia');
    const zh = engine.ask('俄罗斯对领土问题的立场');
    expect(zh.answers[0]?.text).toMatch(/^俄罗斯：/);
  });

  it('carries topic, citation and nature', () => {
    const r = engine.ask('how long is the US security guarantee');
    expect(r.status).toBe('answered');
    expect(r.answers[0]).toMatchObject({
      itemId: 'us-15-years',
      topic: 'security-guarantees',
      topicTitle: 'Security guarantees',
      citation: '§II(2)',
      nature: 'reported',
    });
  });

  it('truncates to 400 characters at a word boundary', () => {
    const long = `${'word '.repeat(120)}end`;
    const t = shortenAnswer(long);
    expect([...t].length).toBeLessThanOrEqual(400);
    expect(t.endsWith('word…')).toBe(true);
    const zh = shortenAnswer('字'.repeat(500));
    expect([...zh].length).toBe(400);
    expect(zh.endsWith('…')).toBe(true);
    expect(shortenAnswer('short')).toBe('short');
  });
});

describe('honesty', () => {
  it('refuses questions outside the briefing', () => {
    for (const q of ['Who won the World Cup?', '明天北京天气怎么样', 'What did Taiwan’s president say?']) {
      const r = engine.ask(q);
      expect(r.status, q).toBe('not-covered');
      expect(r.answered).toBe(false);
      expect(r.answers).toEqual([]);
      expect(r.suggestions.length).toBeGreaterThan(0);
    }
  });

  it('answers nothing for an empty or content-free question', () => {
    for (const q of ['', '?', 'what?', '什么？']) {
      const r = engine.ask(q);
      expect(r.status).toBe('not-covered');
      expect(r.answers).toEqual([]);
    }
  });
});
