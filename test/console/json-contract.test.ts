import { describe, expect, it } from 'vitest';
import { askJsonRecord, parseAskLogExportArgs } from '../../src/console/json-contract.ts';
import type { QaResult } from '../../src/qa/engine.ts';

describe('GIVEN the ask --json contract', () => {
  it('WHEN the engine is not sure THEN its candidates are listed with answered: false, each with nature and by', () => {
    const unsure: QaResult = {
      question: 'how old is rubio',
      lang: 'en',
      status: 'unsure',
      answered: false,
      answers: [
        {
          itemId: 'x',
          text: 'Rubio is Secretary of State.',
          topic: 'actors',
          topicTitle: 'Actors',
          citation: '§I',
          nature: 'reported',
          score: 2,
        },
        { itemId: 'y', text: 'A claim.', topic: 'plans', topicTitle: 'Plans', citation: '§II(1)', nature: 'claim', by: 'Russia', score: 1 },
      ],
      suggestions: [{ id: 'actors', title: 'Actors' }],
    };
    expect(askJsonRecord(unsure)).toEqual({
      question: 'how old is rubio',
      status: 'unsure',
      answered: false,
      answers: [
        { text: 'Rubio is Secretary of State.', topic: 'actors', citation: '§I', nature: 'reported', by: null },
        { text: 'A claim.', topic: 'plans', citation: '§II(1)', nature: 'claim', by: 'Russia' },
      ],
    });
  });
});

describe('GIVEN ask-log export options', () => {
  it('THEN defaults export everything up to 10,000, newest first', () => {
    expect(parseAskLogExportArgs([])).toEqual({ limit: 10_000, filter: 'all' });
    expect(parseAskLogExportArgs(['--limit', '5', '--show=unhelpful', '--guild', '123'])).toEqual({
      limit: 5,
      filter: 'unhelpful',
      guildId: '123',
    });
  });

  it('THEN bad values are refused with a message that says what is allowed', () => {
    expect(() => parseAskLogExportArgs(['--limit', '0'])).toThrow('--limit must be a whole number from 1 to 10000');
    expect(() => parseAskLogExportArgs(['--limit', '2.5'])).toThrow('--limit must be a whole number');
    expect(() => parseAskLogExportArgs(['--limit'])).toThrow('--limit needs a value');
    expect(() => parseAskLogExportArgs(['--show', 'maybe'])).toThrow('--show must be one of: all, not-covered, unsure, unhelpful');
    expect(() => parseAskLogExportArgs(['--user', '1'])).toThrow('unknown option --user');
  });
});
