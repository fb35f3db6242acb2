import type { Lang } from '../briefing/schema.ts';
import { natureLabel } from '../i18n/ui.ts';
import type { Statement } from '../query/view.ts';

/** "• text — *claim: Russia* · §III(1)": the claim label and citation travel with every statement. */
export function statementLine(s: Statement, lang: Lang, style: 'markdown' | 'plain'): string {
  const tail: string[] = [];
  if (s.nature) tail.push(style === 'markdown' ? `*${natureLabel(s.nature, lang, s.speaker)}*` : `[${natureLabel(s.nature, lang, s.speaker)}]`);
  if (s.cite) tail.push(s.cite);
  const text = style === 'plain' ? stripMarkdown(s.text) : s.text;
  return `• ${text}${tail.length > 0 ? ` — ${tail.join(' · ')}` : ''}`;
}

export function stripMarkdown(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/(^|\s)\*(\S.*?)\*/g, '$1$2');
}
