import { describe, expect, it } from 'vitest';
import { nextFireTime, nextFireTimes } from '../../src/scheduler/fire-times.ts';
import { local } from './fakes.ts';

const fires = (cron: string, tz: string, from: string, to: string) =>
  nextFireTimes(cron, tz, new Date(from), new Date(to)).map((d) => ({ utc: d.toISOString(), local: local(d, tz) }));

describe('nextFireTimes across DST', () => {
  it('daily 09:00 New York stays at 09:00 local across spring-forward (UTC shifts by an hour)', () => {
    expect(fires('0 9 * * *', 'America/New_York', '2025-03-08T00:00Z', '2025-03-11T00:00Z')).toEqual([
      { utc: '2025-03-08T14:00:00.000Z', local: '2025-03-08 09:00' },
      { utc: '2025-03-09T13:00:00.000Z', local: '2025-03-09 09:00' },
      { utc: '2025-03-10T13:00:00.000Z', local: '2025-03-10 09:00' },
    ]);
  });

  it('daily 09:00 London stays at 09:00 local across fall-back', () => {
    expect(fires('0 9 * * *', 'Europe/London', '2025-10-25T00:00Z', '2025-10-28T00:00Z')).toEqual([
      { utc: '2025-10-25T08:00:00.000Z', local: '2025-10-25 09:00' },
      { utc: '2025-10-26T09:00:00.000Z', local: '2025-10-26 09:00' },
      { utc: '2025-10-27T09:00:00.000Z', local: '2025-10-27 09:00' },
    ]);
  });

  it('a 01:30 job fires once on the fall-back day (first occurrence)', () => {
    expect(fires('30 1 * * *', 'Europe/London', '2025-10-25T12:00Z', '2025-10-27T12:00Z')).toEqual([
      { utc: '2025-10-26T00:30:00.000Z', local: '2025-10-26 01:30' }, // BST; 01:30 GMT an hour later is skipped
      { utc: '2025-10-27T01:30:00.000Z', local: '2025-10-27 01:30' },
    ]);
    expect(fires('30 1 * * *', 'America/New_York', '2025-11-02T00:00Z', '2025-11-03T00:00Z')).toHaveLength(1);
  });

  it('a job inside the skipped spring-forward hour runs when the clocks jump, once', () => {
    expect(fires('30 2 * * *', 'America/New_York', '2025-03-08T12:00Z', '2025-03-10T12:00Z')).toEqual([
      { utc: '2025-03-09T07:00:00.000Z', local: '2025-03-09 03:00' },
      { utc: '2025-03-10T06:30:00.000Z', local: '2025-03-10 02:30' },
    ]);
  });

  it('hourly jobs neither double-fire on fall-back nor stack up after spring-forward', () => {
    const back = fires('0 * * * *', 'Europe/London', '2025-10-25T23:30Z', '2025-10-26T03:30Z').map((f) => f.utc);
    expect(back).toEqual(['2025-10-26T00:00:00.000Z', '2025-10-26T02:00:00.000Z', '2025-10-26T03:00:00.000Z']);
    const fwd = fires('0 * * * *', 'Europe/London', '2025-03-30T00:30Z', '2025-03-30T03:30Z').map((f) => f.local);
    expect(fwd).toEqual(['2025-03-30 02:00', '2025-03-30 03:00', '2025-03-30 04:00']);
  });

  it('handles half-hour DST shifts (Lord Howe Island)', () => {
    // Clocks go back 30 minutes at 02:00 on 2025-04-06 (+11:00 → +10:30).
    const r = fires('0 9 * * *', 'Australia/Lord_Howe', '2025-04-04T12:00Z', '2025-04-08T00:00Z');
    expect(r.map((f) => f.local)).toEqual(['2025-04-05 09:00', '2025-04-06 09:00', '2025-04-07 09:00', '2025-04-08 09:00']);
    expect(fires('45 1 * * *', 'Australia/Lord_Howe', '2025-04-05T12:00Z', '2025-04-06T12:00Z')).toEqual([
      { utc: '2025-04-05T14:45:00.000Z', local: '2025-04-06 01:45' },
    ]);
  });
});

describe('nextFireTimes window and calendar rules', () => {
  it('is exclusive of `after` and inclusive of `until`', () => {
    const r = nextFireTimes('0 9 * * *', 'UTC', new Date('2025-01-01T09:00Z'), new Date('2025-01-02T09:00Z'));
    expect(r.map((d) => d.toISOString())).toEqual(['2025-01-02T09:00:00.000Z']);
    expect(nextFireTimes('0 9 * * *', 'UTC', new Date('2025-01-02T00:00Z'), new Date('2025-01-01T00:00Z'))).toEqual([]);
  });

  it('weekdays skip the weekend and weekly picks its day', () => {
    const wd = fires('0 9 * * 1-5', 'Asia/Shanghai', '2025-06-06T00:00Z', '2025-06-10T00:00Z').map((f) => f.local);
    expect(wd).toEqual(['2025-06-06 09:00', '2025-06-09 09:00']); // Fri, Mon
    expect(nextFireTime('0 9 * * 1', 'UTC', new Date('2025-06-04T00:00Z'))?.toISOString()).toBe('2025-06-09T09:00:00.000Z');
  });

  it('uses classic cron OR semantics when both day fields are restricted', () => {
    const r = fires('0 9 13 * 5', 'UTC', '2025-06-01T00:00Z', '2025-06-21T00:00Z').map((f) => f.local.slice(0, 10));
    expect(r).toEqual(['2025-06-06', '2025-06-13', '2025-06-20']); // Fridays, and the 13th (also a Friday)
  });

  it('is bounded for rare dates and respects the limit', () => {
    expect(nextFireTime('0 9 29 2 *', 'UTC', new Date('2025-03-01T00:00Z'))?.toISOString()).toBe('2028-02-29T09:00:00.000Z');
    expect(nextFireTimes('0 * * * *', 'UTC', new Date('2025-01-01'), new Date('2026-01-01'), 5)).toHaveLength(5);
  });

  it('throws for an invalid expression', () => {
    expect(() => nextFireTimes('nope', 'UTC', new Date(0), new Date(1))).toThrow(/5 fields/);
  });
});
