import { localizeCitation } from '../briefing/items.ts';
import type { Lang } from '../briefing/schema.ts';
import { natureLabel } from '../i18n/ui.ts';
import type { Statement } from '../query/view.ts';

/** Plain text brackets the label: half-width in English, full-width in Chinese. */
const BRACKETS: Record<Lang, [string, string]> = { en: ['[', ']'], zh: ['【', '】'] };

/** "• text — *claim: Russia* · §III(1)": the claim label and citation travel with every statement. */
export function statementLine(s: Statement, lang: Lang, style: 'markdown' | 'plain'): string {
  const tail: string[] = [];
  if (s.nature) {
    const label = natureLabel(s.nature, lang, s.speaker);
    const [open, close] = BRACKETS[lang];
    tail.push(style === 'markdown' ? `*${label}*` : `${open}${label}${close}`);
  }
  if (s.cite) tail.push(localizeCitation(s.cite, lang));
  const text = style === 'plain' ? stripMarkdown(s.text, lang) : s.text;
  return `• ${text}${tail.length > 0 ? ` — ${tail.join(' · ')}` : ''}`;
}

/** Stands in for an escaped character while Markdown is stripped (a private-use code point). */
const ESCAPED = '\uE000';

/**
 * Terminal text: no Markdown, characters escaped with a backslash (user text) shown as typed, Discord's
 * `<t:unix:F>` timestamps and `<#channel>` links spelt out. Code spans are kept as they are, so a cron
 * expression in one keeps every asterisk.
 */
export function stripMarkdown(text: string, lang: Lang = 'en'): string {
  // Escaped characters are set aside first so that none of them is taken for Markdown or a code span.
  const escaped: string[] = [];
  return text
    .replace(/\\([^\p{L}\p{N}\s])/gu, (_m, c: string) => {
      escaped.push(c);
      return ESCAPED;
    })
    .split(/(`[^`\n]*`)/)
    .map((part, k) => (k % 2 === 1 ? part : plainPart(part, lang)))
    .join('')
    .replace(new RegExp(ESCAPED, 'g'), () => escaped.shift() ?? '');
}

function plainPart(text: string, lang: Lang): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)\*(\S.*?)\*/g, '$1$2')
    .replace(/<t:(\d+):R>/g, (_m, s: string) => relative(Number(s) * 1000, lang))
    .replace(/<t:(\d+):[tTdDfF]>/g, (_m, s: string) => `${new Date(Number(s) * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`)
    .replace(/<#([^>]+)>/g, '#$1');
}

function relative(ms: number, lang: Lang): string {
  const minutes = Math.round((ms - Date.now()) / 60_000);
  const abs = Math.abs(minutes);
  if (lang === 'zh') {
    const amount = abs < 90 ? `${abs} 分钟` : abs < 36 * 60 ? `${Math.round(abs / 60)} 小时` : `${Math.round(abs / 1440)} 天`;
    return minutes >= 0 ? `${amount}后` : `${amount}前`;
  }
  const amount = abs < 90 ? `${abs} min` : abs < 36 * 60 ? `${Math.round(abs / 60)} h` : `${Math.round(abs / 1440)} days`;
  return minutes >= 0 ? `in ${amount}` : `${amount} ago`;
}
