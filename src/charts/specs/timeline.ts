import { estimateEms } from '../text-width.ts';
import type { TimelineChartData } from '../types.ts';
import { baseConfig, INNER_WIDTH, isZh, literal, THEME, titleFor, type VegaLiteSpec } from './theme.ts';

const ROW_HEIGHT = 17;
const MAX_LABEL_WIDTH = 190;
const EARLIER_WIDTH = 50;
const MIN_SPAN_PX = 3;

/** A timestamp as vega-lite's UTC date-time object, for the panel's fixed domain. */
const dateTime = (t: number) => {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), utc: true };
};

/**
 * Events on a UTC time axis, one row each in date order: a dot for an exact day, a bar over the whole
 * month or year when the source gives no day, hollow and dashed when planned. The months around the
 * briefing's event get a wide panel; anything earlier a narrow one to its left, so the axis is broken
 * rather than squeezing the recent weeks into a few pixels.
 */
export function timelineSpec(d: TimelineChartData): VegaLiteSpec {
  const zh = isZh(d.lang);
  const labels = d.rows.map((r) => r.label);
  const values = d.rows.map((r, row) => ({ row, id: r.id, start: r.start, end: r.end, precision: r.precision, planned: r.planned }));
  const height = d.rows.length * ROW_HEIGHT;
  // As wide as the longest label needs (by a generous estimate), so Chinese labels leave the time axis more room.
  const LABEL_WIDTH = Math.min(MAX_LABEL_WIDTH, Math.ceil(Math.max(...labels.map(estimateEms)) * THEME.fontSize) + 12);
  const gap = d.earlier ? baseConfig().concat.spacing : 0;
  const recentWidth = INNER_WIDTH - LABEL_WIDTH - (d.earlier ? EARLIER_WIDTH + gap : 0);

  const y = (withLabels: boolean) => ({
    field: 'row',
    type: 'ordinal' as const,
    title: null,
    scale: { type: 'band' as const, paddingInner: 0.2 },
    axis: withLabels
      ? {
          labelExpr: `${literal(labels)}[datum.value]`,
          labelLimit: LABEL_WIDTH - 6,
          labelPadding: 6,
          ticks: false,
          domain: false,
          grid: true,
          gridOpacity: 0.5,
        }
      : { labels: false, ticks: false, domain: false, grid: true, gridOpacity: 0.5 },
  });

  const panel = (range: { start: number; end: number }, width: number, withLabels: boolean, xAxis: object) => {
    const minSpan = ((range.end - range.start) / width) * MIN_SPAN_PX;
    const x = {
      field: 'start',
      type: 'temporal' as const,
      scale: { type: 'utc' as const, domainMin: dateTime(range.start), domainMax: dateTime(range.end), nice: false },
      axis: { title: null, ...xAxis, grid: false, labelColor: THEME.muted, labelFontSize: 10 },
    };
    const planned = { test: 'datum.planned' };
    const shown = d.rows.filter((r) => r.end >= range.start && r.start < range.end);
    const spans = shown.some((r) => r.precision !== 'day');
    const days = shown.some((r) => r.precision === 'day');
    return {
      width,
      height,
      transform: [{ filter: `datum.end >= ${range.start} && datum.start < ${range.end}` }],
      encoding: { y: y(withLabels), x },
      // A layer with no rows would leave vega an empty scale extent, so only layers with something to draw.
      layer: [
        ...(spans
          ? [
              {
                transform: [
                  { filter: "datum.precision != 'day'" },
                  { calculate: `max(datum.end, datum.start + ${minSpan})`, as: 'shown_end' },
                ],
                mark: { type: 'bar' as const, height: 9, cornerRadius: 2, clip: true, strokeWidth: 1.2 },
                encoding: {
                  x2: { field: 'shown_end' },
                  fill: { condition: { ...planned, value: THEME.background }, value: THEME.palette[0] },
                  stroke: { value: THEME.palette[0] },
                  strokeDash: { condition: { ...planned, value: [3, 2] }, value: [1, 0] },
                },
              },
            ]
          : []),
        ...(days
          ? [
              {
                transform: [{ filter: "datum.precision == 'day'" }],
                mark: { type: 'point' as const, size: 60, clip: true, strokeWidth: 1.5, opacity: 1 },
                encoding: {
                  fill: { condition: { ...planned, value: THEME.background }, value: THEME.palette[1] },
                  stroke: { value: THEME.palette[1] },
                },
              },
            ]
          : []),
      ],
    };
  };

  // A tick at the start of each month inside the panel, but none squeezed against its right edge.
  const months: number[] = [];
  for (let t = d.recent.start; t < d.recent.end - 10 * 86_400_000; ) {
    months.push(t);
    const at = new Date(t);
    t = Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1);
  }
  const years = [...new Set([d.recent.start, d.recent.end - 86_400_000].map((t) => new Date(t).getUTCFullYear()))];
  const yearTitle = years.join('–') + (zh ? '年' : '');
  const recent = panel(d.recent, recentWidth, !d.earlier, {
    labelExpr: `utcFormat(datum.value, '${zh ? '%-m月' : '%b'}')`,
    values: months,
    labelOverlap: false,
    title: yearTitle,
    titleColor: THEME.muted,
    titleFontSize: 10,
    titleFontWeight: 'normal',
    titlePadding: 4,
  });
  const panels = d.earlier
    ? [
        panel(d.earlier, EARLIER_WIDTH, true, {
          labelExpr: "utcFormat(datum.value, '%Y')",
          tickCount: { interval: 'year', step: 1 },
          labelOverlap: 'greedy',
        }),
        recent,
      ]
    : [recent];
  const legend = zh ? '● 确切日期 · ━ 只知月份或年份 · ○ 计划中' : '● exact day · ━ month or year only · ○ planned';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: baseConfig(),
    title: titleFor(d.title, legend),
    data: { values },
    hconcat: panels,
    resolve: { scale: { y: 'shared' } },
  } as VegaLiteSpec;
}
