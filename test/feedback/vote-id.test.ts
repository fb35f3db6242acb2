import { describe, expect, it } from 'vitest';
import { parseVoteCustomId, voteCustomId } from '../../src/feedback/vote-id.ts';
import { parsePagerCustomId } from '../../src/render/discord-payload.ts';

describe('GIVEN the custom ids of the 👍/👎 buttons', () => {
  it('THEN a logged entry round-trips for both votes', () => {
    for (const vote of ['up', 'down'] as const) {
      const id = voteCustomId(vote, { kind: 'logged', entryId: 4711 });
      expect(id).toBe(`askvote:${vote[0]}:#4711`);
      expect(parseVoteCustomId(id)).toEqual({ vote, target: { kind: 'logged', entryId: 4711 } });
    }
  });

  it('THEN an answer round-trips with its language, status and item ids in order', () => {
    const target = {
      kind: 'answer' as const,
      lang: 'zh' as const,
      status: 'answered' as const,
      itemIds: ['army-cap-28', 'fig-army-20', 'actor-rubio'],
    };
    const id = voteCustomId('down', target);
    expect(id).toBe('askvote:d:zh:a:army-cap-28,fig-army-20,actor-rubio');
    expect(parseVoteCustomId(id)).toEqual({ vote: 'down', target });
    expect(parseVoteCustomId(voteCustomId('up', { ...target, status: 'unsure', itemIds: [] }))).toEqual({
      vote: 'up',
      target: { ...target, status: 'unsure', itemIds: [] },
    });
  });

  it('THEN item ids that would pass Discord’s 100-character limit are left out, whole', () => {
    const long = Array.from({ length: 6 }, (_, i) => `a-rather-long-item-id-number-${i}`);
    const id = voteCustomId('down', { kind: 'answer', lang: 'en', status: 'answered', itemIds: long });
    expect(id.length).toBeLessThanOrEqual(100);
    const parsed = parseVoteCustomId(id);
    expect(parsed?.target).toMatchObject({ itemIds: long.slice(0, 2) });
  });

  it('THEN other custom ids are not taken for votes, and votes are not taken for pager buttons', () => {
    for (const bad of [
      'askvote:x:#1',
      'askvote:d:#',
      'askvote:d:fr:a:x',
      'askvote:d:en:q:x',
      'askvote:d:en:a:Bad_Id',
      'pager:abc:1',
      'askvote:d:#1:extra',
    ]) {
      expect(parseVoteCustomId(bad)).toBeNull();
    }
    expect(parsePagerCustomId('askvote:d:#1')).toBeNull();
  });
});
