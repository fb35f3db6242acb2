import type { BriefingRegistry } from '../briefing/registry.ts';
import type { Briefing, Lang } from '../briefing/schema.ts';
import { ExpectedFailure, failure } from '../errors/failure.ts';
import { topicNames } from '../query/common.ts';
import { resolveName } from '../query/resolve.ts';
import type { DigestScheduler } from '../scheduler/digest-scheduler.ts';
import { parseSchedule, validateTimezone } from '../scheduler/schedule.ts';
import type { Delivers, Delivery, Repos, Subscription } from '../store/index.ts';
import { rotationSections } from './digest-message.ts';

/** What a channel lets the bot do, checked before a subscription may post there. */
export interface ChannelAccess {
  /** 'unknown-channel' also when the channel is not in `guildId` (a forged option naming another server's channel). */
  missingBotPermissions(channelId: string, guildId: string): Promise<string[] | 'unknown-channel'>;
}

/** Who is asking: subscriptions belong to a server and only its admins manage them. */
export interface Requester {
  guildId: string | null;
  canManageServer: boolean;
  userId: string;
  /** The request's id (Discord interaction id): a retried request does not create a second subscription. */
  requestId?: string;
}

export interface NewSubscriptionRequest {
  channelId: string;
  /** A topic as typed (any of its names), or "rotate". */
  section: string;
  /** A preset ("weekdays 09:00") or a cron expression, as typed. */
  schedule: string;
  timezone: string;
  language: Lang;
  briefing: Briefing;
  /** Scheduled digests (default), change alerts, or both; a change-alerts-only subscription needs no schedule. */
  delivers?: Delivers;
}

export interface SubscriptionServiceDeps {
  repos: Pick<Repos, 'subscriptions' | 'deliveries'>;
  scheduler: Pick<DigestScheduler, 'sendNow'>;
  briefings: BriefingRegistry;
  /** Absent in the console, whose "channels" are the terminal. */
  channels?: ChannelAccess;
  now?: () => Date;
}

/** How many recent deliveries `/digest list` looks at for missed and failed runs. */
const RECENT_DELIVERIES = 20;

/**
 * The rules of digest subscriptions, in one place: only a server's admins manage its subscriptions; a
 * channel must be reachable and writable before anything is posted there (on subscribe and again on
 * resume); resuming skips the runs missed meanwhile; an unsubscribe repeated by a retried request has
 * the same outcome. Expected failures are thrown as {@link ExpectedFailure}.
 */
export class SubscriptionService {
  private readonly now: () => Date;

  constructor(private readonly deps: SubscriptionServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Resolves typed section text to a topic id of `b`, or "rotate". */
  static resolveSection(b: Briefing, typed: string): string {
    if (/^(rotate|rotation|轮换)$/i.test(typed.trim())) return 'rotate';
    const found = resolveName(topicNames(b), typed);
    if (found.ok) return found.value.id;
    const options = found.suggestions.length > 0 ? found.suggestions.map((s) => s.id) : ['rotate', ...rotationSections(b)];
    throw new ExpectedFailure(failure('digest-unknown-section', { options }));
  }

  async subscribe(who: Requester, request: NewSubscriptionRequest): Promise<Subscription> {
    const guildId = requireServerAdmin(who);
    const b = request.briefing;
    const section = SubscriptionService.resolveSection(b, request.section);
    const tz = validateTimezone(request.timezone);
    if (!tz.ok) throw new ExpectedFailure(tz.failure);
    const delivers = request.delivers ?? 'digests';
    // Change alerts follow editions, not a clock: without digests there is no schedule to keep.
    const schedule = delivers === 'changes' ? { ok: true as const, cron: '', label: '' } : parseSchedule(request.schedule, tz.timezone);
    if (!schedule.ok) throw new ExpectedFailure(schedule.failure);
    await this.checkChannel(request.channelId, guildId);
    return this.deps.repos.subscriptions.create(
      {
        guildId,
        channelId: request.channelId,
        section,
        briefingId: b.id,
        schedule: schedule.cron,
        scheduleLabel: schedule.label,
        timezone: tz.timezone,
        language: request.language,
        createdBy: who.userId,
        requestId: who.requestId,
        delivers,
      },
      this.now(),
    );
  }

  /** The server's subscriptions, each with its recent deliveries, and the briefing each one follows. */
  async list(who: Requester): Promise<Array<{ sub: Subscription; briefing: Briefing; recent: Delivery[] }>> {
    const guildId = requireServerAdmin(who);
    const subs = await this.deps.repos.subscriptions.listByGuild(guildId);
    return Promise.all(
      subs.map(async (sub) => ({
        sub,
        briefing: this.briefingOf(sub),
        recent: await this.deps.repos.deliveries.listRecentBySubscription(sub.id, RECENT_DELIVERIES),
      })),
    );
  }

  async unsubscribe(who: Requester, id: number): Promise<void> {
    const guildId = requireServerAdmin(who);
    if (await this.deps.repos.subscriptions.remove(id, { guildId, now: this.now() })) return;
    // Already removed (by this same request on another instance, or earlier): the outcome is the same.
    const gone = await this.deps.repos.subscriptions.getIncludingDeleted(id);
    if (gone?.guildId !== guildId || gone.deletedAt === null) throw notFound(id);
  }

  async pause(who: Requester, id: number): Promise<Subscription> {
    const guildId = requireServerAdmin(who);
    return (await this.deps.repos.subscriptions.pause(id, { guildId, now: this.now() })) ?? Promise.reject(notFound(id));
  }

  /** Back to active after re-checking the channel; an active subscription is left alone (its watermark must not move). */
  async resume(who: Requester, id: number): Promise<{ sub: Subscription; briefing: Briefing; wasActive: boolean }> {
    const guildId = requireServerAdmin(who);
    const scope = { guildId, now: this.now() };
    const existing = await this.deps.repos.subscriptions.get(id, scope);
    if (!existing) throw notFound(id);
    if (existing.status === 'active') return { sub: existing, briefing: this.briefingOf(existing), wasActive: true };
    await this.checkChannel(existing.channelId, guildId);
    const resumed = await this.deps.repos.subscriptions.resume(id, scope);
    if (!resumed) throw notFound(id);
    return { sub: resumed, briefing: this.briefingOf(resumed), wasActive: false };
  }

  async sendNow(who: Requester, id: number): Promise<void> {
    const guildId = requireServerAdmin(who);
    const outcome = await this.deps.scheduler.sendNow(id, { guildId }, who.requestId);
    if (outcome.status === 'not-found') throw notFound(id);
    if (outcome.status === 'delivered') return;
    const reason = 'error' in outcome ? outcome.error : 'reason' in outcome ? outcome.reason : outcome.status;
    throw new ExpectedFailure(failure('digest-send-failed', { reason: reason ?? outcome.status }));
  }

  /** The briefing a subscription follows, or the default once that one is no longer loaded. */
  briefingOf(sub: Subscription): Briefing {
    return this.deps.briefings.orDefault(sub.briefingId);
  }

  private async checkChannel(channelId: string, guildId: string): Promise<void> {
    if (!this.deps.channels) return;
    const missing = await this.deps.channels.missingBotPermissions(channelId, guildId);
    if (missing === 'unknown-channel') throw new ExpectedFailure(failure('channel-unreachable'));
    if (missing.length > 0) throw new ExpectedFailure(failure('channel-permissions', { channelId, missing }));
  }
}

/** Subscriptions belong to a server, and only its admins (Manage Server) manage them. Returns the server. */
export function requireServerAdmin(who: Requester): string {
  if (!who.guildId) throw new ExpectedFailure(failure('servers-only'));
  if (!who.canManageServer) throw new ExpectedFailure(failure('admins-only'));
  return who.guildId;
}

const notFound = (id: number) => new ExpectedFailure(failure('digest-not-found', { id }));
