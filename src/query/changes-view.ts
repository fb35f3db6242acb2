import { formatCitation, type BriefingItem } from '../briefing/items.ts';
import type { Briefing, Lang } from '../briefing/schema.ts';
import { diffCounts, diffForTopic, type BriefingDiff, type StatementChange, type TrendChange } from '../editions/diff.ts';
import { formatDate, natureLabel, t, tf } from '../i18n/ui.ts';
import { actorName, briefingFooter, topicById, topics } from './common.ts';
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

export function editionLabel(e: EditionLabel, lang: Lang): string {
  return lang === 'zh' ? `\`${e.id}\`（截至 ${formatDate(e.asOf, lang)}）` : `\`${e.id}\` (as of ${formatDate(e.asOf, lang)})`;
}

/** "3 added, 1 removed, …" (only the non-zero counts). */
export function changeSummary(diff: BriefingDiff, lang: Lang): string {
  const c = diffCounts(diff);
  const parts = (
    [
      ['countAdded', c.added],
      ['countRemoved', c.removed],
      ['countReworded', c.reworded],
      ['countRelabelled', c.relabelled],
      ['countFigures', c.figures],
      ['countTrends', c.trends],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([key, n]) => tf(key, lang, { n }));
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/** Who a statement is attributed to, as other views show it: a provision or a plan's figure by its plan. */
function speakerOf(b: Briefing, item: BriefingItem, lang: Lang): string | undefined {
  if (item.plan !== undefined && (item.kind === 'provision' || item.kind === 'figure')) return b.plans.find((p) => p.id === item.plan)?.name[lang];
  return actorName(b, item.by, lang);
}

function labelled(b: Briefing, item: BriefingItem, lang: Lang): Pick<Statement, 'nature' | 'speaker' | 'cite'> {
  return { nature: item.nature, speaker: speakerOf(b, item, lang), cite: formatCitation(item.cite) };
}

/** What a figure shows as its text: what it measures, without its number (shown apart when it changes). */
function shownText(b: Briefing, item: BriefingItem, lang: Lang): string {
  if (item.kind === 'figure') return b.figures.find((f) => f.id === item.id)?.measures[lang] ?? item.text[lang];
  return item.text[lang];
}

const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');

function changeStatement(req: ChangesRequest, c: StatementChange, lang: Lang): Statement {
  const { before, after } = req;
  if (c.change === 'added') return { text: `${t('newMark', lang)} **${t('changeAdded', lang)}**${colon(lang)}${c.after!.text[lang]}`, ...labelled(after, c.after!, lang) };
  if (c.change === 'removed') return { text: `**${t('changeRemoved', lang)}**${colon(lang)}${c.before!.text[lang]}`, ...labelled(before, c.before!, lang) };
  const old = c.before!;
  const now = c.after!;
  const parts: string[] = [];
  if (c.value) {
    const fmt = (v: { display: { en: string; zh: string } }) => v.display[lang];
    parts.push(`**${t('changeFigure', lang)}**${colon(lang)}${shownText(after, now, lang)}${colon(lang)}${fmt(c.value.before)} → **${fmt(c.value.after)}**`);
  }
  if (c.reworded) {
    const quote = (s: string) => (lang === 'zh' ? `“${s}”` : `“${s}”`);
    parts.push(`**${t('changeReworded', lang)}**${colon(lang)}${shownText(after, now, lang)} (${t('was', lang)} ${quote(shownText(before, old, lang))})`);
  }
  if (c.relabelled.length > 0) {
    const was = labelled(before, old, lang);
    const is = labelled(after, now, lang);
    const moves: string[] = [];
    if (c.relabelled.includes('nature') || c.relabelled.includes('by')) moves.push(`${natureLabel(was.nature!, lang, was.speaker)} → ${natureLabel(is.nature!, lang, is.speaker)}`);
    if (c.relabelled.includes('cite')) moves.push(`${was.cite} → ${is.cite}`);
    const what = parts.length > 0 ? '' : `${colon(lang)}${shownText(after, now, lang)}`;
    parts.push(`**${t('changeRelabelled', lang)}** (${moves.join(' · ')})${what}`);
  }
  return { text: parts.join(lang === 'zh' ? '；' : '; '), ...labelled(after, now, lang) };
}

function trendStatement(c: TrendChange, lang: Lang): Statement {
  const now = c.after ? trendText(c.after, lang) : trendName(undefined, lang);
  return { text: `**${t('changeTrend', lang)}**${colon(lang)}${now} (${t('was', lang)} ${trendName(c.before, lang)})` };
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
  const blocks: ViewBlock[] = [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([topic, statements]) => ({ heading: topicHeading(req, topic, lang), statements }));
  const summary = changeSummary(diff, lang);
  const compared = tf('editionCompared', lang, { to: editionLabel(req.to, lang), from: editionLabel(req.from, lang) });
  const empty = req.topic ? t('noChangesInTopic', lang) : t('noChanges', lang);
  const topicTitle = req.topic ? topicById(req.after, req.topic)?.title[lang] ?? req.topic : undefined;
  return {
    lang,
    tone: 'info',
    title: `${t('whatChanged', lang)} · ${topicTitle ?? req.after.title[lang]}`,
    headline: [compared, summary === '' ? empty : summary, req.note].filter((x) => x !== undefined && x !== '').join('\n'),
    blocks,
    footer: briefingFooter(req.after, lang),
  };
}
