import type { RichText, Span } from '../query/rich-text.ts';
import { plainRuns } from '../query/rich-text.ts';
import { codeSafe, escapeMarkdown } from './user-text.ts';

function spanMarkdown(span: Span): string {
  if ('strong' in span) return `**${span.strong}**`;
  if ('code' in span) return `\`${codeSafe(span.code)}\``;
  if ('typed' in span) return escapeMarkdown(span.typed);
  if ('channel' in span) return `<#${span.channel}>`;
  return `<t:${Math.floor(span.time.getTime() / 1000)}:${span.relative ? 'R' : 'F'}>`;
}

/** Discord Markdown for a view's text: bold, code, timestamps each reader sees in their own zone, channel links. */
export function markdown(text: RichText): string {
  return plainRuns(text, spanMarkdown);
}
