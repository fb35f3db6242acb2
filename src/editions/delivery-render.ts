import type { BriefingRegistry } from '../briefing/registry.ts';
import type { Briefing } from '../briefing/schema.ts';
import { changeAlertMessage } from '../digest/change-alert.ts';
import { digestMessage } from '../digest/digest-message.ts';
import type { PictureUpload } from '../render/discord-payload.ts';
import type { RenderDigest } from '../scheduler/types.ts';
import { ROTATE, type Store } from '../store/index.ts';
import { addedIds, diffBriefings } from './diff.ts';
import { briefingFromSnapshot, editionOf } from './edition.ts';

/**
 * Renders what a delivery posts. A change alert shows what changed from its previous edition to its edition
 * (in the subscribed section, or everywhere for a rotation). A digest marks with 🆕 the statements added
 * since the edition that subscription's previous digest showed, and remembers which edition it shows.
 */
export function deliveryRenderer(deps: {
  store: Store;
  briefings: BriefingRegistry;
  picture: (b: Briefing, section: string, lang: 'en' | 'zh') => Promise<PictureUpload | null>;
}): RenderDigest {
  const { store, briefings } = deps;
  const editionBriefing = async (b: Briefing, editionId: string): Promise<Briefing | undefined> => {
    if (editionOf(b).id === editionId) return b;
    const text = await store.editions.snapshot(b.id, editionId);
    return text === undefined ? undefined : briefingFromSnapshot(text);
  };
  return async (sub, section, _fireTime, delivery) => {
    const b = briefings.orDefault(sub.briefingId);
    if (delivery.content === 'changes') {
      // The alert shows the change it was queued for, even if a newer edition has been loaded since.
      const after = delivery.editionId ? await editionBriefing(b, delivery.editionId) : undefined;
      const before = delivery.fromEditionId ? await editionBriefing(after ?? b, delivery.fromEditionId) : undefined;
      if (!after || !before) throw new Error(`editions ${delivery.fromEditionId} → ${delivery.editionId} of ${b.id} are not recorded`);
      const topic = section === ROTATE ? undefined : section;
      return changeAlertMessage(
        { before, after, diff: diffBriefings(before, after), from: { id: delivery.fromEditionId!, asOf: before.asOf }, to: { id: delivery.editionId!, asOf: after.asOf }, ...(topic ? { topic } : {}) },
        sub.language,
      );
    }
    const edition = editionOf(b);
    const previous = await store.deliveries.lastDeliveredDigestEdition(sub.id, delivery.deliveryKey);
    let fresh: Set<string> | undefined;
    if (previous !== undefined && previous !== edition.id) {
      const before = await editionBriefing(b, previous);
      if (before) fresh = addedIds(diffBriefings(before, b));
    }
    await store.deliveries.setEdition(delivery.deliveryKey, edition.id);
    return digestMessage(b, section, sub.language, await deps.picture(b, section, sub.language), fresh);
  };
}
