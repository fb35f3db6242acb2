import { DigestScheduler, parseSchedule, type DigestSchedulerOptions, type DigestSender } from '../../src/scheduler/index.ts';
import type { Store, Subscription } from '../../src/store/index.ts';
import { FakeClock, FakeSender } from './fakes.ts';

export const SECTIONS = ['territory', 'risks', 'timeline'] as const;

export interface Harness<S extends DigestSender = FakeSender> {
  clock: FakeClock;
  sender: S;
  sleeps: number[];
  scheduler: DigestScheduler;
  subscribe(opts: { schedule: string; timezone?: string; section?: string; channelId?: string; guildId?: string }): Promise<Subscription>;
}

/** A scheduler over `store` with a fake clock, a fake sender and a recording no-op sleep. */
export function harness<S extends DigestSender = FakeSender>(
  store: Store,
  start: string,
  opts: Partial<DigestSchedulerOptions> & { sender?: S; clock?: FakeClock } = {},
): Harness<S> {
  const clock = opts.clock ?? new FakeClock(new Date(start));
  const sender = opts.sender ?? (new FakeSender() as DigestSender as S);
  const sleeps: number[] = [];
  const scheduler = new DigestScheduler({
    store,
    sender,
    render: (sub, section, fireTime) => ({ content: `${section} for #${sub.id} @ ${fireTime.toISOString()}` }),
    rotationFor: () => SECTIONS,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...opts,
    clock,
  });
  let channelSeq = 0;
  return {
    clock,
    sender,
    sleeps,
    scheduler,
    async subscribe({ schedule, timezone = 'UTC', section = 'risks', channelId, guildId = 'g1' }) {
      const parsed = parseSchedule(schedule, timezone);
      if (!parsed.ok) throw new Error(parsed.failure.code);
      return store.subscriptions.create(
        {
          guildId,
          channelId: channelId ?? `chan-${++channelSeq}`,
          section,
          schedule: parsed.cron,
          scheduleLabel: parsed.label,
          timezone: parsed.timezone,
          language: 'en',
          createdBy: 'admin',
        },
        clock.now(),
      );
    },
  };
}

/** Ticks every `stepMinutes` from the clock's current time up to `until` (inclusive). */
export async function tickThrough(h: Harness<DigestSender>, until: string, stepMinutes = 1): Promise<void> {
  const end = new Date(until).getTime();
  while (h.clock.now().getTime() <= end) {
    await h.scheduler.tick();
    h.clock.advance(stepMinutes * 60_000);
  }
}
