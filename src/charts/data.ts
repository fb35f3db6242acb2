import type { Actor, Briefing, Lang } from '../briefing/schema.ts';
import { formatDate, t } from '../i18n/catalogue.ts';
import { actorName, timelineByDate, topicTitle } from '../query/common.ts';
import { shorten } from './text-width.ts';
import type { ComparisonGroup, FiguresChartData, PositionCell, PositionsChartData, TimelineChartData, TimelineRow } from './types.ts';

/** The chart's short form of a statement, or the statement itself shortened. */
function shortLabel(b: Briefing, id: string, lang: Lang, long: string, max: number): string {
  return b.charts.labels[id]?.[lang] ?? shorten(long, max);
}

/** For alt text: the short form, or the whole statement (a screen reader has room that a chart row has not). */
function spokenLabel(b: Briefing, id: string, lang: Lang, long: string): string {
  return b.charts.labels[id]?.[lang] ?? long.replace(/[.。]$/, '');
}

const utc = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);

/** A partial date as a span: a day is [day, day], a month or a year covers all of it. */
export function dateSpan(date: string): Pick<TimelineRow, 'precision' | 'start' | 'end'> {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) return { precision: 'day', start: utc(y, m! - 1, d), end: utc(y, m! - 1, d) };
  if (m !== undefined) return { precision: 'month', start: utc(y, m - 1), end: utc(y, m) };
  return { precision: 'year', start: utc(y), end: utc(y + 1) };
}

/**
 * Events in date order, with a wide panel for the months around the briefing's event (from the start of the
 * month two months before it to the end of the last event) and a narrow one for everything earlier.
 */
export function timelineData(b: Briefing, lang: Lang): TimelineChartData {
  const rows: TimelineRow[] = timelineByDate(b).map((e) => ({
    id: e.id,
    label: shortLabel(b, e.id, lang, e.text[lang], t(lang).charts.labelChars.row),
    spoken: spokenLabel(b, e.id, lang, e.text[lang]),
    dateText: formatDate(e.date, lang) + (e.planned ? t(lang).charts.planned : ''),
    planned: e.planned,
    ...dateSpan(e.date),
  }));
  const [y, m] = b.eventDate.split('-').map(Number) as [number, number];
  const recentStart = utc(y, m - 1 - 2);
  const day = 86_400_000;
  const last = Math.max(dateSpan(b.asOf).end, ...rows.map((r) => r.end));
  const recent = { start: recentStart, end: last + 3 * day };
  const first = Math.min(...rows.map((r) => r.start));
  const earlier = first < recentStart ? { start: utc(new Date(first).getUTCFullYear()), end: recentStart } : undefined;
  return { kind: 'timeline', lang, title: t(lang).timeline, rows, recent, ...(earlier ? { earlier } : {}) };
}

/** The briefing's comparisons (only those with a figure filed under `topic`, when given). */
export function figuresData(b: Briefing, lang: Lang, topic?: string): FiguresChartData {
  const byId = new Map(b.figures.map((f) => [f.id, f]));
  const groups: ComparisonGroup[] = b.charts.comparisons
    .filter((c) => topic === undefined || c.figures.some((id) => byId.get(id)?.topics.includes(topic)))
    .map((c) => ({
      id: c.id,
      title: c.title[lang],
      unit: c.unit[lang],
      bars: c.figures.flatMap((id) => {
        const f = byId.get(id);
        if (!f) return [];
        return [
          {
            figureId: id,
            label: shortLabel(b, id, lang, f.measures[lang], t(lang).charts.labelChars.row),
            spoken: spokenLabel(b, id, lang, f.measures[lang]),
            value: f.value,
            valueText: f.value === null ? t(lang).notGiven : f.display[lang],
          },
        ];
      }),
    }));
  const title = topic === undefined ? t(lang).figures : `${t(lang).figures} · ${topicTitle(b, topic, lang)}`;
  return { kind: 'figures', lang, title, groups };
}

/** The state or bloc an actor speaks for: up the affiliation chain to its top. */
function partyOf(b: Briefing, actor: Actor): Actor {
  const byId = new Map(b.actors.map((a) => [a.id, a]));
  let current = actor;
  const seen = new Set<string>();
  while (current.affiliation !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    const next = byId.get(current.affiliation);
    if (!next) break;
    current = next;
  }
  return current;
}

/**
 * Parties (in order of first appearance) × sticking points that have positions. A cell shows the party's
 * own position first (else its first member's) and counts the others.
 */
export function positionsData(b: Briefing, lang: Lang): PositionsChartData {
  const actors = new Map(b.actors.map((a) => [a.id, a]));
  const parties = new Map<string, { id: string; name: string }>();
  const topics: PositionsChartData['topics'] = [];
  const cells: PositionCell[] = [];
  for (const sp of b.stickingPoints) {
    if (sp.positions.length === 0) continue;
    topics.push({ id: sp.id, title: sp.title[lang] });
    const byParty = new Map<string, typeof sp.positions>();
    for (const p of sp.positions) {
      const actor = actors.get(p.actor);
      const party = actor ? partyOf(b, actor) : undefined;
      const id = party?.id ?? p.actor;
      if (!parties.has(id)) parties.set(id, { id, name: party?.name[lang] ?? actorName(b, p.actor, lang) ?? p.actor });
      byParty.set(id, [...(byParty.get(id) ?? []), p]);
    }
    for (const [partyId, list] of byParty) {
      const first = list.find((p) => p.actor === partyId) ?? list[0]!;
      cells.push({
        topicId: sp.id,
        partyId,
        text: shortLabel(b, first.id, lang, first.stance[lang], t(lang).charts.labelChars.cell),
        more: list.length - 1,
        nature: first.nature,
      });
    }
  }
  return { kind: 'positions', lang, title: t(lang).whoStandsWhere, parties: [...parties.values()], topics, cells };
}
