import { failureMessage } from '../errors/failure-view.ts';
import { plainRuns } from '../query/rich-text.ts';
import { compileCron, dayMatches } from './cron-spec.ts';
import { instantOf, nextDay, wallTime } from './timezone.ts';

/*
 * Why not node-cron for this: node-cron 4 can only answer "next run after *now*"
 * (`ScheduledTask#getNextRun()` reads `new Date()`); its matcher/walker that takes an arbitrary instant
 * (`TimeMatcher#getNextMatch`) is internal and not in the package's exports map. It also simply skips
 * times that fall in a spring-forward gap. So node-cron validates/parses the expression and drives the
 * live minute timer, and this module walks local calendar days with Intl doing the wall-clock mapping:
 * per matching day it only converts the few (hour, minute) pairs the expression allows, so a day costs
 * a handful of Intl calls and the search is bounded by days, not minutes.
 *
 * DST rules (see instantOf): a wall time that happens twice fires once, on its first occurrence; a wall
 * time skipped by a spring-forward fires at the moment the clocks jump.
 */

const DAY = 86_400_000;
const SEARCH_LIMIT_DAYS = 366 * 8; // covers rare dates such as Feb 29 on a given weekday

/**
 * Fire times of `cron` in `timeZone` with `after < t <= until`, ascending, at most `limit` of them.
 * Throws on an invalid expression (validate input with parseSchedule first).
 */
export function nextFireTimes(cron: string, timeZone: string, after: Date, until: Date, limit = 100_000): Date[] {
  const compiled = compileCron(cron);
  if (!compiled.ok) throw new Error(plainRuns(failureMessage(compiled.failure, 'en').body));
  const { spec } = compiled;
  const afterMs = after.getTime();
  const untilMs = until.getTime();
  const out: Date[] = [];
  if (untilMs <= afterMs) return out;

  // Start one local day early: a gap-shifted fire can land on the following instant's date.
  let date = wallTime(afterMs - DAY, timeZone);
  const lastDay = wallTime(untilMs + DAY, timeZone);
  const lastKey = Date.UTC(lastDay.year, lastDay.month - 1, lastDay.day);
  let last = afterMs;
  for (let i = 0; i < SEARCH_LIMIT_DAYS && Date.UTC(date.year, date.month - 1, date.day) <= lastKey; i++) {
    if (dayMatches(spec, date.year, date.month, date.day)) {
      for (const hour of spec.hours) {
        for (const minute of spec.minutes) {
          const t = instantOf({ year: date.year, month: date.month, day: date.day, hour, minute }, timeZone);
          if (t <= last) continue; // before the window, or a gap time that collapsed onto an earlier fire
          if (t > untilMs) return out;
          out.push(new Date(t));
          last = t;
          if (out.length >= limit) return out;
        }
      }
    }
    date = { ...date, ...nextDay(date) };
  }
  return out;
}

/** The first fire strictly after `after`, or null if none within ~8 years (e.g. `0 9 30 2 *`). */
export function nextFireTime(cron: string, timeZone: string, after: Date): Date | null {
  const horizon = new Date(after.getTime() + SEARCH_LIMIT_DAYS * DAY);
  return nextFireTimes(cron, timeZone, after, horizon, 1)[0] ?? null;
}
