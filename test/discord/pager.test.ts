import { describe, expect, it } from 'vitest';
import { PagerStore } from '../../src/discord/pager.ts';
import { pagePayload, parsePagerCustomId } from '../../src/render/discord-payload.ts';

describe('GIVEN a multi-page reply', () => {
  const pages = [{ title: 'one' }, { title: 'two' }, { title: 'three' }];

  it('THEN the buttons page within bounds and carry a parseable id', () => {
    const first = pagePayload(pages, 0, { lang: 'en', pagerId: 'abc' });
    const [prev, indicator, next] = first.components[0]!.components as Array<{ custom_id: string; disabled: boolean; label: string }>;
    expect(prev!.disabled).toBe(true);
    expect(indicator!.label).toBe('1/3');
    expect(next!.disabled).toBe(false);
    expect(parsePagerCustomId(next!.custom_id)).toEqual({ sessionId: 'abc', page: 1 });
    const last = pagePayload(pages, 2, { lang: 'zh', pagerId: 'abc' });
    expect((last.components[0]!.components[2] as { disabled: boolean }).disabled).toBe(true);
    expect((last.components[0]!.components[0] as { label: string }).label).toContain('上一页');
    expect(parsePagerCustomId('pager:abc:indicator')).toBeNull();
  });

  it('THEN sessions expire after their time and the store stays bounded', () => {
    let now = 1_000;
    const store = new PagerStore(60_000, 2, () => now);
    const a = store.create('u1', pages, 'en', false, 'i1');
    expect(store.get(a.id)?.userId).toBe('u1');
    now += 60_001;
    expect(store.get(a.id)).toBeUndefined();
    const b = store.create('u1', pages, 'en', false, 'i1');
    store.create('u2', pages, 'en', false, 'i2');
    store.create('u3', pages, 'en', false, 'i3');
    expect(store.get(b.id)).toBeUndefined();
  });
});
