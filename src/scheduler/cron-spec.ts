import cron from 'node-cron';
import type { Lang } from '../briefing/schema.ts';
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

const FIELD_NAMES_ZH: Record<string, string> = { minute: '分钟', hour: '小时', 'day-of-month': '日', dayOfMonth: '日', month: '月', 'day-of-week': '星期', dayOfWeek: '星期', weekday: '星期' };
const cache = new Map<string, CronSpecResult>();
const say = (lang: Lang, en: string, zh: string) => (lang === 'zh' ? zh : en);

/** Parses with node-cron's own validator/parser; rejects seconds fields and the L/W/# extensions. Errors in `lang`. */
export function compileCron(expression: string, lang: Lang = 'en'): CronSpecResult {
  const key = `${lang}\u0000${expression}`;
  let result = cache.get(key);
  if (!result) {
    result = compile(expression, lang);
    if (cache.size > 5_000) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function compile(expression: string, lang: Lang): CronSpecResult {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    return {
      ok: false,
      error: say(
        lang,
        `A cron expression needs exactly 5 fields (minute hour day-of-month month day-of-week), e.g. \`0 9 * * 1-5\`; got ${fields.length}.`,
        `cron 表达式需要正好 5 段（分 时 日 月 星期），例如 \`0 9 * * 1-5\`；这里有 ${fields.length} 段。`,
      ),
    };
  }
  if (!cron.validate(fields.join(' '))) {
    const detail = cron.validateDetailed(fields.join(' ')).errors[0];
    const value = detail ? userCode(String(detail.value ?? '')) : '';
    const where = detail ? say(lang, ` (the ${detail.field} field \`${value}\` is not valid)`, `（${FIELD_NAMES_ZH[detail.field] ?? detail.field}段 \`${value}\` 无效）`) : '';
    return { ok: false, error: say(lang, `\`${userCode(expression)}\` is not a valid cron expression${where}.`, `\`${userCode(expression)}\` 不是有效的 cron 表达式${where}。`) };
  }
  const parsed = cron.parse(fields.join(' '));
  const numbers = (values: (number | string)[], field: 'day-of-month' | 'day-of-week'): number[] | string => {
    const bad = values.find((v) => typeof v !== 'number');
    if (bad === undefined) return [...new Set(values as number[])].sort((a, b) => a - b);
    return say(lang, `\`${userCode(String(bad))}\` in the ${field} field is not supported`, `${FIELD_NAMES_ZH[field]}段中的 \`${userCode(String(bad))}\` 不受支持`);
  };
  const dom = numbers(parsed.dayOfMonth, 'day-of-month');
  const dow = numbers(parsed.dayOfWeek, 'day-of-week');
  if (typeof dom === 'string') return { ok: false, error: say(lang, `${dom}; use plain days of the month like \`1,15\`.`, `${dom}；请使用普通的日期，如 \`1,15\`。`) };
  if (typeof dow === 'string') return { ok: false, error: say(lang, `${dow}; use plain weekdays like \`1-5\` or \`mon\`.`, `${dow}；请使用普通的星期，如 \`1-5\` 或 \`mon\`。`) };
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
