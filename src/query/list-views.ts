import type { Briefing, Lang } from '../briefing/schema.ts';
import { t } from '../i18n/ui.ts';
import { formatCitation } from '../briefing/items.ts';
import { pictureFor } from '../charts/catalog.ts';
import { actorName, briefingFooter, figureSpeaker, figureValue, topicById, topicTitle } from './common.ts';
import { riskBlocks, timelineBlock } from './topic-view.ts';
import type { View } from './view.ts';

/** A whole list (risks, timeline) as its own view, headed by the headline of the topic that lists it, if any. */
function sectionListView(b: Briefing, lang: Lang, list: 'risks' | 'timeline', tone: View['tone'], blocks: View['blocks']): View {
  const home = b.presentation.homes[list];
  return { lang, tone, title: t(list, lang), headline: home === undefined ? undefined : topicById(b, home)?.headline[lang], blocks, footer: briefingFooter(b, lang) };
}

export function risksView(b: Briefing, lang: Lang): View {
  // 'info': a briefing section, not a notice; the warning tone would mark its title as an error in the console.
  return sectionListView(b, lang, 'risks', 'info', riskBlocks(b, lang));
}

export function timelineView(b: Briefing, lang: Lang): View {
  return { ...sectionListView(b, lang, 'timeline', 'info', [timelineBlock(b, lang)]), picture: pictureFor(b, 'timeline', lang) };
}

/** Every party's position on every sticking point, grouped by sticking point; the picture is the matrix. */
export function positionsView(b: Briefing, lang: Lang): View {
  const blocks = b.stickingPoints
    .filter((s) => s.positions.length > 0)
    .map((s) => ({
      heading: s.title[lang],
      statements: s.positions.map((p) => ({ text: p.stance[lang], nature: p.nature, speaker: actorName(b, p.actor, lang), cite: formatCitation(p.cite) })),
    }));
  return {
    lang,
    tone: 'info',
    title: t('positionsOnIssues', lang),
    headline: lang === 'zh' ? '各方在每个争议问题上的立场，按问题排列。' : 'Where each party stands on each sticking point, issue by issue.',
    blocks,
    footer: briefingFooter(b, lang),
    picture: pictureFor(b, 'positions', lang),
  };
}

/** Every key figure, grouped by its own topic (or the topic listing all figures); numbers the source withholds say so. */
export function figuresView(b: Briefing, lang: Lang): View {
  const groups = new Map<string, View['blocks'][number]>();
  for (const f of b.figures) {
    const topic = f.topics[0] ?? b.presentation.homes.figures!;
    const block = groups.get(topic) ?? { heading: topicTitle(b, topic, lang), statements: [] };
    const value = figureValue(f, lang, { bold: true });
    block.statements.push({ text: `${f.measures[lang]}: ${value}`, nature: f.nature, speaker: figureSpeaker(b, f, lang), cite: formatCitation(f.cite) });
    groups.set(topic, block);
  }
  return {
    lang,
    tone: 'info',
    title: t('figures', lang),
    headline: lang === 'zh' ? '来源文章中的每一个数字，以及它未给出的数字。' : 'Every number the source gives, and the ones it leaves out.',
    blocks: [...groups.values()],
    footer: briefingFooter(b, lang),
    picture: pictureFor(b, 'figures', lang),
  };
}
