import cron from 'node-cron';
import { failure, type Failure } from '../errors/failure.ts';

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

export type CronSpecResult = { ok: true; spec: CronSpec } | { ok: false; failure: Failure };

const cache = new Map<string, CronSpecResult>();

/** Parses with node-cron's own validator/parser; rejects seconds fields and the L/W/# extensions. */
export function compileCron(expression: string): CronSpecResult {
  const key = expression;
  let result = cache.get(key);
  if (!result) {
    result = compile(expression);
    if (cache.size > 5_000) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function compile(expression: string): CronSpecResult {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) return { ok: false, failure: failure('cron-field-count', { count: fields.length }) };
  if (!cron.validate(fields.join(' '))) {
    const detail = cron.validateDetailed(fields.join(' ')).errors[0];
    return {
      ok: false,
      failure: failure('cron-invalid', { typed: expression, field: detail?.field, value: detail ? String(detail.value ?? '') : undefined }),
    };
  }
  const parsed = cron.parse(fields.join(' '));
  const numbers = (values: (number | string)[], field: 'day-of-month' | 'day-of-week'): number[] | Failure => {
    const bad = values.find((v) => typeof v !== 'number');
    if (bad === undefined) return [...new Set(values as number[])].sort((a, b) => a - b);
    return failure('cron-unsupported', { value: String(bad), field });
  };
  const dom = numbers(parsed.dayOfMonth, 'day-of-month');
  const dow = numbers(parsed.dayOfWeek, 'day-of-week');
  if (!Array.isArray(dom)) return { ok: false, failure: dom };
  if (!Array.isArray(dow)) return { ok: false, failure: dow };
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
