import type { ComparisonGroup, FiguresChartData } from '../types.ts';
import { baseConfig, INNER_WIDTH, THEME, titleFor, type VegaLiteSpec } from './theme.ts';

const BAND = 36;

/**
 * Each comparison as its own small chart: per figure a line of text (what it is · the number as the
 * source gives it) over a bar on a zero-based scale shared within the comparison. A figure the source
 * withholds gets its line of text, "not given", and no bar.
 */
function group(g: ComparisonGroup, colour: string) {
  const max = Math.max(0, ...g.bars.map((b) => b.value ?? 0));
  const values = g.bars.map((b, row) => ({ row, value: b.value, given: b.value !== null, text: `${b.label} · ${b.valueText}` }));
  const text = (given: boolean) => ({
    transform: [{ filter: given ? 'datum.given' : '!datum.given' }],
    mark: {
      type: 'text' as const,
      align: 'left' as const,
      baseline: 'bottom' as const,
      x: 0,
      yOffset: 1,
      fontSize: 11,
      limit: INNER_WIDTH,
      color: given ? THEME.text : THEME.muted,
      fontStyle: given ? 'normal' : 'italic',
    },
    encoding: { text: { field: 'text' } },
  });
  return {
    title: { ...titleFor(g.title, g.unit), fontSize: 12.5, offset: 6 },
    width: INNER_WIDTH,
    height: g.bars.length * BAND,
    data: { values },
    encoding: { y: { field: 'row', type: 'ordinal' as const, axis: null, scale: { paddingInner: 0, paddingOuter: 0 } } },
    layer: [
      {
        transform: [{ filter: 'datum.given' }],
        mark: { type: 'bar' as const, height: 10, yOffset: 8, cornerRadius: 2, color: colour },
        encoding: {
          x: { field: 'value', type: 'quantitative' as const, axis: null, scale: { domain: [0, max > 0 ? max : 1], nice: false } },
        },
      },
      text(true),
      text(false),
    ],
  };
}

export function figuresSpec(d: FiguresChartData): VegaLiteSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: { ...baseConfig(), concat: { spacing: 18 } },
    title: titleFor(d.title),
    vconcat: d.groups.map((g, i) => group(g, THEME.palette[i % THEME.palette.length]!)),
  } as VegaLiteSpec;
}
