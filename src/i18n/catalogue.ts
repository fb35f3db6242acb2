import type { Lang, Nature } from '../briefing/schema.ts';
import { en, type Catalogue } from './en.ts';
import { zh } from './zh.ts';

export type { Catalogue };

/** One catalogue per interface language; a language is one more file implementing `Catalogue`. */
export const CATALOGUES: Record<Lang, Catalogue> = { en, zh };

/** The words of one language: `t(lang).asOf`, `t(lang).page(1, 3)`, `t(lang).failures[code](params)`. */
export function t(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

export function natureLabel(nature: Nature, lang: Lang, speaker?: string): string {
  const words = t(lang);
  if (nature === 'claim') return speaker ? `${words.labelClaim}${words.colon}${speaker}` : words.labelClaim;
  return nature === 'reported' ? words.labelReported : words.labelAnalysis;
}

/** The languages the console and CLI offer, and how to ask for each. */
export const CONSOLE_LANGUAGES = 'en (English), zh (中文)';

/**
 * What the console accepts for `lang` / `--locale`: en or zh, alone or with a region (en-GB, zh-CN, zh_TW).
 * Anything else is undefined, so the caller can say which languages exist instead of quietly using English.
 */
export function consoleLocale(input: string | undefined): 'en-US' | 'zh-CN' | undefined {
  const m = /^(en|zh)(?:[-_][a-z]{2,4})?$/i.exec(input?.trim() ?? '');
  if (!m) return undefined;
  return m[1]!.toLowerCase() === 'zh' ? 'zh-CN' : 'en-US';
}

/** Discord locales zh-CN and zh-TW read Chinese; everything else English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** 2025-12-28 → "28 Dec 2025" / "2025年12月28日"; partial dates keep their precision. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-');
  return t(lang).date(y!, m ? Number(m) : undefined, d ? Number(d) : undefined);
}
