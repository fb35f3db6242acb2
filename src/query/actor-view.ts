import { formatCitation } from '../briefing/items.ts';
import type { Actor, Briefing, Lang } from '../briefing/schema.ts';
import { t } from '../i18n/ui.ts';
import { actorName, briefingFooter, factStatement, topics, topicTitle } from './common.ts';
import type { Statement, View, ViewBlock } from './view.ts';

/** `/actor <name>`: who they are, where they stand on each sticking point, what they said or did. */
export function actorView(b: Briefing, actor: Actor, lang: Lang): View {
  const blocks: ViewBlock[] = [];
  const about: Statement[] = [{ text: actor.profile[lang], nature: 'reported', cite: formatCitation(actor.cite) }];
  const details: string[] = [];
  if (actor.affiliation) details.push(`${t('affiliation', lang)}: ${actorName(b, actor.affiliation, lang)}`);
  if (actor.delegation) details.push(`${t('delegation', lang)}: ${actorName(b, actor.delegation, lang)}`);
  if (actor.sourceSpellings.length > 0) details.push(`${t('sourceSpelling', lang)}: ${actor.sourceSpellings.map((s) => `“${s}”`).join(', ')}`);
  if (details.length > 0) about.push({ text: details.join(' · ') });
  blocks.push({ heading: t('profile', lang), statements: about });

  const members = b.actors.filter((a) => a.affiliation === actor.id || a.delegation === actor.id);
  if (members.length > 0) {
    blocks.push({
      heading: lang === 'zh' ? '相关人物' : 'People',
      statements: members.map((m) => ({ text: `**${m.name[lang]}**: ${m.role[lang]}` })),
    });
  }

  const positions = b.stickingPoints.flatMap((s) =>
    s.positions
      .filter((p) => p.actor === actor.id)
      .map((p) => ({ text: `**${s.title[lang]}**: ${p.stance[lang]}`, nature: p.nature, speaker: actor.name[lang], cite: formatCitation(p.cite) })),
  );
  if (positions.length > 0) blocks.push({ heading: t('positionsOnIssues', lang), statements: positions });

  const said: Statement[] = [
    ...topics(b).flatMap((topic) => topic.facts.filter((f) => f.by === actor.id).map((f) => factStatement(b, f, lang))),
    ...b.plans.flatMap((p) => p.facts.filter((f) => f.by === actor.id).map((f) => factStatement(b, f, lang))),
    ...b.plans
      .filter((p) => p.draftedBy.includes(actor.id) || p.publishedBy === actor.id)
      .map((p) => ({ text: `${p.draftedBy.includes(actor.id) ? t('draftedBy', lang) : t('publishedBy', lang)}: ${p.name[lang]}`, nature: 'reported' as const, cite: formatCitation(p.provisions[0]!.cite) })),
    ...b.timeline.filter((e) => e.by === actor.id).map((e) => factStatement(b, e, lang)),
    ...b.figures.filter((f) => f.by === actor.id).map((f) => ({ ...factStatement(b, { ...f, text: { en: `${f.measures.en}: ${f.value === null ? t('noNumber', 'en') : f.display.en}`, zh: `${f.measures.zh}：${f.value === null ? t('noNumber', 'zh') : f.display.zh}` } }, lang) })),
  ];
  if (said.length > 0) blocks.push({ heading: t('inTheSource', lang), statements: dedupe(said) });

  return {
    lang,
    tone: 'info',
    title: actor.name[lang],
    headline: actor.role[lang],
    blocks,
    related: b.stickingPoints.filter((s) => s.positions.some((p) => p.actor === actor.id)).map((s) => ({ id: s.id, title: topicTitle(b, s.id, lang) })),
    footer: briefingFooter(b, lang),
  };
}

function dedupe(statements: Statement[]): Statement[] {
  const seen = new Set<string>();
  return statements.filter((s) => (seen.has(s.text) ? false : (seen.add(s.text), true)));
}
