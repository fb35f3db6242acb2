import { t } from '../i18n/catalogue.ts';
import type { ChartData, FiguresChartData, PositionsChartData, TimelineChartData } from './types.ts';

/** Discord accepts up to 1024 characters of alt text per attachment. */
export const DESCRIPTION_LIMIT = 1024;

/** Joins a summary and as many detail items as fit the limit, saying how many were left out. */
function fitWithin(summary: string, items: string[], sep: string, more: (n: number) => string): string {
  let out = summary;
  for (let i = 0; i < items.length; i++) {
    const next = `${out}${i === 0 ? ' ' : sep}${items[i]}`;
    const rest = items.length - i - 1;
    if ([...next].length + (rest > 0 ? [...more(rest)].length + 1 : 0) > DESCRIPTION_LIMIT) return `${out} ${more(items.length - i)}`;
    out = next;
  }
  return out;
}

function timeline(d: TimelineChartData): string {
  const words = t(d.lang).charts;
  const planned = d.rows.filter((r) => r.planned).length;
  const first = d.rows[0]?.dateText ?? '';
  const last = d.rows.at(-1)?.dateText.replace(words.planned, '') ?? '';
  return fitWithin(
    words.timeline(d.rows.length, first, last, planned),
    d.rows.map((r) => `${r.dateText}: ${r.spoken}`),
    words.separator,
    words.moreEvents,
  );
}

function figures(d: FiguresChartData): string {
  const words = t(d.lang).charts;
  const items = d.groups.map(
    (g) => `${g.title} (${g.unit}): ${g.bars.map((b) => `${b.spoken} ${b.valueText}`).join(words.innerSeparator)}`,
  );
  return fitWithin(words.figures(d.groups.length), items, words.separator, words.moreSets);
}

function positions(d: PositionsChartData): string {
  const words = t(d.lang).charts;
  const names = d.parties.map((p) => p.name).join(t(d.lang).listSeparator);
  const party = new Map(d.parties.map((p) => [p.id, p.name]));
  const items = d.topics.map((topic) => {
    const cells = d.cells.filter((c) => c.topicId === topic.id).map((c) => `${party.get(c.partyId)}: ${c.text}`);
    return `${topic.title}: ${cells.join(words.innerSeparator)}`;
  });
  return fitWithin(words.positions(d.parties.length, names, d.topics.length), items, words.separator, words.moreTopics);
}

/** Alt text for a chart: what it shows, then its content as far as the limit allows. */
export function describeChart(d: ChartData): string {
  switch (d.kind) {
    case 'timeline':
      return timeline(d);
    case 'figures':
      return figures(d);
    case 'positions':
      return positions(d);
  }
}
