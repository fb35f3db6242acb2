export { DigestScheduler, type DigestEvent, type DigestSchedulerOptions, type RunOutcome, type TickSummary } from './digest-scheduler.ts';
export { DiscordDigestSender, classifyError, type RestLike } from '../discord/digest-sender.ts';
export { parseSchedule, validateTimezone, type ScheduleResult, type TimezoneResult } from './schedule.ts';
export { nextFireTimes, nextFireTime } from './fire-times.ts';
export { nonceFor, scheduledKey, manualKey } from './delivery-key.ts';
export {
  systemClock,
  silentLogger,
  type Clock,
  type DigestSender,
  type RenderDigest,
  type SchedulerLogger,
  type SendResult,
} from './types.ts';
