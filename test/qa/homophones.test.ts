import { describe, expect, it } from 'vitest';
import { HomophoneMender } from '../../src/qa/homophones.ts';

describe('GIVEN Chinese typed by sound (a pinyin keyboard picked a character read the same way)', () => {
  const mender = new HomophoneMender(['海湖庄园', '扎波罗热', '敖德萨', '调离', '美方', '防长', '至多']);
  it('THEN a name with one such character is the name, and a question word is the question word', () => {
    expect(mender.mend('老川跟泽总在海胡庄园谈的')).toBe('老川跟泽总在海湖庄园谈的');
    expect(mender.mend('扎卢日尼啥时侯被调走的')).toBe('扎卢日尼啥时候被调走的');
    // (a particle's character inside a longer name is a typo there)
    expect(mender.mend('敖得萨是哪天被打的')).toBe('敖德萨是哪天被打的');
  });
  it('THEN right words that sound like others stay: 美防长 (防 makes a word with 长), 值多少, 调走的 (a particle is no typo)', () => {
    expect(mender.mend('美防长去了没')).toBe('美防长去了没');
    expect(mender.mend('矿产协议值多少钱')).toBe('矿产协议值多少钱');
    expect(mender.mend('被调走的')).toBe('被调走的');
  });
  it('THEN a character that sounds different is left alone (海南庄园 is no typo of 海湖庄园)', () => {
    expect(mender.mend('海南庄园在哪')).toBe('海南庄园在哪');
  });
});

describe('GIVEN a two-character word typed by sound, both characters left on their own (导蛋, 导单 for 导弹)', () => {
  const mender = new HomophoneMender(['导弹', '美方', '防长', '公投']);
  it('THEN it is the word; a character that makes a word with its neighbour stays (美|防长)', () => {
    expect(mender.mend('那次空袭导蛋打了几枚哇')).toBe('那次空袭导弹打了几枚哇');
    expect(mender.mend('导单呢?那次打了几枚')).toBe('导弹呢?那次打了几枚');
    expect(mender.mend('搞攻投那招到底想干嘛')).toBe('搞公投那招到底想干嘛');
    expect(mender.mend('美防长去了没')).toBe('美防长去了没');
  });
});

describe('GIVEN a two-character span holding a verb complement or negation (开出, 回比, 起不)', () => {
  const mender = new HomophoneMender(['开除', '回避', '起步']);
  it('THEN it is no typo', () => {
    expect(mender.mend('乌方开出的数字')).toBe('乌方开出的数字');
    expect(mender.mend('2月那回比呢')).toBe('2月那回比呢');
  });
});
