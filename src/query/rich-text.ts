/**
 * Text as views hand it to renderers: plain strings with marked spans, never Markdown or Discord syntax.
 * Each renderer decides how a span looks (bold in Discord, plain in a terminal, `<t:…>` or a UTC time).
 */
export type Span =
  | { strong: string }
  | { code: string }
  /** A moment: Discord shows it in each reader's own time zone, the console in UTC. */
  | { time: Date; relative?: boolean }
  | { channel: string }
  /** What a user typed: shown exactly as typed, never read as formatting or a mention. */
  | { typed: string };

export type Run = string | Span;

export type RichText = string | readonly Run[];

export const runs = (text: RichText): readonly Run[] => (typeof text === 'string' ? [text] : text);

/** The characters a reader sees, ignoring formatting (for tests, logs and length checks). */
export function plainRuns(text: RichText, show: (span: Span) => string = defaultShow): string {
  return runs(text)
    .map((r) => (typeof r === 'string' ? r : show(r)))
    .join('');
}

function defaultShow(span: Span): string {
  if ('strong' in span) return span.strong;
  if ('code' in span) return span.code;
  if ('typed' in span) return span.typed;
  if ('channel' in span) return `#${span.channel}`;
  return span.time.toISOString();
}

/** Joins several texts with a separator into one. */
export function joinRich(parts: readonly RichText[], separator: string): RichText {
  const out: Run[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(separator);
    out.push(...runs(p));
  });
  return out;
}

/** A code span: a command, an id or a cron expression, shown as something to type. */
export const code = (text: string): Span => ({ code: text });

/** What a user typed, as a span every renderer shows literally. */
export const typed = (text: string): Span => ({ typed: text });

/** At most `max` characters (code points), with "…" when cut: for echoing long user text in a view. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
