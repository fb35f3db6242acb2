/**
 * The text of one `/ask` answer: the item's statement made self-contained, so it states the datum
 * a reader asked for — an event with its date, a figure with its value (or that the source gives
 * none), a person with name and role, a position or provision with whoever holds it.
 */
import type { BriefingItem } from '../briefing/items.ts';
import type { Actor, Briefing, Figure, Lang, LocalizedText, TimelineEvent } from '../briefing/schema.ts';
import { t } from '../i18n/catalogue.ts';
import { matchForm } from './analyze.ts';

export interface AnswerContext {
  planNames: ReadonlyMap<string, LocalizedText>;
  /** Actor id → match forms of its names, per language. */
  speakerForms: ReadonlyMap<string, { en: string[]; zh: string[] }>;
  actors: ReadonlyMap<string, Actor>;
  events: ReadonlyMap<string, TimelineEvent>;
  figures: ReadonlyMap<string, Figure>;
}

/** Lookups by id, built once per briefing: answers are written for every question. */
export function answerContext(briefing: Briefing, speakerForms: AnswerContext['speakerForms']): AnswerContext {
  return {
    planNames: new Map(briefing.plans.map((p) => [p.id, p.name])),
    speakerForms,
    actors: new Map(briefing.actors.map((a) => [a.id, a])),
    events: new Map(briefing.timeline.map((e) => [e.id, e])),
    figures: new Map(briefing.figures.map((f) => [f.id, f])),
  };
}

const sepOf = (lang: Lang) => t(lang).colon;

/** Joins that read badly after flattening ("driver.; next") are tidied. */
function tidy(text: string): string {
  return text
    .trim()
    .replace(/[.。]\s*([;；])/g, '$1')
    .replace(/\s+/g, ' ');
}

/** A date as a reader writes it when asking "when": month names in full ("23 December 2025"). */
function spelledDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-');
  return t(lang).longDate(y!, m ? Number(m) : undefined, d ? Number(d) : undefined);
}

function eventDate(ctx: AnswerContext, item: BriefingItem, lang: Lang): string | undefined {
  const e = ctx.events.get(item.id);
  if (!e) return undefined;
  const date = spelledDate(e.date, lang);
  return e.planned ? `${date}${t(lang).parenthetical(t(lang).planned)}` : date;
}

function figureText(ctx: AnswerContext, item: BriefingItem, lang: Lang): string | undefined {
  const f = ctx.figures.get(item.id);
  if (!f) return undefined;
  const sep = sepOf(lang);
  if (f.value !== null) return `${f.measures[lang]}${sep}${f.display[lang]}`;
  const why = f.missing ? t(lang).parenthetical(f.missing[lang]) : '';
  return `${f.measures[lang]}${sep}${t(lang).noNumber}${why}`;
}

function actorText(ctx: AnswerContext, item: BriefingItem, lang: Lang): string | undefined {
  const a = ctx.actors.get(item.id.replace(/^actor-/, ''));
  if (!a) return undefined;
  const name = a.name[lang];
  const role = a.role[lang];
  // some names already carry their gloss ("Verkhovna Rada (Ukraine's parliament)")
  const glossed = matchForm(name).includes(matchForm(role));
  // a Chinese reader meets one foreign name in several transliterations (赫格塞斯, 赫格塞思): the original settles which
  const original = lang === 'zh' && a.kind === 'person' && /[A-Za-z]/.test(a.name.en) && !/[A-Za-z]/.test(name) ? a.name.en : undefined;
  const gloss = [original, glossed ? undefined : role].filter((x) => x !== undefined).join('，');
  const head = gloss ? `${name}${t(lang).parenthetical(gloss)}` : name;
  return `${head}${sepOf(lang)}${item.text[lang].trim()}`;
}

export function answerText(ctx: AnswerContext, item: BriefingItem, lang: Lang): string {
  const sep = sepOf(lang);
  let text = item.text[lang].trim();
  const form = matchForm(text);
  if (item.kind === 'event') {
    const date = eventDate(ctx, item, lang);
    if (date && !form.includes(matchForm(date))) text = `${date}${sep}${text}`;
  } else if (item.kind === 'figure') {
    text = figureText(ctx, item, lang) ?? text;
  } else if (item.kind === 'actor') {
    text = actorText(ctx, item, lang) ?? text;
  } else if ((item.kind === 'provision' || item.kind === 'plan' || item.kind === 'fact') && item.plan) {
    // a plan's notes ("this plan", "its terms") read under the plan in /brief; alone, they need its name
    const plan = ctx.planNames.get(item.plan);
    if (plan && !form.includes(matchForm(plan[lang]))) text = `${plan[lang]}${sep}${text}`;
  } else if ((item.kind === 'position' || item.nature === 'claim') && item.by) {
    const forms = ctx.speakerForms.get(item.by);
    const name = ctx.actors.get(item.by)?.name[lang];
    if (name && forms && !forms[lang].some((f) => form.includes(f))) text = `${name}${sep}${text}`;
  }
  return tidy(text);
}

/** Who a statement is attributed to, as `/brief` shows it: a plan's provisions belong to the plan. */
export function answerBy(ctx: AnswerContext, item: BriefingItem, lang: Lang): string | undefined {
  if ((item.kind === 'provision' || item.kind === 'plan' || item.kind === 'figure') && item.plan)
    return ctx.planNames.get(item.plan)?.[lang];
  if (item.nature !== 'claim' && item.kind !== 'position') return undefined;
  return item.by ? ctx.actors.get(item.by)?.name[lang] : undefined;
}
