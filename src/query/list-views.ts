import type { Briefing, Lang } from '../briefing/schema.ts';
import { t } from '../i18n/ui.ts';
import { briefingFooter, topicById } from './common.ts';
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
