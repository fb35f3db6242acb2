/** Characters that make Discord Markdown or mentions out of plain text (`*bold*`, `[link](…)`, `<@id>`, `@everyone`). */
const SPECIAL = /[\\*_~`|<>#[\]@-]/g;

/**
 * Text a user typed, made safe to show inside our Markdown: every character Discord would read as
 * formatting, a masked link or a mention is backslash-escaped, so it reads exactly as typed.
 * The console renderer removes the backslashes again (see `stripMarkdown`).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/** Undoes {@link escapeMarkdown}. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\*_~`|<>#[\]@-])/g, '$1');
}
