import type { BriefingRegistry } from '../briefing/registry.ts';
import type { Briefing, Lang } from '../briefing/schema.ts';
import { changeAlertView } from '../digest/change-alert.ts';
import { digestView, type DigestView } from '../digest/digest-message.ts';
import type { RenderDigest } from '../scheduler/types.ts';
import { ROTATE, type Store } from '../store/index.ts';
import { addedIds, diffBriefings } from './diff.ts';
import { briefingFromSnapshot, editionOf } from './edition.ts';

/** Turns a digest-like post into what a front end sends; `digestOf` is set for digests (which may carry the section's chart). */
export type FormatPost = (post: DigestView, lang: Lang, digestOf?: { briefing: Briefing; section: string }) => object | Promise<object>;

/**
 * What a delivery posts. A change alert shows what changed from its previous edition to its edition (in the
 * subscribed section, or everywhere for a rotation), even if a newer edition has been loaded since. A digest
 * marks with 🆕 the statements added since the edition that subscription's previous digest showed, and
 * remembers which edition it shows.
 */
export function deliveryRenderer(deps: { store: Store; briefings: BriefingRegistry; format: FormatPost }): RenderDigest {
  const { store, briefings } = deps;
  const editionBriefing = async (b: Briefing, editionId: string): Promise<Briefing | undefined> => {
    if (editionOf(b).id === editionId) return b;
    const text = await store.editions.snapshot(b.id, editionId);
    return text === undefined ? undefined : briefingFromSnapshot(text);
  };
  return async (sub, section, _fireTime, delivery) => {
    const b = briefings.orDefault(sub.briefingId);
    if (delivery.content === 'changes') {
      const after = delivery.editionId ? await editionBriefing(b, delivery.editionId) : undefined;
      const before = after && delivery.fromEditionId ? await editionBriefing(after, delivery.fromEditionId) : undefined;
      if (!after || !before) throw new Error(`editions ${delivery.fromEditionId} → ${delivery.editionId} of ${b.id} are not recorded`);
      const topic = section === ROTATE ? undefined : section;
      const post = changeAlertView(
        {
          before,
          after,
          diff: diffBriefings(before, after),
          from: { id: delivery.fromEditionId!, asOf: before.asOf },
          to: { id: delivery.editionId!, asOf: after.asOf },
          ...(topic ? { topic } : {}),
        },
        sub.language,
      );
      return deps.format(post, sub.language);
    }
    const edition = editionOf(b);
    const previous = await store.deliveries.lastDeliveredDigestEdition(sub.id, delivery.deliveryKey);
    let fresh: Set<string> | undefined;
    if (previous !== undefined && previous !== edition.id) {
      const before = await editionBriefing(b, previous);
      if (before) fresh = addedIds(diffBriefings(before, b));
    }
    await store.deliveries.setEdition(delivery.deliveryKey, edition.id);
    return deps.format(digestView(b, section, sub.language, fresh), sub.language, { briefing: b, section });
  };
}
