import { markdown } from '../../src/render/rich-markdown.ts';
import { expect } from 'vitest';
import type { CommandReply } from '../../src/bot/command.ts';
import type { Briefing } from '../../src/briefing/schema.ts';
import { limitViolations } from '../../src/render/discord-limits.ts';
import { renderEmbedPages } from '../../src/render/discord-render.ts';
import { pagePayload } from '../../src/render/discord-payload.ts';
import { planTopics } from '../../src/query/plan-view.ts';

/**
 * Every invocation a user can make of the briefing commands over one briefing (each with `--briefing <id>`),
 * plus the given /ask questions and two lookups that match nothing. Nothing here names a story.
 */
export function everyInvocation(b: Briefing, questions: string[]): Array<[string, string[]]> {
  const all: Array<[string, string[]]> = [];
  for (const t of [...b.sections, ...b.stickingPoints]) all.push(['brief', [t.id]]);
  for (const a of b.actors) all.push(['actor', [a.id]]);
  for (const view of [...b.plans.map((p) => p.id), 'compare']) {
    all.push(['plan', [view]]);
    for (const topic of planTopics(b)) all.push(['plan', [view, '--topic', topic]]);
  }
  all.push(['risks', []], ['timeline', []], ['figures', []], ['help', []], ['about', []]);
  for (const q of questions) all.push(['ask', [q]]);
  all.push(['brief', ['no-such-topic']], ['actor', ['nobody at all']]);
  return all.map(([name, words]) => [name, [...words, '--briefing', b.id]]);
}

/** A reply says something, every page fits every Discord limit with mentions off, and nothing is cut without "…". */
export function expectFitsDiscord(reply: CommandReply): void {
  expect(reply.view.blocks.length + (reply.view.headline ? 1 : 0)).toBeGreaterThan(0);
  const pages = renderEmbedPages(reply.view);
  for (let i = 0; i < pages.length; i++) {
    const payload = pagePayload(pages, i, {
      lang: reply.view.lang,
      ephemeral: reply.ephemeral,
      pagerId: pages.length > 1 ? 'AbCdEfGhIjKlMnOpQr' : undefined,
    });
    expect(limitViolations(payload)).toEqual([]);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    if (pages.length > 1) expect(payload.components[0]?.components.length).toBe(3);
  }
  const text = JSON.stringify(pages);
  const lines = reply.view.blocks.flatMap((bl) => bl.statements.map((s) => markdown(s.text)));
  for (const line of lines) if (!text.includes(JSON.stringify(line).slice(1, -1))) expect(text).toContain('…');
}
