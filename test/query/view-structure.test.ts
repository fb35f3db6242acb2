import { describe, expect, it } from 'vitest';
import type { View } from '../../src/query/view.ts';
import { runs, type RichText } from '../../src/query/rich-text.ts';
import { everyInvocation } from '../helpers/invocations.ts';
import { run, testApp } from '../helpers/app.ts';

const app = await testApp();

/** Markdown and Discord syntax a view must not hold in its plain text: each renderer adds its own. */
const RENDERER_SYNTAX = /\*\*|`|<t:\d+|<#\d*|<@/;

function plainStrings(view: View): string[] {
  const texts: RichText[] = [
    view.title,
    ...(view.headline ? [view.headline] : []),
    ...view.blocks.flatMap((b) => [b.heading, ...b.statements.map((s) => s.text)]),
  ];
  return texts.flatMap((text) => runs(text).filter((r): r is string => typeof r === 'string'));
}

describe('GIVEN every command a user can run over every loaded briefing', () => {
  const cases = app.briefings.all.flatMap((b) =>
    everyInvocation(b, ['who hosted the talks', '谁主持了会谈']).flatMap(([name, words]) =>
      (['en-US', 'zh-CN'] as const).map((locale) => [`${name} ${words.join(' ')} (${locale})`, name, words, locale] as const),
    ),
  );

  it.each(cases)('THEN %s returns structure, not Markdown or Discord syntax', async (_label, name, words, locale) => {
    const reply = await run(app, name, [...words], locale);
    for (const text of plainStrings(reply.view)) expect(text).not.toMatch(RENDERER_SYNTAX);
  });

  it('THEN a view that shows emphasis or a command marks it as a span instead', async () => {
    const help = await run(app, 'help', []);
    const spans = help.view.blocks.flatMap((b) => b.statements.flatMap((s) => runs(s.text))).filter((r) => typeof r !== 'string');
    expect(spans).toContainEqual({ code: expect.stringMatching(/^\/brief topic:/) });
    expect(spans).toContainEqual({ strong: expect.any(String) });
  });
});
