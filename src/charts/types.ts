import type { Lang, Nature } from '../briefing/schema.ts';

/** `timeline`, `figures` (every comparison), `figures-<topic>` (comparisons touching a topic), `positions`. */
export type ChartId = string;

/** What a view says about its picture: enough to fetch the PNG and describe it, free of Discord. */
export interface Picture {
  briefingId: string;
  chartId: ChartId;
  lang: Lang;
  /** The attachment's file name, e.g. `timeline-en.png`. */
  filename: string;
  /** Alt text: what the picture shows, in the reply's language. */
  description: string;
}

/** A picture ready to send: the PNG and its size in pixels. */
export interface RenderedPicture extends Picture {
  png: Buffer;
  width: number;
  height: number;
}

/** One event on the time axis. `start`/`end` are UTC timestamps; a day is a point, a month or year a span. */
export interface TimelineRow {
  id: string;
  /** What the chart draws (vega cuts it to the label column with an ellipsis). */
  label: string;
  /** What the alt text says: the short form where the briefing gives one, else the whole statement. */
  spoken: string;
  dateText: string;
  precision: 'day' | 'month' | 'year';
  start: number;
  end: number;
  planned: boolean;
}

export interface TimelineChartData {
  kind: 'timeline';
  lang: Lang;
  title: string;
  rows: TimelineRow[];
  /** The weeks around the briefing's event, drawn wide. */
  recent: { start: number; end: number };
  /** Everything before `recent`, drawn narrow; absent when nothing happened before it. */
  earlier?: { start: number; end: number };
}

export interface ComparisonBar {
  figureId: string;
  label: string;
  spoken: string;
  /** null when the source withholds the number: drawn as text, never as a bar. */
  value: number | null;
  valueText: string;
}

export interface ComparisonGroup {
  id: string;
  title: string;
  unit: string;
  bars: ComparisonBar[];
}

export interface FiguresChartData {
  kind: 'figures';
  lang: Lang;
  title: string;
  groups: ComparisonGroup[];
}

export interface PositionCell {
  topicId: string;
  partyId: string;
  /** Short form of the party's first position on the topic. */
  text: string;
  /** How many more positions the party holds on the topic (shown as "+n"). */
  more: number;
  nature: Nature;
}

export interface PositionsChartData {
  kind: 'positions';
  lang: Lang;
  title: string;
  parties: Array<{ id: string; name: string }>;
  topics: Array<{ id: string; title: string }>;
  cells: PositionCell[];
}

export type ChartData = TimelineChartData | FiguresChartData | PositionsChartData;
