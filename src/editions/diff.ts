import { briefingItems, type BriefingItem, type ItemKind } from '../briefing/items.ts';
import type { Briefing, Figure, LocalizedText, Trend } from '../briefing/schema.ts';

/** The label fields of a statement: who says it, what kind of statement it is, where the source says it. */
export type LabelField = 'nature' | 'by' | 'cite';

/** How one statement (by id) differs between two editions. */
export interface StatementChange {
  id: string;
  kind: ItemKind;
  change: 'added' | 'removed' | 'changed';
  /** The statement in the older edition (absent when added). */
  before?: BriefingItem;
  /** The statement in the newer edition (absent when removed). */
  after?: BriefingItem;
  /** Its text changed, in either language. */
  reworded: boolean;
  /** Label fields whose value changed. */
  relabelled: LabelField[];
  /** A figure whose number changed: old → new, as the source writes them. */
  value?: { before: FigureValue; after: FigureValue };
  /** Every topic the statement belongs to in either edition (a section "is touched" when it is among them). */
  topics: string[];
}

export interface FigureValue {
  value: number | null;
  display: LocalizedText;
}

/** A topic's analyst-set trend, when it was set, cleared or changed. */
export interface TrendChange {
  topic: string;
  before?: Trend;
  after?: Trend;
}

export interface BriefingDiff {
  briefingId: string;
  statements: StatementChange[];
  trends: TrendChange[];
}

/** Figures are compared on what they measure (their wording) and on their number, separately. */
function figureText(f: Figure): LocalizedText {
  return f.measures;
}

const sameText = (a: LocalizedText, b: LocalizedText) => a.en === b.en && a.zh === b.zh;
const sameTrend = (a: Trend | undefined, b: Trend | undefined) =>
  a === undefined || b === undefined ? a === b : a.direction === b.direction && sameText(a.reason, b.reason);

/**
 * What changed from `before` to `after`, statement by statement (matched by id): added, removed, reworded,
 * relabelled (nature, by, cite) and figures whose number changed; plus trends set, cleared or changed.
 * Changes only to what is never shown (search keywords) are no change. Order: the newer edition's order,
 * removed statements after the rest.
 */
export function diffBriefings(before: Briefing, after: Briefing): BriefingDiff {
  const oldItems = new Map(briefingItems(before).map((i) => [i.id, i]));
  const oldFigures = new Map(before.figures.map((f) => [f.id, f]));
  const newFigures = new Map(after.figures.map((f) => [f.id, f]));
  const statements: StatementChange[] = [];
  const seen = new Set<string>();

  for (const item of briefingItems(after)) {
    seen.add(item.id);
    const old = oldItems.get(item.id);
    if (!old) {
      statements.push({ id: item.id, kind: item.kind, change: 'added', after: item, reworded: false, relabelled: [], topics: item.topics });
      continue;
    }
    const oldFigure = item.kind === 'figure' ? oldFigures.get(item.id) : undefined;
    const newFigure = item.kind === 'figure' ? newFigures.get(item.id) : undefined;
    const reworded = oldFigure && newFigure ? !sameText(figureText(oldFigure), figureText(newFigure)) : !sameText(old.text, item.text);
    const relabelled = (['nature', 'by', 'cite'] as const).filter((field) => old[field] !== item[field]);
    const value =
      oldFigure && newFigure && (oldFigure.value !== newFigure.value || !sameText(oldFigure.display, newFigure.display))
        ? { before: { value: oldFigure.value, display: oldFigure.display }, after: { value: newFigure.value, display: newFigure.display } }
        : undefined;
    if (!reworded && relabelled.length === 0 && !value) continue;
    statements.push({
      id: item.id,
      kind: item.kind,
      change: 'changed',
      before: old,
      after: item,
      reworded,
      relabelled,
      ...(value ? { value } : {}),
      topics: [...new Set([...item.topics, ...old.topics])],
    });
  }
  for (const old of oldItems.values()) {
    if (!seen.has(old.id))
      statements.push({ id: old.id, kind: old.kind, change: 'removed', before: old, reworded: false, relabelled: [], topics: old.topics });
  }

  const oldTrends = new Map([...before.sections, ...before.stickingPoints].map((t) => [t.id, t.trend]));
  const trends: TrendChange[] = [];
  for (const t of [...after.stickingPoints, ...after.sections]) {
    const was = oldTrends.get(t.id);
    if (!sameTrend(was, t.trend)) trends.push({ topic: t.id, ...(was ? { before: was } : {}), ...(t.trend ? { after: t.trend } : {}) });
  }
  return { briefingId: after.id, statements, trends };
}

/** True when nothing a reader sees changed. */
export function isEmptyDiff(d: BriefingDiff): boolean {
  return d.statements.length === 0 && d.trends.length === 0;
}

/** The part of a diff that touches one topic (its statements and its trend). */
export function diffForTopic(d: BriefingDiff, topic: string): BriefingDiff {
  return {
    briefingId: d.briefingId,
    statements: d.statements.filter((s) => s.topics.includes(topic)),
    trends: d.trends.filter((t) => t.topic === topic),
  };
}

/** Statement ids added from `before` to `after` (for the 🆕 marks in digests). */
export function addedIds(d: BriefingDiff): Set<string> {
  return new Set(d.statements.filter((s) => s.change === 'added').map((s) => s.id));
}

/** How many statements were added, removed, reworded, relabelled, and figures changed. */
export function diffCounts(d: BriefingDiff): {
  added: number;
  removed: number;
  reworded: number;
  relabelled: number;
  figures: number;
  trends: number;
} {
  const count = (p: (s: StatementChange) => boolean) => d.statements.filter(p).length;
  return {
    added: count((s) => s.change === 'added'),
    removed: count((s) => s.change === 'removed'),
    reworded: count((s) => s.reworded),
    relabelled: count((s) => s.relabelled.length > 0),
    figures: count((s) => s.value !== undefined),
    trends: d.trends.length,
  };
}
