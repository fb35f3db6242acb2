import { failure, type Failure } from '../errors/failure.ts';
import { compileCron } from './cron-spec.ts';

export type ScheduleResult = { ok: true; cron: string; label: string; timezone: string } | { ok: false; failure: Failure };
export type TimezoneResult = { ok: true; timezone: string } | { ok: false; failure: Failure };

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/**
 * Turns what an admin typed into a cron expression plus a display label, and validates the IANA time
 * zone. Presets: `daily HH:MM`, `weekdays HH:MM`, `weekly <day> HH:MM` (24-hour clock, `9:00` ok).
 * Raw cron must have 5 fields and fire at most once an hour.
 */
export function parseSchedule(input: string, timezone: string): ScheduleResult {
  const tz = validateTimezone(timezone);
  if (!tz.ok) return tz;
  const text = input.trim().replace(/\s+/g, ' ');
  if (!text) return { ok: false, failure: failure('schedule-empty') };

  const preset = parsePreset(text.toLowerCase());
  if (preset) return preset.ok ? { ...preset, timezone: tz.timezone } : preset;

  const compiled = compileCron(text);
  if (!compiled.ok) {
    const looksLikeCron = /^[\d*?/,\-a-z]+( [\d*?/,\-a-z]+)+$/i.test(text) && /[\d*]/.test(text);
    if (looksLikeCron) return compiled;
    return { ok: false, failure: failure('schedule-unknown', { typed: text }) };
  }
  const perHour = compiled.spec.minutes.length;
  if (perHour > 1) return { ok: false, failure: failure('schedule-too-often', { typed: text, perHour }) };
  return { ok: true, cron: text, label: `cron ${text}`, timezone: tz.timezone };
}

type PresetResult = { ok: true; cron: string; label: string } | { ok: false; failure: Failure };

function parsePreset(text: string): PresetResult | undefined {
  const [kind, ...rest] = text.split(' ');
  if (kind !== 'daily' && kind !== 'weekdays' && kind !== 'weekly') return undefined;

  let dayIndex: number | undefined;
  if (kind === 'weekly') {
    const day = rest.shift() ?? '';
    const found = DAYS.findIndex((d) => d === day || (day.length >= 3 && d.startsWith(day)));
    if (found < 0) return { ok: false, failure: failure('schedule-bad-day', { typed: day }) };
    dayIndex = found;
  }
  const time = rest.length === 1 ? /^(\d{1,2}):(\d{2})$/.exec(rest[0] ?? '') : null;
  if (!time) return { ok: false, failure: failure('schedule-bad-format', { kind }) };
  const hour = Number(time[1]);
  const minute = Number(time[2]);
  if (hour > 23 || minute > 59) return { ok: false, failure: failure('schedule-bad-time', { typed: rest[0] ?? '' }) };

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
export function validateTimezone(input: string): TimezoneResult {
  const name = input.trim();
  if (!name) return { ok: false, failure: failure('timezone-empty') };
  // Fixed offsets ("+08:00", "GMT+8") don't follow DST and some ICU builds accept them; keep to zone names.
  if (/^[+-]|^(gmt|utc)[+-]/i.test(name)) return { ok: false, failure: failure('timezone-offset', { typed: name }) };
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return { ok: false, failure: failure('timezone-unknown', { typed: name, suggestion: suggestTimezone(name) }) };
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
