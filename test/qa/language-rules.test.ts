import { describe, expect, it } from 'vitest';
import { isDictionaryWord, matchForm, stem } from '../../src/qa/analyze.ts';
import { acronyms, glossNamesUnknown, unknownOrganisations, unknownTransliterations } from '../../src/qa/foreign-entities.ts';
import { asksWhatHappened, statesPlan } from '../../src/qa/tense.ts';
import { pointsBack } from '../../src/qa/question-type.ts';
import { normalizeText } from '../../src/qa/normalize.ts';
import { questionTypes } from '../../src/qa/question-type.ts';
import { negates, withVerdict, yesNoVerdict } from '../../src/qa/verdict.ts';
import { remembering } from '../../src/qa/remember.ts';
import { englishThesaurus } from '../../src/qa/wordnet.ts';
import { chineseGlosses } from '../../src/qa/cedict.ts';

describe('GIVEN tense, back-references and glossed names', () => {
  it('THEN a question about what happened is told from one about plans, in both languages', () => {
    expect(asksWhatHappened('where did they meet')).toBe(true);
    expect(asksWhatHappened('where will they meet next')).toBe(false);
    expect(asksWhatHappened('他们在哪见的面了')).toBe(true);
    expect(asksWhatHappened('明年打算在哪开会')).toBe(false);
    expect(asksWhatHappened('你了解这个方案吗')).toBe(false);
    expect(asksWhatHappened('为了停火，双方谈什么')).toBe(false);
    // a plan's name is no plan for the future
    expect(asksWhatHappened('did the 20-point plan keep the army at 800,000')).toBe(true);
    expect(asksWhatHappened('20点计划公布了吗')).toBe(true);
    expect(statesPlan('Trump plans to host a meeting in January')).toBe(true);
    expect(statesPlan('2026年1月（计划中）：继续和谈')).toBe(true);
    expect(statesPlan('The talks were held at Mar-a-Lago')).toBe(false);
    expect(statesPlan('扎卢日内是乌军前总司令，一位将军')).toBe(false);
  });

  it('THEN "his role" points back and "the role" does not', () => {
    expect(pointsBack('what was his role at the talks')).toBe(true);
    expect(pointsBack('他在会上说了什么')).toBe(true);
    expect(pointsBack('what was the role of Europe')).toBe(false);
  });

  it('THEN a gloss names something unknown only when it is a proper name throughout and the briefing uses none of it', () => {
    const knows = (p: string) => p === 'kyiv';
    const uses = (w: string) => ['general', 'staff'].includes(w.toLowerCase());
    expect(glossNamesUnknown('Gaza', knows, uses)).toBe(true);
    expect(glossNamesUnknown('Kyiv', knows, uses)).toBe(false);
    expect(glossNamesUnknown('Spring Festival', knows, uses)).toBe(false);
    expect(glossNamesUnknown('General Staff Headquarters', knows, uses)).toBe(false);
    expect(glossNamesUnknown('English', knows, uses)).toBe(false);
    expect(glossNamesUnknown('Tonghai county in Yuxi', knows, uses)).toBe(false);
    // a place's kind after its name ("Shanghai municipality") is no part of the name
    expect(glossNamesUnknown('Shanghai municipality', knows, uses)).toBe(true);
    expect(glossNamesUnknown('Kyiv city', knows, uses)).toBe(false);
    expect(glossNamesUnknown('weather', knows, uses)).toBe(false);
  });
});

describe('GIVEN language-level rules of /ask', () => {
  it('THEN fixed-date holidays read as their dates', () => {
    expect(normalizeText('strike on Christmas Day')).toContain('__d1225');
    expect(normalizeText('圣诞节那天')).toContain('__d1225');
    expect(normalizeText('平安夜')).toContain('__d1224');
  });

  it('THEN British and American spellings meet', () => {
    expect(stem('defence')).toBe(stem('defense'));
    expect(stem('recognised')).toBe(stem('recognized'));
    expect(stem('travelled')).toBe(stem('traveled'));
    expect(matchForm('post-dated cheque')).toBe(matchForm('post-dated check'));
  });

  it('THEN abbreviations are written out, also glued to a number', () => {
    expect(normalizeText('russian fm')).toContain('foreign minister');
    expect(normalizeText('the 20pt plan')).toContain('point');
    expect(normalizeText('$800bn')).toContain('__n800000000000');
  });

  it('THEN "when" is a question word only where it asks', () => {
    expect(questionTypes('When did the talks take place?')).toContain('when');
    expect(questionTypes('What was Putin wearing when he visited the command centre?')).not.toContain('when');
    expect(questionTypes('文章把美国的承诺比作什么?')).toContain('label');
    expect(questionTypes('文章把美国的承诺比作什么?')).not.toContain('yesno');
    // "whose" after a noun phrase of up to three words is a relative pronoun, not a question word
    expect(questionTypes('What does the plan offer for the contested eastern lands whose ownership is open?')).not.toContain('who');
    expect(questionTypes('Whose plan was published first?')).toContain('who');
    // 哪条 asks an article (北约哪一条), 哪条线 a line
    expect(questionTypes('乌方要的保障参照北约哪一条?')).toContain('number');
    expect(questionTypes('旧版方案把两地按哪条线冻结?')).not.toContain('number');
  });

  it('THEN names the briefing lacks are spotted by acronym, transliteration and organisation ending', () => {
    const known = (n: string) => ['泽连斯基', '敖德萨', '协调'].some((k) => k.includes(n) || n === k);
    expect(acronyms('What did the IAEA say?')).toEqual(['IAEA']);
    expect(acronyms('WHAT DID THEY SAY')).toEqual([]);
    expect(unknownTransliterations('会谈中有没有讨论库尔斯克的问题', known, ['泽连斯基'])).toEqual(['库尔斯克']);
    expect(unknownTransliterations('泽伦斯基说了什么', known, ['泽连斯基'])).toEqual([]);
    expect(unknownTransliterations('敖德萨什么时候遭到袭击', known, ['敖德萨'])).toEqual([]);
    // a two-character name counts after a title; a known one does not
    expect(unknownTransliterations('北约秘书长吕特怎么评价', known, ['泽连斯基'])).toEqual(['吕特']);
    expect(unknownTransliterations('特使维特科夫说了什么', known, ['维特科夫'])).toEqual([]);
    expect(
      unknownOrganisations(
        '国际原子能机构怎么说',
        () => false,
        () => false,
      ),
    ).toHaveLength(1);
    expect(
      unknownOrganisations(
        '负责协调机构的秘书是谁',
        () => false,
        (w) => w === '协调',
      ),
    ).toEqual([]);
  });
});

describe('GIVEN words a briefing lacks', () => {
  it('THEN everyday vocabulary is told from names: WordNet lemmas in English, segmenter words in Chinese', () => {
    expect(isDictionaryWord('武装')).toBe(true);
    expect(isDictionaryWord('午餐')).toBe(true);
    expect(isDictionaryWord('斯塔默')).toBe(false);
    expect(isDictionaryWord('吕特')).toBe(false);
    const th = englishThesaurus();
    expect(th.knows(stem('warranty'))).toBe(true);
    expect(th.knows(stem('starmer'))).toBe(false);
    expect(th.synonyms(stem('truce'))).toContain(stem('ceasefire'));
    expect(th.synonyms(stem('warranty'))).toContain(stem('guarantee'));
  });

  it('THEN a Chinese word has its main English senses from CC-CEDICT, without classifiers or notes', () => {
    const g = chineseGlosses();
    expect(g.glosses('草案')).toBe('draft');
    expect(g.glosses('国安')).toContain('national security');
    expect(g.glosses('部队')).toMatch(/^army; armed forces$/);
    expect(g.glosses('午餐')).not.toContain('CL:');
    // lone characters and unknown strings have no glosses
    expect(g.glosses('砍')).toBe('');
    expect(g.glosses('乌梅罗夫特')).toBe('');
  });
});

describe('GIVEN a remembered lookup', () => {
  it('THEN each key is computed once, and the memory is forgotten whole when full', () => {
    const calls: string[] = [];
    const upper = remembering((k: string) => {
      calls.push(k);
      return k.toUpperCase();
    }, 2);
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // full: forgets a and b
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('GIVEN a yes/no question', () => {
  it('THEN a negation in the answer, not in the question, reads as "no"', () => {
    expect(negates('欧洲内部缺乏共识', 'zh')).toBe(true);
    expect(negates('俄军不断推进', 'zh')).toBe(false);
    expect(negates('Russia goes on bombing Ukraine (the source gives no dates)', 'en')).toBe(false);
    expect(negates('有没有提议组建多国部队', 'zh')).toBe(false);
    expect(negates('欧洲是否提议组建多国部队', 'zh')).toBe(false);
    // a negation inside a condition, or inside a word (无人机 "drone"), is not the statement's
    expect(negates('泽连斯基表示，如果领土问题谈不拢，整个和平计划可能提交全民公投。', 'zh')).toBe(false);
    expect(
      negates('Zelensky said that if no agreement on territory can be reached, the whole plan may be put to a referendum.', 'en'),
    ).toBe(false);
    expect(negates('俄罗斯以近500架无人机和40枚导弹空袭基辅，造成大范围断电。', 'zh')).toBe(false);
    expect(negates("Completely avoids the question of Ukraine's NATO membership", 'en')).toBe(true);
  });

  it('THEN the verdict needs the item to cover the question, and uses the question’s own verb in Chinese', () => {
    const base = {
      question: 'Did they agree?',
      questionLang: 'en' as const,
      answer: 'They agreed.',
      answerLang: 'en' as const,
      numbers: { asked: [], stated: [] },
    };
    expect(yesNoVerdict({ ...base, coverage: 1 })).toBe('yes');
    expect(yesNoVerdict({ ...base, coverage: 0.6 })).toBeUndefined();
    expect(yesNoVerdict({ ...base, coverage: 0.6, numbers: { asked: [600000], stated: [800000] } })).toBe('no');
    expect(withVerdict('法德提出要组建多国部队。', 'yes', 'zh', '法国德国有没有提议组建多国部队?')).toBe('有。法德提出要组建多国部队。');
    expect(withVerdict('细节均未公开。', 'no', 'zh', '美国公开这些细节了吗?')).toBe('没有。细节均未公开。');
    expect(withVerdict('Recognises Crimea.', 'yes', 'en', 'Did it recognise Crimea?')).toBe('Yes. Recognises Crimea.');
  });

  it('THEN "more than" and "less than" compare the number stated with the bound asked about', () => {
    const ask = (question: string, asked: number[], stated: number[], lang: 'en' | 'zh' = 'en') =>
      yesNoVerdict({ question, questionLang: lang, answer: '…', answerLang: lang, coverage: 0.5, numbers: { asked, stated } });
    expect(ask('美国国债是不是已经超过30万亿美元？', [30e12], [38e12], 'zh')).toBe('yes');
    expect(ask('Is US debt over 40 trillion dollars?', [40e12], [38e12])).toBe('no');
    expect(ask('Does the reconstruction need less than 500 billion?', [500e9], [800e9])).toBe('no');
    expect(ask('Does the reconstruction need 1 trillion?', [1e12], [800e9])).toBe('no');
    // a number of another order is not the one compared: no verdict
    expect(ask('Is the guarantee worth more than 100 billion?', [100e9], [15])).toBeUndefined();
  });

  it('THEN "all" answered by "at most a fraction" is a "no"', () => {
    const v = (question: string, answer: string, lang: 'en' | 'zh') =>
      yesNoVerdict({ question, questionLang: lang, answer, answerLang: lang, coverage: 0.85, numbers: { asked: [], stated: [] } });
    expect(
      v('Could the frozen assets pay for all of the reconstruction?', 'At most 100 billion could be used, one-eighth of the need.', 'en'),
    ).toBe('no');
    expect(v('冻结资产能全部拿来重建吗？', '至多可动用1000亿，只够覆盖重建所需的八分之一。', 'zh')).toBe('no');
  });

  it('THEN an answer stating the opposite sense reads as "no", and the same sense as "yes"', () => {
    const ask = (question: string, answer: string, lang: 'en' | 'zh' = 'en') =>
      yesNoVerdict({ question, questionLang: lang, answer, answerLang: lang, coverage: 0.85, numbers: { asked: [], stated: [] } });
    expect(ask('Did Russia stop bombing Ukraine after the meeting?', 'Once the talks are over, Russia goes on bombing Ukraine.')).toBe(
      'no',
    );
    expect(ask('Did Russia keep bombing Ukraine after the meeting?', 'Once the talks are over, Russia goes on bombing Ukraine.')).toBe(
      'yes',
    );
    expect(ask('Are the Europeans united on the guarantees?', 'European allies are divided on the guarantees.')).toBe('no');
    expect(ask('会谈后俄方停止空袭了吗?', '会谈结束后，俄罗斯继续轰炸乌克兰。', 'zh')).toBe('no');
    // "是特朗普先公布的吗" asks who did it: an item naming someone else as well settles nothing
    const agent = (question: string, othersNamed: boolean) =>
      yesNoVerdict({
        question,
        questionLang: 'zh',
        answer: '特朗普要乌方在12月25日前推进签署，乌方抢先公布计划。',
        answerLang: 'zh',
        coverage: 0.9,
        numbers: { asked: [], stated: [] },
        othersNamed,
      });
    expect(agent('20点计划是特朗普先对外公布的吗？', true)).toBeUndefined();
    expect(agent('20点计划是特朗普先对外公布的吗？', false)).toBe('yes');
    // "是真的吗" asks whether, not who
    expect(agent('特朗普要乌方在12月25日前推进签署，这是真的吗？', true)).toBe('yes');
    // taking the blame and escaping it
    expect(ask('扎卢日内需要为战场失败背锅吗？', '扎卢日内被调离后反而得以躲开此后战场失败的责任。', 'zh')).toBe('no');
    expect(ask('Was Zaluzhnyi blamed for the later defeats?', 'Zaluzhnyi escaped responsibility for the later setbacks.')).toBe('no');
    expect(ask('Was Zaluzhnyi blamed for the later defeats?', 'Zaluzhnyi escaped the blame for the later setbacks.')).toBe('no');
    // a question using both senses is set against neither
    expect(ask('Did Zaluzhnyi escape the blame for the later defeats?', 'Zaluzhnyi escaped the blame for the later setbacks.')).toBe('yes');
    // a negation and an opposite sense together give no verdict: "they did not continue" would be a "yes", but "did all
    // back it?" — "no hope …, can only accept" would be one too, wrongly; the fact is shown without a verdict
    expect(ask('Did the strikes stop?', 'The strikes did not continue.')).toBeUndefined();
    expect(
      ask('Did all Europeans back the plan?', 'There is no hope of a counteroffensive and Ukraine can only accept the deal.'),
    ).toBeUndefined();
  });
});

describe('GIVEN an English verb split around its object', () => {
  it('THEN "made X public" reads as published X, and a moved particle goes back beside its verb', () => {
    expect(normalizeText('had he made the 20-point plan public')).toContain('published the __n20');
    expect(normalizeText('would russia pull its troops out')).toContain('pull out its troops');
    expect(normalizeText('they turned the offer down')).toContain('turned down the offer');
  });
  it('AND a particle already beside its verb, or a phrase with no particle, is left as written', () => {
    expect(normalizeText('did they give up land')).toContain('give up land');
    expect(normalizeText('make public statements')).toContain('make public statements');
  });
});

describe('GIVEN "afraid of being called …"', () => {
  it('THEN the question asks for a label', () => {
    expect(questionTypes('what is zelensky scared of being called if he cedes land')).toContain('label');
    expect(questionTypes('did trump call putin after the talks')).not.toContain('label');
  });
});
