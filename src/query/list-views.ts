import type { Briefing, Lang } from '../briefing/schema.ts';
import { t } from '../i18n/ui.ts';
import { formatCitation } from '../briefing/items.ts';
import { actorName, briefingFooter, figureValue, topicById, topicTitle } from './common.ts';
import { riskBlocks, timelineBlock } from './topic-view.ts';
import type { View } from './view.ts';

/** A whole-list section (risks, timeline) as its own view, headed by that section's headline. */
function sectionListView(b: Briefing, lang: Lang, section: 'risks' | 'timeline', tone: View['tone'], blocks: View['blocks']): View {
  return { lang, tone, title: t(section, lang), headline: topicById(b, section)?.headline[lang], blocks, footer: briefingFooter(b, lang) };
}

export function risksView(b: Briefing, lang: Lang): View {
  // 'info': a briefing section, not a notice; the warning tone would mark its title as an error in the console.
  return sectionListView(b, lang, 'risks', 'info', riskBlocks(b, lang));
}

export function timelineView(b: Briefing, lang: Lang): View {
  return sectionListView(b, lang, 'timeline', 'info', [timelineBlock(b, lang)]);
}

/** Every key figure, grouped by the topic it belongs to; numbers the source withholds say so. */
export function figuresView(b: Briefing, lang: Lang): View {
  const groups = new Map<string, View['blocks'][number]>();
  for (const f of b.figures) {
    const topic = f.topics[0] ?? 'background';
    const block = groups.get(topic) ?? { heading: topicTitle(b, topic, lang), statements: [] };
    const value = figureValue(f, lang, { bold: true });
    block.statements.push({ text: `${f.measures[lang]}: ${value}`, nature: f.nature, speaker: actorName(b, f.by, lang), cite: formatCitation(f.cite) });
    groups.set(topic, block);
  }
  return {
    lang,
    tone: 'info',
    title: t('figures', lang),
    headline: lang === 'zh' ? '来源文章中的每一个数字，以及它未给出的数字。' : 'Every number the source gives, and the ones it leaves out.',
    blocks: [...groups.values()],
    footer: briefingFooter(b, lang),
  };
}
