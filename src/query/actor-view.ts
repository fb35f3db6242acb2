import { formatCitation } from '../briefing/items.ts';
import { plainRuns } from './rich-text.ts';
import type { Actor, Briefing, Lang } from '../briefing/schema.ts';
import { t } from '../i18n/catalogue.ts';
import {
  actorEntries,
  actorName,
  delegationLabel,
  briefingFooter,
  factStatement,
  figureSpeaker,
  figureValue,
  roleBesideName,
  topicTitle,
  labelled,
  strongNameWithRole,
} from './common.ts';
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
  if (actor.affiliation) details.push(`${t(lang).affiliation}: ${actorName(b, actor.affiliation, lang)}`);
  if (actor.delegation) details.push(`${delegationLabel(b, lang)}: ${actorName(b, actor.delegation, lang)}`);
  if (actor.sourceSpellings.length > 0) details.push(`${t(lang).sourceSpelling}: ${actor.sourceSpellings.map((s) => `“${s}”`).join(', ')}`);
  if (details.length > 0) about.push({ text: details.join(' · ') });
  blocks.push({ heading: t(lang).profile, statements: about });

  const members = entries.members;
  if (members.length > 0) {
    blocks.push({
      heading: t(lang).people,
      statements: members.map((m) => ({ text: strongNameWithRole(m, lang) })),
    });
  }

  const positions = entries.positions.map(({ stickingPoint: s, position: p }) => ({
    text: labelled(s.title[lang], p.stance[lang]),
    nature: p.nature,
    speaker: actor.name[lang],
    cite: formatCitation(p.cite),
  }));
  if (positions.length > 0) blocks.push({ heading: t(lang).positionsOnIssues, statements: positions });

  const said: Statement[] = [
    ...entries.topicFacts.map((f) => factStatement(b, f, lang)),
    ...entries.planFacts.map((f) => factStatement(b, f, lang)),
    // The actor did something to the plan: "Drafted the 28-point plan", not "Drafted by: 28-point plan".
    ...entries.plans.map((p) => ({
      text: (p.draftedBy.includes(actor.id) ? t(lang).draftedPlan : t(lang).publishedPlan)(p.name[lang]),
      nature: 'reported' as const,
      cite: formatCitation(p.provisions[0]!.cite),
    })),
    ...entries.timeline.map((e) => factStatement(b, e, lang)),
    ...entries.figures.map((f) => ({
      ...factStatement(
        b,
        {
          ...f,
          text: {
            en: `${f.measures.en}: ${figureValue(f, 'en', { why: false })}`,
            zh: `${f.measures.zh}：${figureValue(f, 'zh', { why: false })}`,
          },
        },
        lang,
      ),
      speaker: figureSpeaker(b, f, lang),
    })),
  ];
  if (said.length > 0) blocks.push({ heading: t(lang).inTheSource, statements: dedupe(said) });

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
  return statements.filter((s) => {
    const key = plainRuns(s.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
