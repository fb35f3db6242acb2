import type { BriefingRegistry } from '../briefing/registry.ts';
import type { Briefing } from '../briefing/schema.ts';
import { nonceFor } from '../scheduler/delivery-key.ts';
import { ROTATE, type NewDelivery, type Store, type StoredEdition, type Subscription } from '../store/index.ts';
import { diffBriefings, diffForTopic, isEmptyDiff, type BriefingDiff } from './diff.ts';
import { briefingFromSnapshot, editionOf } from './edition.ts';

/** The delivery key of a change alert: one per subscription and new edition, whichever instance or restart records it. */
export const changeAlertKey = (subscriptionId: number, briefingId: string, editionId: string): string =>
  `${subscriptionId}:changes:${briefingId}:${editionId}`;

/** Whether a change touches what a subscription follows: its section, or for a rotation any of the rotation's topics. */
export function touches(diff: BriefingDiff, sub: Pick<Subscription, 'section'>, rotation: readonly string[]): boolean {
  const sections = sub.section === ROTATE ? rotation : [sub.section];
  return sections.some((s) => !isEmptyDiff(diffForTopic(diff, s)));
}

export interface RecordedEdition {
  briefingId: string;
  editionId: string;
  /** The edition it follows, when this call recorded it as new. */
  previous?: StoredEdition;
  diff?: BriefingDiff;
  /** Change alerts queued (one per touched subscription). */
  alerts: number;
}

/**
 * Records each loaded briefing's edition in the store and, the first time an edition is recorded, queues one
 * change alert per subscription whose section it touches, in the same transaction: a crash before the commit
 * leaves the edition unrecorded (the next start records it and queues the alerts then), a crash after it
 * leaves pending deliveries the scheduler posts. The key includes the edition, so several instances recording
 * the same edition queue each alert once.
 */
export class EditionTracker {
  /** Recorded editions per briefing, for `/changes since:` suggestions (kept fresh by every record and list). */
  private readonly known = new Map<string, StoredEdition[]>();

  constructor(
    private readonly store: Store,
    private readonly briefings: BriefingRegistry,
    private readonly rotationFor: (b: Briefing) => readonly string[],
    private readonly clock: { now(): Date } = { now: () => new Date() },
  ) {}

  /** Records every loaded briefing (at start-up, and after a reload) and queues the alerts new editions call for. */
  async recordLoaded(only?: readonly Briefing[]): Promise<RecordedEdition[]> {
    const out: RecordedEdition[] = [];
    for (const b of only ?? this.briefings.all) out.push(await this.record(b));
    return out;
  }

  private async record(b: Briefing): Promise<RecordedEdition> {
    const edition = editionOf(b);
    const now = this.clock.now();
    const isDefault = this.briefings.default.id === b.id;
    const loadedIds = this.briefings.all.map((x) => x.id);
    const result = await this.store.transaction(async (tx) => {
      const { recorded, previous } = await tx.editions.record(edition, now);
      if (!recorded || !previous) return { previous, alerts: 0 };
      const snapshot = await tx.editions.snapshot(b.id, previous.editionId);
      if (snapshot === undefined) return { previous, alerts: 0 };
      const diff = diffBriefings(briefingFromSnapshot(snapshot), b);
      if (isEmptyDiff(diff)) return { previous, diff, alerts: 0 };
      const subs = await tx.subscriptions.listFollowingChanges(b.id, { isDefault, loadedIds });
      const rows: NewDelivery[] = subs
        .filter((sub) => touches(diff, sub, this.rotationFor(b)))
        .map((sub) => {
          const key = changeAlertKey(sub.id, b.id, edition.id);
          return {
            deliveryKey: key,
            subscriptionId: sub.id,
            kind: 'scheduled',
            fireTime: now,
            status: 'pending',
            nonce: nonceFor(key),
            section: sub.section,
            content: 'changes',
            editionId: edition.id,
            fromEditionId: previous.editionId,
          };
        });
      const inserted = rows.length > 0 ? await tx.deliveries.insertManyIfAbsent(rows, now) : new Set<string>();
      return { previous, diff, alerts: inserted.size };
    });
    await this.list(b.id);
    return {
      briefingId: b.id,
      editionId: edition.id,
      ...(result.previous ? { previous: result.previous } : {}),
      ...('diff' in result && result.diff ? { diff: result.diff } : {}),
      alerts: result.alerts,
    };
  }

  /** Every recorded edition of a briefing, oldest first (and remembered for suggestions). */
  async list(briefingId: string): Promise<StoredEdition[]> {
    const list = await this.store.editions.list(briefingId);
    this.known.set(briefingId, list);
    return list;
  }

  snapshot(briefingId: string, editionId: string): Promise<string | undefined> {
    return this.store.editions.snapshot(briefingId, editionId);
  }

  /** The editions last read for a briefing (no database round trip: for autocomplete). */
  knownEditions(briefingId: string): readonly StoredEdition[] {
    return this.known.get(briefingId) ?? [];
  }
}
