import { createHash } from 'node:crypto';
import type { Briefing } from '../briefing/schema.ts';

/**
 * One loaded version of a briefing. The id is derived from the content alone, so every instance that
 * loads the same file computes the same id, and an edit that changes nothing (whitespace, comments,
 * key order) is no new edition.
 */
export interface Edition {
  /** The first 12 hex digits of the content hash: what users type (`/changes since:…`). */
  id: string;
  briefingId: string;
  /** SHA-256 of the canonical snapshot, hex. */
  hash: string;
  /** The briefing's own `asOf` date. */
  asOf: string;
  /** The validated briefing as canonical JSON (keys sorted, defaults filled in). */
  snapshot: string;
}

export const EDITION_ID_LENGTH = 12;

/** JSON with object keys sorted at every level, so equal content always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

const editions = new WeakMap<Briefing, Edition>();

/** The edition a loaded briefing is (computed once per briefing object). */
export function editionOf(b: Briefing): Edition {
  let edition = editions.get(b);
  if (!edition) {
    // `$schema` only points editors at the JSON Schema: it is not content.
    const { $schema: _editorHint, ...content } = b;
    const snapshot = canonicalJson(content);
    const hash = createHash('sha256').update(snapshot).digest('hex');
    edition = { id: hash.slice(0, EDITION_ID_LENGTH), briefingId: b.id, hash, asOf: b.asOf, snapshot };
    editions.set(b, edition);
  }
  return edition;
}

/** A stored snapshot back as a briefing (it was validated when it was recorded). */
export function briefingFromSnapshot(snapshot: string): Briefing {
  return JSON.parse(snapshot) as Briefing;
}
