import { localizeCitation } from '../briefing/items.ts';
import type { Lang } from '../briefing/schema.ts';
import { natureLabel } from '../i18n/ui.ts';
import type { Statement } from '../query/view.ts';
import { unescapeMarkdown } from '../query/user-text.ts';

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

/**
 * Terminal text: no Markdown (escaped characters shown as typed), and Discord's `<t:unix:F>` timestamps and
 * `<#channel>` links spelt out. Code spans are kept as they are, so a cron expression in one keeps every asterisk.
 */
export function stripMarkdown(text: string, lang: Lang = 'en'): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : plainPart(part, lang)))
    .join('');
}

function plainPart(text: string, lang: Lang): string {
  return unescapeMarkdown(
    text
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/(^|\s)\*(\S.*?)\*/g, '$1$2')
      .replace(/<t:(\d+):R>/g, (_m, s: string) => relative(Number(s) * 1000, lang))
      .replace(/<t:(\d+):[tTdDfF]>/g, (_m, s: string) => `${new Date(Number(s) * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`)
      .replace(/<#([^>]+)>/g, '#$1'),
  );
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
