import { wrapText } from '../text-width.ts';
import type { PositionsChartData } from '../types.ts';
import { baseConfig, INNER_WIDTH, isZh, literal, THEME, titleFor, type VegaLiteSpec } from './theme.ts';

const ROW_LABEL_WIDTH = 86;
const FONT = 10;
const LINE = 12;
const MAX_LINES = 3;

/** Wrapped to the cell, at most MAX_LINES lines, the last ending in "…" when cut. */
function cellLines(text: string, width: number): string[] {
  const lines = wrapText(text, width, FONT);
  if (lines.length <= MAX_LINES) return lines;
  const kept = lines.slice(0, MAX_LINES);
  kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]!.replace(/[\s,;，；]+$/, '')}…`;
  return kept;
}

/**
 * Sticking points (rows) × parties (columns): each cell the short form of the party's position, tinted
 * in the party's colour; italic where the position is the source's reading rather than the party's word;
 * an empty grey cell where the source gives none.
 */
export function positionsSpec(d: PositionsChartData): VegaLiteSpec {
  const zh = isZh(d.lang);
  const colWidth = Math.floor((INNER_WIDTH - ROW_LABEL_WIDTH) / Math.max(1, d.parties.length));
  const cellWidth = colWidth - 8;
  const cells = new Map(d.cells.map((c) => [`${c.topicId}|${c.partyId}`, c]));
  const values = d.topics.flatMap((topic, row) =>
    d.parties.map((party, col) => {
      const c = cells.get(`${topic.id}|${party.id}`);
      const text = c ? `${c.text}${c.more > 0 ? ` (+${c.more})` : ''}` : '';
      return { row, col, filled: c !== undefined, analysis: c?.nature === 'analysis', lines: c ? cellLines(text, cellWidth) : [] };
    }),
  );
  const lines = Math.max(2, ...values.map((v) => v.lines.length));
  const rowHeight = lines * LINE + 10;
  const wrap = (s: string, width: number, size: number) => wrapText(s, width, size);
  const partyLabels = d.parties.map((p) => wrap(p.name, colWidth - 4, 10.5));
  const topicLabels = d.topics.map((t) => wrap(t.title, ROW_LABEL_WIDTH - 8, 10.5));
  // Vega starts multi-line text at the anchor, so each line count gets the offset that centres it.
  const textLayers = Array.from({ length: MAX_LINES }, (_, i) => i + 1).map((count) => ({
    transform: [{ filter: `length(datum.lines) == ${count}` }],
    mark: {
      type: 'text' as const,
      fontSize: FONT,
      lineHeight: LINE,
      align: 'center' as const,
      baseline: 'middle' as const,
      color: THEME.strong,
      dy: -((count - 1) * LINE) / 2,
    },
    encoding: { text: { field: 'lines' } },
  }));
  const note = zh
    ? '每格为该方立场的简述，虚线框为原文对该方立场的分析（非其原话），(+n) 表示另有 n 条立场。'
    : "Each cell sums up that party's position; dashed: the source's reading, not the party's own words; (+n): n more positions.";
  const headerLines = Math.max(...partyLabels.map((l) => l.length));
  const headers = partyLabels.map((l) => [...Array<string>(headerLines - l.length).fill(''), ...l]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: baseConfig(),
    title: titleFor(d.title, note),
    width: colWidth * d.parties.length,
    height: rowHeight * d.topics.length,
    data: { values },
    encoding: {
      x: {
        field: 'col',
        type: 'ordinal',
        title: null,
        scale: { paddingInner: 0.06, paddingOuter: 0 },
        axis: {
          orient: 'top',
          labelExpr: `${literal(headers)}[datum.value]`,
          labelAngle: 0,
          labelFontWeight: 'bold',
          labelColor: THEME.strong,
          labelFontSize: 10.5,
          labelLineHeight: 12,
          ticks: false,
          domain: false,
          labelPadding: 6 + (headerLines - 1) * 12,
        },
      },
      y: {
        field: 'row',
        type: 'ordinal',
        title: null,
        scale: { paddingInner: 0.08, paddingOuter: 0 },
        axis: {
          labelExpr: `${literal(topicLabels)}[datum.value]`,
          labelLimit: ROW_LABEL_WIDTH,
          labelFontSize: 10.5,
          labelLineHeight: 12,
          ticks: false,
          domain: false,
          labelPadding: 6,
        },
      },
    },
    layer: [
      {
        mark: { type: 'rect', cornerRadius: 3 },
        encoding: {
          fill: {
            condition: { test: '!datum.filled', value: THEME.empty },
            field: 'col',
            type: 'nominal',
            scale: { domain: d.parties.map((_, i) => i), range: [...THEME.palette] },
            legend: null,
          },
          fillOpacity: { condition: { test: '!datum.filled', value: 1 }, value: 0.3 },
        },
      },
      {
        transform: [{ filter: 'datum.analysis' }],
        mark: { type: 'rect', cornerRadius: 3, fill: null, strokeWidth: 1.2, strokeDash: [4, 3] },
        encoding: {
          stroke: { field: 'col', type: 'nominal', scale: { domain: d.parties.map((_, i) => i), range: [...THEME.palette] }, legend: null },
        },
      },
      ...textLayers,
    ],
  } as VegaLiteSpec;
}
