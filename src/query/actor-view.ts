import { formatCitation } from '../briefing/items.ts';
import type { Actor, Briefing, Lang } from '../briefing/schema.ts';
import { t } from '../i18n/ui.ts';
import { actorEntries, actorName, delegationLabel, briefingFooter, factStatement, figureSpeaker, figureValue, nameWithRole, roleBesideName, topicTitle } from './common.ts';
import type { Statement, View, ViewBlock } from './view.ts';

/**
 * `/actor <name>`: who they are, where they stand on each sticking point, what they said or did.
 * Reads the per-briefing actor index (`actorEntries`), so its cost follows what it shows, not the briefing's size.
 */
export function actorView(b: Briefing, actor: Actor, lang: Lang): View {
  const entries = actorEntries(b, actor.id);
  const blocks: ViewBlock[] = [];
  const about: Statement[] = [{ text: actor.profile[lang], nature: 'reported', cite: formatCitation(actor.cite) }];
  const details: string[] = [];
  if (actor.affiliation) details.push(`${t('affiliation', lang)}: ${actorName(b, actor.affiliation, lang)}`);
  if (actor.delegation) details.push(`${delegationLabel(b, lang)}: ${actorName(b, actor.delegation, lang)}`);
  if (actor.sourceSpellings.length > 0) details.push(`${t('sourceSpelling', lang)}: ${actor.sourceSpellings.map((s) => `“${s}”`).join(', ')}`);
  if (details.length > 0) about.push({ text: details.join(' · ') });
  blocks.push({ heading: t('profile', lang), statements: about });

  const members = entries.members;
  if (members.length > 0) {
    blocks.push({
      heading: lang === 'zh' ? '相关人物' : 'People',
      statements: members.map((m) => ({ text: nameWithRole(m, lang, { bold: true }) })),
    });
  }

  const positions = entries.positions.map(({ stickingPoint: s, position: p }) => ({
    text: `**${s.title[lang]}**: ${p.stance[lang]}`,
    nature: p.nature,
    speaker: actor.name[lang],
    cite: formatCitation(p.cite),
  }));
  if (positions.length > 0) blocks.push({ heading: t('positionsOnIssues', lang), statements: positions });

  const said: Statement[] = [
    ...entries.topicFacts.map((f) => factStatement(b, f, lang)),
    ...entries.planFacts.map((f) => factStatement(b, f, lang)),
    // The actor did something to the plan: "Drafted the 28-point plan", not "Drafted by: 28-point plan".
    ...entries.plans.map((p) => ({ text: t(p.draftedBy.includes(actor.id) ? 'draftedPlan' : 'publishedPlan', lang).replace('{plan}', p.name[lang]), nature: 'reported' as const, cite: formatCitation(p.provisions[0]!.cite) })),
    ...entries.timeline.map((e) => factStatement(b, e, lang)),
    ...entries.figures.map((f) => ({
      ...factStatement(b, { ...f, text: { en: `${f.measures.en}: ${figureValue(f, 'en', { why: false })}`, zh: `${f.measures.zh}：${figureValue(f, 'zh', { why: false })}` } }, lang),
      speaker: figureSpeaker(b, f, lang),
    })),
  ];
  if (said.length > 0) blocks.push({ heading: t('inTheSource', lang), statements: dedupe(said) });

  return {
    lang,
    tone: 'info',
    title: actor.name[lang],
    headline: roleBesideName(actor, lang),
    blocks,
    related: entries.stickingPoints.map((s) => ({ id: s.id, title: topicTitle(b, s.id, lang) })),
    footer: briefingFooter(b, lang),
  };
}

function dedupe(statements: Statement[]): Statement[] {
  const seen = new Set<string>();
  return statements.filter((s) => (seen.has(s.text) ? false : (seen.add(s.text), true)));
}
