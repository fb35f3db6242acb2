import type { Briefing } from '../briefing/schema.ts';
import type { StoredEdition } from '../store/types.ts';
import { diffBriefings, type BriefingDiff } from './diff.ts';
import { briefingFromSnapshot, editionOf, type Edition } from './edition.ts';

/** Where past editions are read from (the store's EditionRepo satisfies it). */
export interface EditionSource {
  list(briefingId: string): Promise<StoredEdition[]>;
  snapshot(briefingId: string, editionId: string): Promise<string | undefined>;
}

export type Since = { kind: 'previous' } | { kind: 'edition'; id: string } | { kind: 'date'; date: string };

/** What the user typed for `since:`: an edition id (or a unique start of one, 4+ hex digits), a date, or nothing. */
export function parseSince(typed: string | null | undefined): Since | { kind: 'invalid'; typed: string } {
  const s = (typed ?? '').trim();
  if (s === '') return { kind: 'previous' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))) return { kind: 'date', date: s };
  if (/^[0-9a-f]{4,64}$/i.test(s)) return { kind: 'edition', id: s.toLowerCase() };
  return { kind: 'invalid', typed: s };
}

export type Comparison =
  | { ok: true; before: Briefing; after: Briefing; from: StoredEdition | Edition; to: Edition; diff: BriefingDiff; beforeFirst?: string }
  | { ok: false; reason: 'only-one-edition' }
  | { ok: false; reason: 'no-such-edition'; typed: string; editions: StoredEdition[] };

/**
 * The edition to compare the loaded briefing with, and the diff: by default the edition recorded before the
 * loaded one; `since` an edition id; or `since` a date, meaning the newest edition dated (asOf) before that day.
 */
export async function compareWith(source: EditionSource, current: Briefing, since: ReturnType<typeof parseSince>): Promise<Comparison> {
  const now = editionOf(current);
  const editions = await source.list(current.id);
  const fail = (typed: string): Comparison => ({ ok: false, reason: 'no-such-edition', typed, editions });
  if (since.kind === 'invalid') return fail(since.typed);
  const others = editions.filter((e) => e.editionId !== now.id);
  let base: StoredEdition | undefined;
  let beforeFirst: string | undefined;
  if (since.kind === 'previous') {
    const at = editions.findIndex((e) => e.editionId === now.id);
    base = at > 0 ? editions[at - 1] : at < 0 ? others[others.length - 1] : undefined;
    if (!base) return { ok: false, reason: 'only-one-edition' };
  } else if (since.kind === 'edition') {
    const matches = editions.filter((e) => e.editionId.startsWith(since.id));
    if (matches.length !== 1) return fail(since.id);
    base = matches[0];
  } else {
    const dated = editions.filter((e) => e.asOf < since.date);
    base = dated[dated.length - 1];
    if (!base) {
      base = editions[0];
      beforeFirst = since.date;
    }
    if (!base) return { ok: false, reason: 'only-one-edition' };
  }
  const before = base!.editionId === now.id ? current : await snapshotOf(source, current.id, base!.editionId);
  if (!before) return fail(base!.editionId);
  return {
    ok: true,
    before,
    after: current,
    from: base!,
    to: now,
    diff: diffBriefings(before, current),
    ...(beforeFirst ? { beforeFirst } : {}),
  };
}

async function snapshotOf(source: EditionSource, briefingId: string, editionId: string): Promise<Briefing | undefined> {
  const text = await source.snapshot(briefingId, editionId);
  return text === undefined ? undefined : briefingFromSnapshot(text);
}

/** How an edition is labelled ({id, asOf}) whether stored or loaded. */
export function labelOf(e: StoredEdition | Edition): { id: string; asOf: string } {
  return 'editionId' in e ? { id: e.editionId, asOf: e.asOf } : { id: e.id, asOf: e.asOf };
}
