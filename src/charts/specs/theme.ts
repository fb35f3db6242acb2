import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../../briefing/schema.ts';
import { wrapText } from '../text-width.ts';

export type VegaLiteSpec = TopLevelSpec;

/**
 * One look for every chart: a dark card (Discord's dark embed colour, which also reads as a card on the
 * light theme), light text, and sizes chosen for an image shown 400 px wide (rendered at 2× for sharpness).
 */
export const THEME = {
  width: 400,
  padding: 12,
  background: '#2b2d31',
  text: '#dbdee1',
  strong: '#f2f3f5',
  muted: '#a3a9b2',
  grid: '#3f4147',
  empty: '#35373c',
  /** The typographic family of the bundled Noto Sans CJK (Simplified Chinese) fonts. */
  font: 'Noto Sans S Chinese',
  fontSize: 11,
  palette: ['#7b93ff', '#f0b232', '#3ec27a', '#ef6fa8', '#4fc3f7', '#ff8a65'],
} as const;

/** Plot width left for marks once the outer padding is taken off. */
export const INNER_WIDTH = THEME.width - 2 * THEME.padding;

/** The vega-lite config every chart starts from. */
export function baseConfig() {
  return {
    font: THEME.font,
    background: THEME.background,
    padding: THEME.padding,
    view: { stroke: null },
    title: {
      color: THEME.strong,
      subtitleColor: THEME.muted,
      fontSize: 14,
      subtitleFontSize: 10.5,
      fontWeight: 'bold' as const,
      anchor: 'start' as const,
      offset: 10,
      subtitlePadding: 4,
    },
    axis: {
      labelColor: THEME.text,
      titleColor: THEME.text,
      labelFontSize: THEME.fontSize,
      domainColor: THEME.grid,
      tickColor: THEME.grid,
      gridColor: THEME.grid,
      labelFont: THEME.font,
      titleFont: THEME.font,
    },
    text: { font: THEME.font, color: THEME.text, fontSize: THEME.fontSize },
    concat: { spacing: 14 },
  };
}

/** A title, with the subtitle wrapped to the chart's width. */
export const titleFor = (text: string, subtitle?: string) => ({
  text,
  ...(subtitle ? { subtitle: wrapText(subtitle, INNER_WIDTH, 10.5) } : {}),
});

/** A vega expression literal for a string or list of strings. */
export const literal = (value: unknown) => JSON.stringify(value);

export const isZh = (lang: Lang) => lang === 'zh';
