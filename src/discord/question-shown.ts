import { unescapeMarkdown } from '../render/user-text.ts';

/**
 * The question as an /ask reply shows it: an answer's title ("Q: …" / "问: …"), or the quoted question
 * that opens a "not sure" or "not covered" reply. Undefined when the message shows neither.
 */
export function questionShown(embed: { title?: string | null; description?: string | null } | undefined): string | undefined {
  const m = /^(?:Q|问)\s*[:：]\s*(.+)$/s.exec(embed?.title ?? '') ?? /^“(.+?)”/s.exec(embed?.description ?? '');
  return m ? unescapeMarkdown(m[1]!.trim()) : undefined;
}
