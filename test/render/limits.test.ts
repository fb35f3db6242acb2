import { describe, expect, it } from 'vitest';
import { LIMITS, limitViolations, truncate } from '../../src/render/discord-limits.ts';
import { renderEmbedPages } from '../../src/render/discord-render.ts';
import type { View } from '../../src/query/view.ts';

describe('truncate', () => {
  it('keeps short text as is', () => expect(truncate('hello world', 20)).toBe('hello world'));
  it('cuts at a word boundary and marks the cut', () => {
    const out = truncate('the quick brown fox jumps over the lazy dog', 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toBe('the quick brown fox…');
  });
  it('never splits a surrogate pair', () => {
    const out = truncate('😀'.repeat(10), 6);
    expect(out.length).toBeLessThanOrEqual(6);
    expect(/[\uD800-\uDBFF]…$/.test(out)).toBe(false);
  });
});

describe('GIVEN an oversized view', () => {
  const long = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const view: View = {
    lang: 'en',
    tone: 'info',
    title: long(100),
    headline: long(1000),
    blocks: Array.from({ length: 40 }, (_, i) => ({
      heading: `Block ${i} ${long(60)}`,
      statements: Array.from({ length: 12 }, () => ({ text: long(80), nature: 'analysis' as const, cite: '§V' })),
    })),
    footer: long(500),
  };

  it('THEN every page is within every limit and nothing is lost silently', () => {
    const pages = renderEmbedPages(view);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(limitViolations({ embeds: [page] })).toEqual([]);
      expect(page.title!.length).toBeLessThanOrEqual(LIMITS.title);
    }
    const fieldCount = pages.reduce((n, p) => n + (p.fields?.length ?? 0), 0);
    expect(fieldCount).toBeGreaterThanOrEqual(40);
    expect(pages.at(-1)!.footer!.text).toMatch(/Page \d+\/\d+$/);
  });

  it('THEN limitViolations reports a broken payload', () => {
    expect(limitViolations({ content: 'x'.repeat(2001) })).toContain('content > 2000');
    expect(limitViolations({ embeds: [{ title: 'x'.repeat(257) }] })).toContain('embed 0 title > 256');
  });
});
