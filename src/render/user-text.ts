/**
 * What a user typed, made safe to show back (to them, and to everyone in a public reply).
 *
 * Discord would read `[Support](https://evil.example) # HUGE ||x|| <@123>` as a masked link, a header, a
 * spoiler and a mention; escaped, it reads exactly as typed. Control characters (terminal escapes) and
 * bidirectional overrides, which make text read differently from what it is, never reach either front end.
 */

/** C0/C1 controls except tab and newline, and the bidi embedding, override and isolate marks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Every character that means something in Discord Markdown: emphasis, links, spoilers, headers, quotes, lists, mentions. */
const MARKDOWN = /[\\`*_~|<>#[\]()@:-]/g;

export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** One line of user text as Discord Markdown that shows it literally. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(MARKDOWN, '\\$&');
}

/** Undoes {@link escapeMarkdown} (reading a question back from a message we sent). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_~|<>#[\]()@:-])/g, '$1');
}

/** User text inside a code span, where escapes do not work: a backtick would end the span, so it goes. */
export function codeSafe(text: string): string {
  return oneLine(text).replace(/`/g, "'");
}

/**
 * Terminal output: control characters (ANSI escapes among them) and bidi overrides shown as a visible
 * placeholder instead of being interpreted by the terminal. Tabs and newlines stay.
 */
export function terminalSafe(text: string): string {
  return text.replace(INVISIBLE, '\uFFFD');
}

function oneLine(text: string): string {
  return withoutInvisibles(text).replace(/\s+/g, ' ').trim();
}
