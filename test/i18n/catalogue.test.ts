import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/i18n/catalogue.ts';
import { failureMessage } from '../../src/errors/failure-view.ts';
import type { Failure, FailureCode } from '../../src/errors/failure.ts';
import { plainRuns } from '../../src/query/rich-text.ts';

/** Every leaf of a catalogue: strings, and functions called with sample arguments. */
function leaves(value: unknown, path: string, out: Array<[string, unknown]>): void {
  if (typeof value === 'string' || typeof value === 'function' || Array.isArray(value)) out.push([path, value]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
}

const keysOf = (lang: keyof typeof CATALOGUES) => {
  const out: Array<[string, unknown]> = [];
  leaves(CATALOGUES[lang], '', out);
  // A command's own name is English; other languages add a localized one.
  return out.filter(([k]) => !/^commands\..*\.name$/.test(k));
};

const SAMPLE_FAILURES: Failure[] = [
  { code: 'not-found', params: { kind: 'topic', typed: 'x', suggestions: [{ command: '/brief a', title: 'A' }], all: [] } },
  { code: 'channel-permissions', params: { channelId: '42', missing: ['SendMessages'] } },
  { code: 'timezone-unknown', params: { typed: 'Mars/Base', suggestion: 'Europe/Paris' } },
];

describe('GIVEN the message catalogues', () => {
  const english = keysOf('en').map(([k]) => k);

  it.each(Object.keys(CATALOGUES) as Array<keyof typeof CATALOGUES>)('THEN %s has every key English has, and no empty text', (lang) => {
    const entries = keysOf(lang);
    expect(entries.map(([k]) => k)).toEqual(english);
    for (const [key, value] of entries) if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
  });

  it('THEN the two languages differ wherever words are shown (no untranslated copy)', () => {
    const zh = new Map(keysOf('zh'));
    const same = keysOf('en').filter(([k, v]) => typeof v === 'string' && v === zh.get(k) && /[a-z]{3}/i.test(v));
    // Separators and names of the languages themselves may coincide; words may not.
    expect(same.map(([k]) => k)).toEqual([]);
  });

  it('THEN every failure code has a message with a title and a body in every language', () => {
    const codes = Object.keys(CATALOGUES.en.failures) as FailureCode[];
    expect(codes.length).toBeGreaterThan(20);
    for (const lang of ['en', 'zh'] as const) {
      for (const f of SAMPLE_FAILURES) {
        const m = failureMessage(f, lang);
        expect(plainRuns(m.title)).not.toBe('');
        expect(plainRuns(m.body)).not.toBe('');
      }
    }
    expect(plainRuns(failureMessage(SAMPLE_FAILURES[2]!, 'zh').body)).toContain('Europe/Paris');
  });
});
