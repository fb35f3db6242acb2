import cron from 'node-cron';
import { userCode } from '../query/user-text.ts';

/** A validated 5-field cron expression expanded to the values each field allows. */
export interface CronSpec {
  minutes: number[];
  hours: number[];
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  daysOfWeek: ReadonlySet<number>; // 0 = Sunday
  /** Classic cron rule: when both day fields are restricted, a day matches if EITHER matches. */
  dayOr: boolean;
}

export type CronSpecResult = { ok: true; spec: CronSpec } | { ok: false; error: string };

const FIELD_NAMES = ['minute', 'hour', 'day-of-month', 'month', 'day-of-week'] as const;
const cache = new Map<string, CronSpecResult>();

/** Parses with node-cron's own validator/parser; rejects seconds fields and the L/W/# extensions. */
export function compileCron(expression: string): CronSpecResult {
  let result = cache.get(expression);
  if (!result) {
    result = compile(expression);
    if (cache.size > 5_000) cache.clear();
    cache.set(expression, result);
  }
  return result;
}

function compile(expression: string): CronSpecResult {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    return {
      ok: false,
      error: `A cron expression needs exactly 5 fields (minute hour day-of-month month day-of-week), e.g. \`0 9 * * 1-5\`; got ${fields.length}.`,
    };
  }
  if (!cron.validate(fields.join(' '))) {
    const detail = cron.validateDetailed(fields.join(' ')).errors[0];
    const where = detail ? ` (the ${detail.field} field \`${userCode(String(detail.value ?? ''))}\` is not valid)` : '';
    return { ok: false, error: `\`${userCode(expression)}\` is not a valid cron expression${where}.` };
  }
  const parsed = cron.parse(fields.join(' '));
  const numbers = (values: (number | string)[], field: (typeof FIELD_NAMES)[number]): number[] | string => {
    const bad = values.find((v) => typeof v !== 'number');
    return bad === undefined ? [...new Set(values as number[])].sort((a, b) => a - b) : `\`${bad}\` in the ${field} field is not supported`;
  };
  const dom = numbers(parsed.dayOfMonth, 'day-of-month');
  const dow = numbers(parsed.dayOfWeek, 'day-of-week');
  if (typeof dom === 'string') return { ok: false, error: `${dom}; use plain days of the month like \`1,15\`.` };
  if (typeof dow === 'string') return { ok: false, error: `${dow}; use plain weekdays like \`1-5\` or \`mon\`.` };
  const unrestricted = (f: string | undefined) => f === '*' || f === '?';
  return {
    ok: true,
    spec: {
      minutes: [...new Set(parsed.minute)].sort((a, b) => a - b),
      hours: [...new Set(parsed.hour)].sort((a, b) => a - b),
      daysOfMonth: new Set(dom),
      months: new Set(parsed.month),
      daysOfWeek: new Set(dow.map((d) => d % 7)),
      dayOr: !unrestricted(fields[2]) && !unrestricted(fields[4]),
    },
  };
}

export function dayMatches(spec: CronSpec, year: number, month: number, day: number): boolean {
  if (!spec.months.has(month)) return false;
  const dom = spec.daysOfMonth.has(day);
  const dow = spec.daysOfWeek.has(new Date(Date.UTC(year, month - 1, day)).getUTCDay());
  return spec.dayOr ? dom || dow : dom && dow;
}
