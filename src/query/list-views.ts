import { runs, type RichText } from './rich-text.ts';
import type { Briefing, Lang } from '../briefing/schema.ts';
import { t } from '../i18n/catalogue.ts';
import { formatCitation } from '../briefing/items.ts';
import { pictureFor } from '../charts/catalog.ts';
import { actorName, briefingFooter, figureSpeaker, figureValue, topicById, topicTitle } from './common.ts';
import { riskBlocks, timelineBlock } from './topic-view.ts';
import type { View } from './view.ts';

/** A whole list (risks, timeline) as its own view, headed by the headline of the topic that lists it, if any. */
function sectionListView(b: Briefing, lang: Lang, list: 'risks' | 'timeline', tone: View['tone'], blocks: View['blocks']): View {
  const home = b.presentation.homes[list];
  return {
    lang,
    tone,
    title: t(lang)[list],
    headline: home === undefined ? undefined : topicById(b, home)?.headline[lang],
    blocks,
    footer: briefingFooter(b, lang),
  };
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
      statements: s.positions.map((p) => ({
        text: p.stance[lang],
        nature: p.nature,
        speaker: actorName(b, p.actor, lang),
        cite: formatCitation(p.cite),
      })),
    }));
  return {
    lang,
    tone: 'info',
    title: t(lang).positionsOnIssues,
    headline: t(lang).positionsHeadline,
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
    const value: RichText = f.value !== null ? [{ strong: figureValue(f, lang) }] : figureValue(f, lang);
    block.statements.push({
      text: [`${f.measures[lang]}: `, ...runs(value)],
      nature: f.nature,
      speaker: figureSpeaker(b, f, lang),
      cite: formatCitation(f.cite),
    });
    groups.set(topic, block);
  }
  return {
    lang,
    tone: 'info',
    title: t(lang).figures,
    headline: t(lang).figuresHeadline,
    blocks: [...groups.values()],
    footer: briefingFooter(b, lang),
    picture: pictureFor(b, 'figures', lang),
  };
}
