/** Wall-clock ↔ instant conversion for IANA time zones, using only Intl. */

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function wallTime(instantMs: number, timeZone: string): WallTime {
  const w: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const p of formatter(timeZone).formatToParts(instantMs)) {
    if (p.type === 'year' || p.type === 'month' || p.type === 'day' || p.type === 'hour' || p.type === 'minute') {
      w[p.type] = Number(p.value);
    }
  }
  return w;
}

const wallAsUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

/** UTC offset in minutes at an instant (local = UTC + offset). */
export function offsetMinutes(instantMs: number, timeZone: string): number {
  const truncated = Math.floor(instantMs / MINUTE) * MINUTE;
  return Math.round((wallAsUtc(wallTime(truncated, timeZone)) - truncated) / MINUTE);
}

const sameWall = (a: WallTime, b: WallTime) =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/**
 * The instant a wall-clock minute happens in `timeZone`.
 * - Ambiguous (clocks went back, the minute happens twice): the first occurrence.
 * - Non-existent (clocks jumped forward over it): the instant the clocks jumped, i.e. the end of the
 *   gap — like cron, a job scheduled inside the skipped hour runs right after the change, not never.
 */
export function instantOf(w: WallTime, timeZone: string): number {
  const guess = wallAsUtc(w);
  // Real zones never change offset twice within two days, so the offsets a day either side bracket any transition.
  const before = offsetMinutes(guess - DAY, timeZone);
  const after = offsetMinutes(guess + DAY, timeZone);
  const candidates = [guess - before * MINUTE, guess - after * MINUTE]
    .filter((t) => sameWall(wallTime(t, timeZone), w))
    .sort((a, b) => a - b);
  if (candidates[0] !== undefined) return candidates[0];
  if (after <= before) return guess - before * MINUTE; // not a gap after all (defensive)

  // In the gap: binary-search the first minute that already has the new offset.
  let lo = guess - after * MINUTE; // earlier bound, still old offset
  let hi = guess - before * MINUTE; // later bound, already new offset
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetMinutes(mid, timeZone) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Next calendar day (pure date arithmetic, no zone involved). */
export function nextDay(w: Pick<WallTime, 'year' | 'month' | 'day'>): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekday(w: Pick<WallTime, 'year' | 'month' | 'day'>): number {
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
}
