import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/briefing/schema.ts';
import { digestMessage } from '../../src/render/digest-payload.ts';
import { topicById } from '../../src/query/common.ts';
import { topicView } from '../../src/query/topic-view.ts';
import { secondApp, shownAs } from './fixture.ts';

const b = (await secondApp()).briefings.default;

/**
 * What a reader must see under each topic of the fictional briefing: what is filed there, what is tagged for it
 * (`alsoUnder`, `topics`), and for a collection's home the whole collection. Ids marked † are tagged from elsewhere.
 */
const MUST_SEE: Record<string, string[]> = {
  'barrier-height': [
    'cx-surge†',
    'bh-council',
    'bh-guild',
    'cp-height',
    'gp-height',
    'gp-channel†',
    'ep-height',
    'ev-survey',
    'fig-overtop',
  ],
  'fishing-access': ['fa-guild', 'cp-gate', 'gp-channel', 'ep-no-channel', 'ep-fund', 'fig-fund', 'risk-court'],
  'cost-sharing': [
    'gp-cheaper†',
    'cs-guild',
    'cp-split',
    'gp-payer',
    'ep-fund†',
    'ep-split',
    'fig-council-cost',
    'fig-engineers-cost',
    'fig-guild-cost',
    'risk-overrun',
  ],
  'construction-timetable': ['fa-guild†', 'cp-finish', 'ep-finish', 'ps-vote-promised†', 'ev-tender', 'risk-court'],
  context: ['cx-surge', 'cx-frequency', 'ev-flood'],
  proposals: ['pr-agree-need', 'gp-cheaper', 'plan-council-plan', 'plan-guild-plan', 'plan-engineers-plan'],
  people: [
    'actor-brannock',
    'actor-vosk',
    'actor-priddy',
    'actor-town-council',
    'actor-fishers-guild',
    'actor-estuary-authority',
    'actor-courier',
  ],
  numbers: ['fig-homes', 'fig-overtop', 'fig-council-cost', 'fig-engineers-cost', 'fig-guild-cost', 'fig-fund', 'fig-overrun'],
  dangers: ['risk-overrun', 'risk-court', 'ps-survey', 'ps-vote-promised'],
  calendar: ['ev-flood', 'ev-hearing', 'ev-survey', 'ev-vote', 'ev-tender'],
  'next-steps': ['ps-survey', 'ps-vote-promised', 'ev-vote'],
};

/** Statements that belong elsewhere and must not leak in. */
const MUST_NOT_SEE: Record<string, string[]> = {
  'fishing-access': ['cp-height', 'ep-split', 'risk-overrun'],
  'cost-sharing': ['ep-no-channel', 'cp-gate'],
  context: ['ev-survey', 'fig-homes'],
  numbers: ['cx-surge'],
};

const id = (tagged: string) => tagged.replace('†', '');

describe('GIVEN each topic of the fictional briefing', () => {
  it('THEN the table covers every topic', () => {
    expect(Object.keys(MUST_SEE).sort()).toEqual([...b.sections, ...b.stickingPoints].map((t) => t.id).sort());
  });

  describe.each(Object.entries(MUST_SEE))('WHEN a reader opens /brief %s', (topic, ids) => {
    it.each(LANGS)('THEN (%s) every statement that belongs there is shown, and nothing filed elsewhere', (lang) => {
      const text = JSON.stringify(topicView(b, topicById(b, topic)!, lang));
      for (const tagged of ids) expect(text, `${topic} ∋ ${tagged}`).toContain(JSON.stringify(shownAs(b, id(tagged), lang)).slice(1, -1));
      for (const other of MUST_NOT_SEE[topic] ?? [])
        expect(text, `${topic} ∌ ${other}`).not.toContain(JSON.stringify(shownAs(b, other, lang)).slice(1, -1));
    });
  });

  it.each(LANGS)('THEN (%s) a digest of a topic carries what is tagged for it too', (lang) => {
    const text = JSON.stringify(digestMessage(b, 'cost-sharing', lang));
    expect(text).toContain(shownAs(b, 'gp-cheaper', lang));
    expect(text).toContain(shownAs(b, 'ep-fund', lang));
  });
});
