import { describe, expect, it } from 'vitest';
import { validateBriefing, type BriefingIssue } from '../../src/briefing/validate.ts';
import { rawBriefing, type RawYaml } from './helpers.ts';

function issuesAfter(mutate: (b: RawYaml) => void): BriefingIssue[] {
  const b = rawBriefing();
  mutate(b);
  const result = validateBriefing(b);
  return result.ok ? [] : result.issues;
}

describe('GIVEN the presentation block of a briefing', () => {
  it('THEN no topic id is required by code: renaming the territory topic everywhere still validates', () => {
    const renamed = issuesAfter((b) => {
      const text = JSON.stringify(b).replace(/"territory"/g, '"land-question"');
      Object.assign(b, JSON.parse(text));
    });
    expect(renamed).toEqual([]);
  });

  it('THEN every topic it names must exist, once per list', () => {
    expect(
      issuesAfter((b) => {
        b.presentation.compareOrder.push('land');
        b.presentation.digestRotation.push('risks');
        b.presentation.topicOrder[0] = 'teritory';
        b.presentation.homes.risks = 'dangers';
      }),
    ).toEqual([
      { path: 'presentation.homes.risks', message: 'unknown topic "dangers"' },
      { path: 'presentation.topicOrder[0]', message: 'unknown topic "teritory"' },
      { path: 'presentation.compareOrder[7]', message: 'unknown topic "land"' },
      { path: 'presentation.digestRotation[16]', message: 'topic "risks" is listed twice' },
    ]);
  });

  it('THEN the examples must name a real topic and actor', () => {
    expect(
      issuesAfter((b) => {
        b.presentation.examples.topic = 'land';
        b.presentation.examples.actor = 'nubio';
      }),
    ).toEqual([
      { path: 'presentation.examples.topic', message: 'unknown topic "land"' },
      { path: 'presentation.examples.actor', message: 'unknown actor "nubio"' },
    ]);
  });

  it('THEN every statement must be reachable: a collection needs a home, an untagged item a topic', () => {
    expect(
      issuesAfter((b) => {
        delete b.presentation.homes.actors;
        delete b.presentation.homes.timeline;
      }),
    ).toEqual([
      { path: 'presentation.homes.actors', message: 'the briefing has 30 actor(s) but names no topic that lists them' },
      {
        path: `timeline[${rawBriefing().timeline.findIndex((e: RawYaml) => e.topics === undefined || e.topics.length === 0)}].topics`,
        message: 'name a topic, or set presentation.homes.timeline to the topic that lists every event',
      },
    ]);
  });

  it('THEN a missing examples block is reported by path', () => {
    expect(issuesAfter((b) => delete b.presentation.examples)).toEqual([
      { path: 'presentation.examples', message: 'Invalid input: expected object, received undefined' },
    ]);
  });
});
