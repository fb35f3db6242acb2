import type { Briefing, Lang } from '../briefing/schema.ts';
import { LANGS } from '../briefing/schema.ts';
import { figuresData, positionsData, timelineData } from './data.ts';
import { describeChart } from './describe.ts';
import { figuresSpec } from './specs/figures.ts';
import { positionsSpec } from './specs/positions.ts';
import { timelineSpec } from './specs/timeline.ts';
import type { ChartData, ChartId, Picture } from './types.ts';
import type { VegaLiteSpec } from './specs/theme.ts';
import { perBriefing } from '../briefing/memo.ts';

const FIGURES_PREFIX = 'figures-';

/** The chart's data, or undefined when the briefing has nothing to draw for it. */
export function chartData(b: Briefing, chartId: ChartId, lang: Lang): ChartData | undefined {
  if (chartId === 'timeline') return b.timeline.length > 0 ? timelineData(b, lang) : undefined;
  if (chartId === 'positions') {
    const d = positionsData(b, lang);
    return d.cells.length > 0 ? d : undefined;
  }
  if (chartId === 'figures' || chartId.startsWith(FIGURES_PREFIX)) {
    const topic = chartId === 'figures' ? undefined : chartId.slice(FIGURES_PREFIX.length);
    const d = figuresData(b, lang, topic);
    return d.groups.length > 0 ? d : undefined;
  }
  return undefined;
}

export function chartSpec(data: ChartData): VegaLiteSpec {
  switch (data.kind) {
    case 'timeline':
      return timelineSpec(data);
    case 'figures':
      return figuresSpec(data);
    case 'positions':
      return positionsSpec(data);
  }
}

const picturesOf = perBriefing(() => new Map<string, Picture | undefined>());

/** What a view attaches: the picture's name and alt text, when the briefing has that chart (kept per briefing, see perBriefing). */
export function pictureFor(b: Briefing, chartId: ChartId, lang: Lang): Picture | undefined {
  const known = picturesOf(b);
  const key = `${lang}:${chartId}`;
  if (!known.has(key)) {
    const data = chartData(b, chartId, lang);
    known.set(
      key,
      data
        ? Object.freeze({ briefingId: b.id, chartId, lang, filename: `${chartId}-${lang}.png`, description: describeChart(data) })
        : undefined,
    );
  }
  return known.get(key);
}

/** The chart of a topic view: the timeline for the timeline section, else the topic's comparisons. */
export function topicChartId(topicId: string): ChartId {
  return topicId === 'timeline' ? 'timeline' : `${FIGURES_PREFIX}${topicId}`;
}

/** Every picture a briefing has, in both languages: what is rendered ahead of first use. */
export function allPictures(b: Briefing): Picture[] {
  const topicIds = [...b.sections, ...b.stickingPoints].map((t) => t.id);
  const ids = [...new Set(['timeline', 'figures', 'positions', ...topicIds.map(topicChartId)])];
  return LANGS.flatMap((lang) => ids.map((id) => pictureFor(b, id, lang)).filter((p): p is Picture => p !== undefined));
}
