import { formatCitation, type BriefingItem } from '../briefing/items.ts';
import type { Briefing, Lang } from '../briefing/schema.ts';
import { diffCounts, diffForTopic, type BriefingDiff, type StatementChange, type TrendChange } from '../editions/diff.ts';
import { formatDate, natureLabel, t } from '../i18n/catalogue.ts';
import { actorName, briefingFooter, topicById, topics } from './common.ts';
import type { Run } from './rich-text.ts';
import { trendName, trendText } from './trend.ts';
import type { Statement, View, ViewBlock } from './view.ts';

/** An edition as shown: its id and the briefing's `asOf` date. */
export interface EditionLabel {
  id: string;
  asOf: string;
}

export interface ChangesRequest {
  before: Briefing;
  after: Briefing;
  diff: BriefingDiff;
  from: EditionLabel;
  to: EditionLabel;
  /** Only what touches this topic. */
  topic?: string;
  /** A line shown under the comparison (e.g. that no edition is dated before the date asked for). */
  note?: string;
}

export function editionLabel(e: EditionLabel, lang: Lang): Run[] {
  return t(lang).living.editionLabel(e.id, formatDate(e.asOf, lang));
}

/** "3 added, 1 removed, …" (only the non-zero counts). */
export function changeSummary(diff: BriefingDiff, lang: Lang): string {
  const c = diffCounts(diff);
  const words = t(lang).living.counts;
  const parts = (['added', 'removed', 'reworded', 'relabelled', 'figures', 'trends'] as const)
    .filter((k) => c[k] > 0)
    .map((k) => words[k](c[k]));
  return parts.join(t(lang).listSeparator);
}

/** Who a statement is attributed to, as other views show it: a provision or a plan's figure by its plan. */
function speakerOf(b: Briefing, item: BriefingItem, lang: Lang): string | undefined {
  if (item.plan !== undefined && (item.kind === 'provision' || item.kind === 'figure'))
    return b.plans.find((p) => p.id === item.plan)?.name[lang];
  return actorName(b, item.by, lang);
}

function labelled(b: Briefing, item: BriefingItem, lang: Lang): Pick<Statement, 'nature' | 'speaker' | 'cite'> {
  return { nature: item.nature, speaker: speakerOf(b, item, lang), cite: formatCitation(item.cite) };
}

/** What a statement shows as its text; a figure, what it measures (its number is shown apart when it changes). */
function shownText(b: Briefing, item: BriefingItem, lang: Lang): string {
  if (item.kind === 'figure') return b.figures.find((f) => f.id === item.id)?.measures[lang] ?? item.text[lang];
  return item.text[lang];
}

function changeStatement(req: ChangesRequest, c: StatementChange, lang: Lang): Statement {
  const { before, after } = req;
  const words = t(lang);
  const w = words.living;
  if (c.change === 'added')
    return { text: [`${w.newMark} `, { strong: w.added }, `${words.colon}${c.after!.text[lang]}`], ...labelled(after, c.after!, lang) };
  if (c.change === 'removed')
    return { text: [{ strong: w.removed }, `${words.colon}${c.before!.text[lang]}`], ...labelled(before, c.before!, lang) };
  const old = c.before!;
  const now = c.after!;
  const parts: Run[][] = [];
  if (c.value)
    parts.push([
      { strong: w.figureChanged },
      `${words.colon}${shownText(after, now, lang)}${words.colon}${c.value.before.display[lang]} → `,
      { strong: c.value.after.display[lang] },
    ]);
  if (c.reworded)
    parts.push([
      { strong: w.reworded },
      `${words.colon}${shownText(after, now, lang)}${w.parenthesis(`${w.was} ${w.quote(shownText(before, old, lang))}`)}`,
    ]);
  if (c.relabelled.length > 0) {
    const was = labelled(before, old, lang);
    const is = labelled(after, now, lang);
    const moves: string[] = [];
    if (c.relabelled.includes('nature') || c.relabelled.includes('by'))
      moves.push(`${natureLabel(was.nature!, lang, was.speaker)} → ${natureLabel(is.nature!, lang, is.speaker)}`);
    if (c.relabelled.includes('cite')) moves.push(`${was.cite} → ${is.cite}`);
    const what = parts.length > 0 ? '' : `${words.colon}${shownText(after, now, lang)}`;
    parts.push([{ strong: w.relabelled }, `${w.parenthesis(moves.join(' · '))}${what}`]);
  }
  return { text: parts.flatMap((p, i) => (i > 0 ? [w.separator, ...p] : p)), ...labelled(after, now, lang) };
}

function trendStatement(c: TrendChange, lang: Lang): Statement {
  const w = t(lang).living;
  const now = c.after ? trendText(c.after, lang) : trendName(undefined, lang);
  return { text: [{ strong: w.trend }, `${t(lang).colon}${now}${w.parenthesis(`${w.was} ${trendName(c.before, lang)}`)}`] };
}

/** A topic's heading in a change list: its title, with its trend beside it when the analysts set one. */
function topicHeading(req: ChangesRequest, id: string, lang: Lang): string {
  const topic = topicById(req.after, id) ?? topicById(req.before, id);
  const title = topic?.title[lang] ?? id;
  const trend = topicById(req.after, id)?.trend;
  return trend ? `${title} · ${trendName(trend, lang)}` : title;
}

/**
 * `/changes` and change alerts: what changed between two editions, grouped by topic (each statement once,
 * under its own topic, or only the asked topic's), every statement labelled and cited as in `/brief`.
 */
export function changesView(req: ChangesRequest, lang: Lang): View {
  const w = t(lang).living;
  const diff = req.topic ? diffForTopic(req.diff, req.topic) : req.diff;
  const groups = new Map<string, Statement[]>();
  const add = (topic: string, s: Statement) => groups.set(topic, [...(groups.get(topic) ?? []), s]);
  for (const c of diff.trends) add(c.topic, trendStatement(c, lang));
  for (const c of diff.statements) add(req.topic ?? (c.after ?? c.before)!.topic, changeStatement(req, c, lang));
  const order = [...topics(req.after).map((x) => x.id), ...topics(req.before).map((x) => x.id)];
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const blocks: ViewBlock[] = [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([topic, statements]) => ({ heading: topicHeading(req, topic, lang), statements }));
  const summary = changeSummary(diff, lang);
  const topicTitle = req.topic ? (topicById(req.after, req.topic)?.title[lang] ?? req.topic) : undefined;
  const lines: Run[][] = [
    w.compared(editionLabel(req.to, lang), editionLabel(req.from, lang)),
    [summary === '' ? (req.topic ? w.noChangesInTopic : w.noChanges) : summary],
  ];
  if (req.note) lines.push([req.note]);
  return {
    lang,
    tone: 'info',
    title: `${w.whatChanged} · ${topicTitle ?? req.after.title[lang]}`,
    headline: lines.flatMap((l, i) => (i > 0 ? ['\n', ...l] : l)),
    blocks,
    footer: briefingFooter(req.after, lang),
  };
}
