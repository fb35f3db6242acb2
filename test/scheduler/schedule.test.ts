import { describe, expect, it } from 'vitest';
import { parseSchedule, validateTimezone } from '../../src/scheduler/schedule.ts';
import { failureMessage } from '../../src/errors/failure-view.ts';
import type { Failure } from '../../src/errors/failure.ts';
import { markdown } from '../../src/render/rich-markdown.ts';

const text = (f: Failure, lang: 'en' | 'zh' = 'en') => markdown(failureMessage(f, lang).body);

const ok = (input: string, tz = 'Europe/London') => {
  const r = parseSchedule(input, tz);
  if (!r.ok) throw new Error(text(r.failure));
  return r;
};
const error = (input: string, tz = 'Europe/London') => {
  const r = parseSchedule(input, tz);
  if (r.ok) throw new Error(`expected ${input} to be rejected`);
  return text(r.failure);
};

describe('parseSchedule presets', () => {
  it.each([
    ['daily 09:00', '0 9 * * *', 'daily 09:00'],
    ['daily 9:05', '5 9 * * *', 'daily 09:05'],
    ['  Daily   23:59 ', '59 23 * * *', 'daily 23:59'],
    ['weekdays 09:00', '0 9 * * 1-5', 'weekdays 09:00'],
    ['weekdays 18:30', '30 18 * * 1-5', 'weekdays 18:30'],
    ['weekly monday 09:00', '0 9 * * 1', 'weekly monday 09:00'],
    ['weekly Sun 07:15', '15 7 * * 0', 'weekly sunday 07:15'],
    ['weekly sat 00:00', '0 0 * * 6', 'weekly saturday 00:00'],
  ])('%s → %s', (input, cron, label) => {
    expect(ok(input)).toEqual({ ok: true, cron, label, timezone: 'Europe/London' });
  });

  it('rejects malformed presets with the expected form', () => {
    expect(error('daily')).toMatch(/daily HH:MM/);
    expect(error('daily 25:00')).toMatch(/not a valid time/);
    expect(error('daily 09:60')).toMatch(/not a valid time/);
    expect(error('weekdays at nine')).toMatch(/weekdays HH:MM/);
    expect(error('weekly funday 09:00')).toMatch(/Unknown day `funday`/);
    expect(error('weekly 09:00')).toMatch(/Unknown day/);
  });
});

describe('parseSchedule raw cron', () => {
  it('accepts valid 5-field expressions that fire at most hourly', () => {
    expect(ok('0 9 * * 1-5')).toMatchObject({ cron: '0 9 * * 1-5', label: 'cron 0 9 * * 1-5' });
    expect(ok('0 * * * *').cron).toBe('0 * * * *');
    expect(ok('30 8 1,15 * *').cron).toBe('30 8 1,15 * *');
    expect(ok('0 9 * * mon').cron).toBe('0 9 * * mon');
  });

  it('rejects anything firing more often than hourly, with a friendly message', () => {
    expect(error('*/5 * * * *')).toMatch(/at most once an hour.*12 times an hour/);
    expect(error('0,30 9 * * *')).toMatch(/2 times an hour/);
    expect(error('* 9 * * *')).toMatch(/60 times an hour/);
  });

  it('rejects invalid expressions using node-cron validation', () => {
    expect(error('0 25 * * *')).toMatch(/hour field `25`/);
    expect(error('61 * * * *')).toMatch(/not a valid cron expression/);
    expect(error('0 0 9 * * *')).toMatch(/exactly 5 fields/); // seconds field
    expect(error('0 9 L * *')).toMatch(/not supported/);
    expect(error('every day please')).toMatch(/don't understand/);
    expect(error('')).toMatch(/Please give a schedule/);
  });
});

describe('time zones', () => {
  it('accepts and canonicalises IANA names', () => {
    expect(validateTimezone('Europe/London')).toEqual({ ok: true, timezone: 'Europe/London' });
    expect(validateTimezone('america/new_york')).toEqual({ ok: true, timezone: 'America/New_York' });
    expect(validateTimezone('UTC')).toMatchObject({ ok: true });
    expect(ok('daily 09:00', 'asia/shanghai').timezone).toBe('Asia/Shanghai');
  });

  it('explains problems in Chinese to a Chinese reader', () => {
    const zh = (input: string, tz = 'UTC') => {
      const r = parseSchedule(input, tz);
      return r.ok ? '' : text(r.failure, 'zh');
    };
    expect(zh('')).toMatch(/^请填写推送时间：/);
    expect(zh('whenever')).toMatch(/^无法识别推送时间 `whenever`/);
    expect(zh('weekly someday 09:00')).toMatch(/^无法识别星期 `someday`/);
    expect(zh('daily 25:00')).toBe('`25:00` 不是有效时间，请使用 00:00–23:59。');
    expect(zh('0 9 * *')).toMatch(/^cron 表达式需要正好 5 段/);
    expect(zh('daily 09:00', 'Mars/Base')).toMatch(/^无法识别时区 `Mars\/Base`。/);
    expect(zh('daily 09:00', '+08:00')).toMatch(/是固定的 UTC 偏移/);
    for (const input of ['', 'whenever', 'daily 25:00', '*/5 * * * *']) expect(zh(input)).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/);
  });

  it('shows a zone by the name the admin gave, not by an older name ICU maps it to', () => {
    expect(validateTimezone('Europe/Kyiv')).toEqual({ ok: true, timezone: 'Europe/Kyiv' });
    expect(validateTimezone('europe/kyiv')).toEqual({ ok: true, timezone: 'Europe/Kyiv' });
    expect(validateTimezone('Asia/Kolkata')).toEqual({ ok: true, timezone: 'Asia/Kolkata' });
    expect(validateTimezone('US/Eastern')).toEqual({ ok: true, timezone: 'US/Eastern' });
    // …and the stored name works wherever a zone is used.
    expect(ok('daily 09:00', 'Europe/Kyiv')).toMatchObject({ timezone: 'Europe/Kyiv', cron: '0 9 * * *' });
    expect(
      new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Kyiv', hour: 'numeric', hourCycle: 'h23' }).format(
        new Date('2026-01-15T07:00:00Z'),
      ),
    ).toBe('09');
  });

  it('rejects unknown zones and fixed offsets instead of falling back', () => {
    expect(error('daily 09:00', 'Europe/Londn')).toMatch(/Unknown time zone `Europe\/Londn`.*IANA/);
    expect(error('daily 09:00', 'new york')).toMatch(/Did you mean `America\/New_York`/);
    expect(error('daily 09:00', '+08:00')).toMatch(/fixed UTC offset/);
    expect(error('daily 09:00', 'GMT+8')).toMatch(/fixed UTC offset/);
    expect(error('daily 09:00', '')).toMatch(/Please give a time zone/);
  });
});
