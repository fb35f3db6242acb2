import type { Briefing, Lang } from '../briefing/schema.ts';
import { t } from '../i18n/ui.ts';
import { formatCitation } from '../briefing/items.ts';
import { actorName, briefingFooter, topicById, topicTitle } from './common.ts';
import { riskBlocks, timelineBlock } from './topic-view.ts';
import type { View } from './view.ts';

export function risksView(b: Briefing, lang: Lang): View {
  return {
    lang,
    tone: 'warning',
    title: t('risks', lang),
    headline: topicById(b, 'risks')?.headline[lang],
    blocks: riskBlocks(b, lang),
    footer: briefingFooter(b, lang),
  };
}

export function timelineView(b: Briefing, lang: Lang): View {
  return {
    lang,
    tone: 'info',
    title: t('timeline', lang),
    headline: topicById(b, 'timeline')?.headline[lang],
    blocks: [timelineBlock(b, lang)],
    footer: briefingFooter(b, lang),
  };
}

/** Every key figure, grouped by the topic it belongs to; numbers the source withholds say so. */
export function figuresView(b: Briefing, lang: Lang): View {
  const groups = new Map<string, View['blocks'][number]>();
  for (const f of b.figures) {
    const topic = f.topics[0] ?? 'background';
    const block = groups.get(topic) ?? { heading: topicTitle(b, topic, lang), statements: [] };
    const value = f.value === null ? `${t('noNumber', lang)}${f.missing ? ` (${f.missing[lang]})` : ''}` : `**${f.display[lang]}**`;
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
