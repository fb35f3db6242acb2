import type { Lang } from '../briefing/schema.ts';
import { userCode } from '../query/user-text.ts';
import { compileCron } from './cron-spec.ts';

export type ScheduleResult = { ok: true; cron: string; label: string; timezone: string } | { ok: false; error: string };
export type TimezoneResult = { ok: true; timezone: string } | { ok: false; error: string };

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const EXAMPLES = {
  en: '`daily 09:00`, `weekdays 09:00`, `weekly monday 09:00`, or a 5-field cron expression such as `0 9 * * 1-5`',
  zh: '`daily 09:00`、`weekdays 09:00`、`weekly monday 09:00`，或 5 段 cron 表达式，如 `0 9 * * 1-5`',
};
const say = (lang: Lang, en: string, zh: string) => (lang === 'zh' ? zh : en);

/**
 * Turns what an admin typed into a cron expression plus a display label, and validates the IANA time
 * zone. Presets: `daily HH:MM`, `weekdays HH:MM`, `weekly <day> HH:MM` (24-hour clock, `9:00` ok).
 * Raw cron must have 5 fields and fire at most once an hour.
 */
export function parseSchedule(input: string, timezone: string, lang: Lang = 'en'): ScheduleResult {
  const tz = validateTimezone(timezone, lang);
  if (!tz.ok) return tz;
  const text = input.trim().replace(/\s+/g, ' ');
  if (!text) return { ok: false, error: say(lang, `Please give a schedule: ${EXAMPLES.en}.`, `请填写推送时间：${EXAMPLES.zh}。`) };

  const preset = parsePreset(text.toLowerCase(), lang);
  if (preset) return preset.ok ? { ...preset, timezone: tz.timezone } : preset;

  const compiled = compileCron(text, lang);
  if (!compiled.ok) {
    const looksLikeCron = /^[\d*?/,\-a-z]+( [\d*?/,\-a-z]+)+$/i.test(text) && /[\d*]/.test(text);
    if (looksLikeCron) return { ok: false, error: compiled.error };
    return { ok: false, error: say(lang, `I don't understand the schedule \`${userCode(text)}\`. Use ${EXAMPLES.en}.`, `无法识别推送时间 \`${userCode(text)}\`。请使用 ${EXAMPLES.zh}。`) };
  }
  const perHour = compiled.spec.minutes.length;
  if (perHour > 1) {
    return {
      ok: false,
      error: say(
        lang,
        `Digests can run at most once an hour, but \`${userCode(text)}\` fires ${perHour} times an hour. Use a single minute, e.g. \`0 * * * *\` for hourly.`,
        `摘要每小时最多推送一次，而 \`${userCode(text)}\` 每小时触发 ${perHour} 次。请只指定一个分钟，例如每小时一次用 \`0 * * * *\`。`,
      ),
    };
  }
  return { ok: true, cron: text, label: `cron ${text}`, timezone: tz.timezone };
}

type PresetResult = { ok: true; cron: string; label: string } | { ok: false; error: string };

function parsePreset(text: string, lang: Lang): PresetResult | undefined {
  const [kind, ...rest] = text.split(' ');
  if (kind !== 'daily' && kind !== 'weekdays' && kind !== 'weekly') return undefined;
  const usage =
    kind === 'weekly'
      ? say(lang, '`weekly <day> HH:MM`, e.g. `weekly monday 09:00`', '`weekly <星期> HH:MM`，例如 `weekly monday 09:00`')
      : say(lang, `\`${kind} HH:MM\`, e.g. \`${kind} 09:00\``, `\`${kind} HH:MM\`，例如 \`${kind} 09:00\``);

  let dayIndex: number | undefined;
  if (kind === 'weekly') {
    const day = rest.shift() ?? '';
    const found = DAYS.findIndex((d) => d === day || (day.length >= 3 && d.startsWith(day)));
    if (found < 0) return { ok: false, error: say(lang, `Unknown day \`${userCode(day)}\`. Use ${usage}.`, `无法识别星期 \`${userCode(day)}\`。请使用 ${usage}。`) };
    dayIndex = found;
  }
  const time = rest.length === 1 ? /^(\d{1,2}):(\d{2})$/.exec(rest[0] ?? '') : null;
  if (!time) return { ok: false, error: say(lang, `Use ${usage} (24-hour time).`, `请使用 ${usage}（24 小时制）。`) };
  const hour = Number(time[1]);
  const minute = Number(time[2]);
  if (hour > 23 || minute > 59) {
    const typed = userCode(rest[0] ?? '');
    return { ok: false, error: say(lang, `\`${typed}\` is not a valid time; use 00:00–23:59.`, `\`${typed}\` 不是有效时间，请使用 00:00–23:59。`) };
  }

  const hhmm = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const dow = kind === 'daily' ? '*' : kind === 'weekdays' ? '1-5' : String(dayIndex);
  const label = kind === 'weekly' ? `weekly ${DAYS[dayIndex!]} ${hhmm}` : `${kind} ${hhmm}`;
  return { ok: true, cron: `${minute} ${hour} * * ${dow}`, label };
}

/**
 * Accepts IANA names (any case, including aliases such as `US/Eastern`) and returns the name to store and
 * show: the user's own, in its proper case. ICU (behind Intl) still calls some zones by their old names
 * (`Europe/Kyiv` → `Europe/Kiev`, `Asia/Kolkata` → `Asia/Calcutta`); the IANA database renamed them, so an
 * admin who typed the current name sees that name back, and Intl accepts it everywhere.
 */
export function validateTimezone(input: string, lang: Lang = 'en'): TimezoneResult {
  const name = input.trim();
  const help = say(lang, 'Use an IANA time zone name such as `Europe/London`, `America/New_York`, `Asia/Shanghai` or `UTC`.', '请使用 IANA 时区名称，如 `Europe/London`、`America/New_York`、`Asia/Shanghai` 或 `UTC`。');
  if (!name) return { ok: false, error: say(lang, `Please give a time zone. ${help}`, `请填写时区。${help}`) };
  // Fixed offsets ("+08:00", "GMT+8") don't follow DST and some ICU builds accept them; keep to zone names.
  if (/^[+-]|^(gmt|utc)[+-]/i.test(name)) {
    return { ok: false, error: say(lang, `\`${userCode(name)}\` is a fixed UTC offset, not a time zone. ${help}`, `\`${userCode(name)}\` 是固定的 UTC 偏移，不是时区。${help}`) };
  }
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    const suggestion = suggestTimezone(name);
    return {
      ok: false,
      error: say(
        lang,
        `Unknown time zone \`${userCode(name)}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} ${help}`,
        `无法识别时区 \`${userCode(name)}\`。${suggestion ? `你是不是想用 \`${suggestion}\`？` : ''}${help}`,
      ),
    };
  }
  return { ok: true, timezone: properCase(name, resolved) };
}

/** `europe/kyiv` → `Europe/Kyiv`; a name typed with capitals is kept as typed. */
function properCase(name: string, resolved: string): string {
  if (resolved.toLowerCase() === name.toLowerCase()) return resolved;
  const known = Intl.supportedValuesOf('timeZone').find((tz) => tz.toLowerCase() === name.toLowerCase());
  if (known) return known;
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|[/_-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function suggestTimezone(name: string): string | undefined {
  const needle = name.toLowerCase().replace(/[\s-]+/g, '_');
  const city = needle.split('/').pop() ?? needle;
  return Intl.supportedValuesOf('timeZone').find((tz) => {
    const lower = tz.toLowerCase();
    return lower === needle || lower.endsWith(`/${city}`);
  });
}
