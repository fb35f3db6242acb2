import { describe, expect, it } from 'vitest';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { actorNames, topicNames } from '../../src/query/common.ts';
import { completeName, resolveName } from '../../src/query/resolve.ts';

const b = BriefingRegistry.fromDir().default;
const topic = (text: string) => resolveName(topicNames(b), text);
const actor = (text: string) => resolveName(actorNames(b), text);
const id = (r: ReturnType<typeof topic> | ReturnType<typeof actor>) =>
  r.ok ? r.value.id : `suggest:${r.suggestions.map((s) => s.id).join(',')}`;

describe('GIVEN topic text in either language', () => {
  it.each([
    ['territory', 'territory'],
    ['领土', 'territory'],
    ['znpp', 'nuclear-plant'],
    ['ZNPP', 'nuclear-plant'],
    ['zaporizhzhia', 'nuclear-plant'],
    ['核电站', 'nuclear-plant'],
    ['army', 'army-size'],
    ['军队', 'army-size'],
    ['security', 'security-guarantees'],
    ['reconstruction', 'reconstruction'],
    ['Timeline', 'timeline'],
    ['risks', 'risks'],
    ['outlook', 'outlook'],
  ])('THEN "%s" resolves to %s', (text, expected) => {
    expect(id(topic(text))).toBe(expected);
  });

  it('THEN small typos still resolve', () => {
    expect(id(topic('teritory'))).toBe('territory');
    expect(id(topic('reconstrucion'))).toBe('reconstruction');
    expect(id(topic('timelin'))).toBe('timeline');
  });

  it('THEN unknown text gives suggestions, never a wrong hit', () => {
    const r = topic('weather');
    expect(r.ok).toBe(false);
    const near = topic('nuclear weapons');
    expect(near.ok ? near.value.id : near.suggestions.map((s) => s.id)).toContain('nuclear-plant');
  });
});

describe('GIVEN a person in any spelling', () => {
  it.each([
    ['rubio', 'rubio'],
    ['Nubio', 'rubio'],
    ['Marco Rubio', 'rubio'],
    ['Vitkov', 'witkoff'],
    ['witkof', 'witkoff'],
    ['维特科夫', 'witkoff'],
    ['Hedges', 'hegseth'],
    ['Merov', 'umerov'],
    ['Gnatov', 'hnatov'],
    ['Soholev', 'sobolev'],
    ['泽连斯基', 'zelensky'],
    ['Zelenskyy', 'zelensky'],
  ])('THEN "%s" is %s', (text, expected) => {
    expect(id(actor(text))).toBe(expected);
  });

  it('THEN autocomplete never returns more than 25 and ranks prefix matches first', () => {
    expect(completeName(actorNames(b), '').length).toBeLessThanOrEqual(25);
    expect(completeName(actorNames(b), 'ru')[0]?.id).toBe('rubio');
  });
});

describe('GIVEN names typed as a newcomer types them', () => {
  it.each([
    ['zaporozhye', 'nuclear-plant'], // another transliteration
    ['Zaporozhie', 'nuclear-plant'],
    ['the nuclear plant', 'nuclear-plant'], // an article in front
    ['20 point plan', 'plans'], // extra words around a name the topic has
    ['the 28-point plan', 'plans'],
    ['donbas', 'territory'],
    ['Donbass', 'territory'],
  ])('THEN topic "%s" is %s', (text, expected) => {
    expect(id(topic(text))).toBe(expected);
  });

  it.each([
    ['zalujny', 'zaluzhnyi'], // French transliteration: j for zh
    ['Zaluzhniy', 'zaluzhnyi'],
    ['president trump', 'trump'],
    ['Volodymyr Zelenskyj', 'zelensky'],
  ])('THEN actor "%s" is %s', (text, expected) => {
    expect(id(actor(text))).toBe(expected);
  });

  it('THEN a name the briefing does not have is not matched, and nothing implausible is suggested', () => {
    expect(id(actor('biden'))).toBe('suggest:');
    expect(id(actor('Joe Biden'))).toBe('suggest:');
    expect(id(topic('weather'))).toBe('suggest:');
    expect(id(topic('nuclear weapons'))).toBe('suggest:nuclear-plant');
  });

  it('THEN several equally good readings resolve to none of them', () => {
    // "security" names one topic, "europe" another: neither wins.
    expect(topic('security of europe').ok).toBe(false);
  });
});
