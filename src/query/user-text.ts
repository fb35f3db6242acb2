/**
 * What a user typed, made safe to show back to them (and to everyone, in a public reply).
 *
 * Views hold Discord Markdown, so echoed text is escaped: a question such as
 * `[Support](https://evil.example) # HUGE ||x||` must read as typed, not as a masked link, a header and a
 * spoiler. Control characters (terminal escapes) and bidirectional overrides, which can make text read
 * differently from what it is, are dropped.
 */

/** C0/C1 controls except tab and newline, and the bidi embedding, override and isolate marks. */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Every character that means something in Discord Markdown (links, emphasis, spoilers, headers, quotes, lists, mentions). */
const MARKDOWN = /[\\`*_~|>#[\]()<:-]/g;

export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** User text for Markdown: shown literally, on one line. */
export function userText(text: string): string {
  return withoutInvisibles(text).replace(/\s+/g, ' ').trim().replace(MARKDOWN, '\\$&');
}

/** User text for inside a code span, where escapes do not work: a backtick would end the span, so it goes. */
export function userCode(text: string): string {
  return withoutInvisibles(text).replace(/\s+/g, ' ').trim().replace(/`/g, "'");
}

/** Removes the escapes of {@link userText}, for renderers that show plain text. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_~|>#[\]()<:-])/g, '$1');
}

/**
 * Terminal output: control characters (ANSI escapes among them) and bidi overrides shown as a visible
 * placeholder instead of being interpreted by the terminal. Tabs and newlines stay.
 */
export function terminalSafe(text: string): string {
  return text.replace(INVISIBLE, '\uFFFD');
}
