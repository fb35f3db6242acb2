import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { planTopics } from '../../src/query/plan-view.ts';
import { limitViolations } from '../../src/render/discord-limits.ts';
import { renderEmbedPages } from '../../src/render/discord-render.ts';
import { pagePayload } from '../../src/render/discord-payload.ts';
import { run, testApp } from '../helpers/app.ts';

const app: App = await testApp();
const b = app.briefings.default;
const LOCALES = ['en-US', 'zh-CN'] as const;

/** Every invocation a user can make of the briefing commands, over the whole briefing. */
function invocations(): Array<[string, string[]]> {
  const all: Array<[string, string[]]> = [];
  for (const t of [...b.sections, ...b.stickingPoints]) all.push(['brief', [t.id]]);
  for (const a of b.actors) all.push(['actor', [a.id]]);
  for (const view of [...b.plans.map((p) => p.id), 'compare']) {
    all.push(['plan', [view]]);
    for (const topic of planTopics(b)) all.push(['plan', [view, '--topic', topic]]);
  }
  all.push(['risks', []], ['timeline', []], ['figures', []], ['help', []], ['about', []]);
  all.push(['ask', ['what does the 28-point plan say about the army']], ['ask', ['明天北京天气怎么样']], ['ask', ['ZNPP']]);
  all.push(['brief', ['no-such-topic']], ['actor', ['nobody at all']]);
  return all;
}

describe('GIVEN every command over the whole briefing in both locales', () => {
  const cases = invocations().flatMap(([name, words]) => LOCALES.map((locale) => [`${name} ${words.join(' ')} (${locale})`, name, words, locale] as const));

  it.each(cases)('THEN %s fits every Discord limit on every page', async (_label, name, words, locale) => {
    const reply = await run(app, name, [...words], locale);
    expect(reply.view.blocks.length + (reply.view.headline ? 1 : 0)).toBeGreaterThan(0);
    const pages = renderEmbedPages(reply.view);
    for (let i = 0; i < pages.length; i++) {
      const payload = pagePayload(pages, i, { lang: reply.view.lang, ephemeral: reply.ephemeral, pagerId: pages.length > 1 ? 'AbCdEfGhIjKlMnOpQr' : undefined });
      expect(limitViolations(payload)).toEqual([]);
      expect(payload.allowed_mentions).toEqual({ parse: [] });
      if (pages.length > 1) expect(payload.components[0]?.components.length).toBe(3);
    }
    // Nothing is cut silently: any truncation is marked with an ellipsis.
    const text = JSON.stringify(pages);
    const lines = reply.view.blocks.flatMap((bl) => bl.statements.map((s) => s.text));
    for (const line of lines) if (!text.includes(JSON.stringify(line).slice(1, -1))) expect(text).toContain('…');
  });

  it('THEN the language follows the locale', async () => {
    const en = await run(app, 'brief', ['territory'], 'en-US');
    const zh = await run(app, 'brief', ['territory'], 'zh-CN');
    const zhTw = await run(app, 'brief', ['territory'], 'zh-TW');
    expect(en.view.title).toBe(b.stickingPoints.find((s) => s.id === 'territory')!.title.en);
    expect(zh.view.title).toBe(b.stickingPoints.find((s) => s.id === 'territory')!.title.zh);
    expect(zhTw.view.lang).toBe('zh');
  });
});
