import { markdown } from '../../src/render/rich-markdown.ts';
import { describe, expect, it } from 'vitest';
import { compareDates, dateSpan } from '../../src/briefing/partial-date.ts';
import { run, testApp } from '../helpers/app.ts';

describe('GIVEN dates of different precision', () => {
  it('THEN a month or a year spans the whole period', () => {
    expect(dateSpan('2026-01')).toEqual({ first: '2026-01-01', last: '2026-01-31' });
    expect(dateSpan('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateSpan('2032')).toEqual({ first: '2032-01-01', last: '2032-12-31' });
    expect(dateSpan('2025-12-28')).toEqual({ first: '2025-12-28', last: '2025-12-28' });
  });

  it('THEN they sort chronologically: a month after its days, a year after its months, equal dates keep their order', () => {
    const dates = ['2026', '2026-01', '2026-01-31', '2025-12', '2026-01-01', '2025-12-28', '2026-02-01', '2026-01'];
    expect([...dates].sort(compareDates)).toEqual([
      '2025-12-28',
      '2025-12',
      '2026-01-01',
      '2026-01-31',
      '2026-01',
      '2026-01',
      '2026-02-01',
      '2026',
    ]);
    expect(compareDates('2026-01', '2026-01')).toBe(0);
  });
});

describe('GIVEN the Mar-a-Lago timeline', () => {
  it.each([
    ['en-US', '**1 Jan 2026**', '**Jan 2026** (planned)'],
    ['zh-CN', '**2026年1月1日**', '**2026年1月** (计划中)'],
  ])('THEN (%s) “1 Jan 2026” comes before “Jan 2026 (planned)”', async (locale, day, month) => {
    const lines = (await run(await testApp(), 'timeline', [], locale)).view.blocks.flatMap((b) =>
      b.statements.map((s) => markdown(s.text)),
    );
    const dayAt = lines.findIndex((l) => l.startsWith(day));
    const monthAt = lines.findIndex((l) => l.startsWith(month));
    expect(dayAt).toBeGreaterThanOrEqual(0);
    expect(monthAt).toBeGreaterThan(dayAt);
    expect(lines.slice(monthAt).every((l) => l.startsWith(month))).toBe(true);
  });
});
