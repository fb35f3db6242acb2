import { localizeCitation } from '../briefing/items.ts';
import type { Lang } from '../briefing/schema.ts';
import { natureLabel, t } from '../i18n/catalogue.ts';
import type { Statement } from '../query/view.ts';
import { markdown } from './rich-markdown.ts';
import { plain } from './rich-plain.ts';

/** "• text — *claim: Russia* · §III(1)": the claim label and citation travel with every statement. */
export function statementLine(s: Statement, lang: Lang, style: 'markdown' | 'plain'): string {
  const tail: string[] = [];
  if (s.nature) {
    const label = natureLabel(s.nature, lang, s.speaker);
    // Plain text brackets the label: half-width in English, full-width in Chinese.
    tail.push(style === 'markdown' ? `*${label}*` : t(lang).bracketLabel(label));
  }
  if (s.cite) tail.push(localizeCitation(s.cite, lang));
  const text = style === 'plain' ? plain(s.text, lang) : markdown(s.text);
  return `• ${text}${tail.length > 0 ? ` — ${tail.join(' · ')}` : ''}`;
}
