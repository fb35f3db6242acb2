import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Lang } from '../briefing/schema.ts';
import { t } from '../i18n/catalogue.ts';
import type { View } from '../query/view.ts';
import { embedChars, LIMITS, PAGE_BUDGET, truncate } from './discord-limits.ts';
import { statementLine } from './statement-text.ts';
import { markdown } from './rich-markdown.ts';

const COLOURS: Record<View['tone'], number> = { info: 0x2b6cb0, warning: 0xc05621, error: 0xc53030, success: 0x2f855a };

/** Splits a block's lines into field values of at most 1024 characters, never mid-line unless a line alone is too long. */
function fieldsFor(heading: string, lines: string[], continued: string): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let current = '';
  const flush = () => {
    if (current === '') return;
    const cont = fields.length > 0 ? continued : '';
    fields.push({ name: truncate(heading, LIMITS.fieldName - cont.length) + cont, value: current });
    current = '';
  };
  for (const raw of lines) {
    const line = truncate(raw, LIMITS.fieldValue);
    if (current.length + 1 + line.length > LIMITS.fieldValue) flush();
    current = current === '' ? line : `${current}\n${line}`;
  }
  flush();
  return fields;
}

/**
 * Renders a view as one embed per page, each within Discord's limits and our page budget.
 * Pages carry the headline on the first page only, and "Page i/n" in the footer.
 */
export function renderEmbedPages(view: View): APIEmbed[] {
  const lang: Lang = view.lang;
  const fields = view.blocks.flatMap((b) =>
    fieldsFor(
      b.heading,
      b.statements.map((s) => statementLine(s, lang, 'markdown')),
      t(lang).continued,
    ),
  );
  if (view.related && view.related.length > 0) {
    fields.push({
      name: t(lang).seeAlso,
      value: truncate(view.related.map((r) => `\`/brief ${r.id}\` ${r.title}`).join(' · '), LIMITS.fieldValue),
    });
  }
  const title = truncate(markdown(view.title), LIMITS.title);
  const description = view.headline ? truncate(markdown(view.headline), Math.min(LIMITS.description, PAGE_BUDGET.headline)) : undefined;
  const pages: APIEmbedField[][] = [];
  let page: APIEmbedField[] = [];
  let chars = title.length + (description?.length ?? 0);
  for (const field of fields) {
    const size = field.name.length + field.value.length;
    if (page.length > 0 && (page.length >= PAGE_BUDGET.fields || chars + size > PAGE_BUDGET.chars)) {
      pages.push(page);
      page = [];
      chars = title.length;
    }
    page.push(field);
    chars += size;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages.map((pageFields, i) => {
    const marker = pages.length > 1 ? t(lang).page(i + 1, pages.length) : undefined;
    const room = Math.min(LIMITS.footer, PAGE_BUDGET.footer) - (marker ? marker.length + 3 : 0);
    const footerText = [view.footer ? truncate(view.footer, room) : undefined, marker].filter(Boolean).join(' · ');
    const embed: APIEmbed = { title, color: COLOURS[view.tone] };
    if (i === 0 && description) embed.description = description;
    if (pageFields.length > 0) embed.fields = pageFields;
    if (footerText) embed.footer = { text: footerText };
    if (embedChars(embed) > LIMITS.embedTotal) throw new Error('page over the 6000-character embed limit');
    return embed;
  });
}
