import type { View } from '../query/view.ts';
import { statementLine } from './statement-text.ts';
import { plain } from './rich-plain.ts';
import { t } from '../i18n/catalogue.ts';

/** A view as terminal text: title underlined, blocks as headed bullet lists, footer last. */
export function renderConsole(view: View): string {
  const out: string[] = [];
  const marker = view.tone === 'error' ? '✖ ' : view.tone === 'warning' ? '⚠ ' : view.tone === 'success' ? '✔ ' : '';
  const title = `${marker}${plain(view.title, view.lang)}`;
  out.push(title, '═'.repeat(Math.min(60, displayWidth(title))));
  if (view.headline) out.push(plain(view.headline, view.lang));
  for (const block of view.blocks) {
    out.push('', `▸ ${block.heading}`);
    for (const s of block.statements) out.push(`  ${statementLine(s, view.lang, 'plain')}`);
  }
  if (view.related && view.related.length > 0) {
    out.push('', `${t(view.lang).seeAlso}${t(view.lang).colon}${view.related.map((r) => `brief ${r.id} (${r.title})`).join(', ')}`);
  }
  if (view.footer) out.push('', `— ${view.footer}`);
  return out.join('\n');
}

/** CJK characters take two terminal columns. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
