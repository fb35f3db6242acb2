import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { run, testApp } from '../helpers/app.ts';
import { everyInvocation, expectFitsDiscord } from '../helpers/invocations.ts';

const app: App = await testApp();
const b = app.briefings.default;
const LOCALES = ['en-US', 'zh-CN'] as const;

const invocations = () => everyInvocation(b, ['what does the 28-point plan say about the army', '明天北京天气怎么样', 'ZNPP']);

describe('GIVEN every command over the whole briefing in both locales', () => {
  const cases = invocations().flatMap(([name, words]) =>
    LOCALES.map((locale) => [`${name} ${words.join(' ')} (${locale})`, name, words, locale] as const),
  );

  it.each(cases)('THEN %s fits every Discord limit on every page', async (_label, name, words, locale) => {
    expectFitsDiscord(await run(app, name, [...words], locale));
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
