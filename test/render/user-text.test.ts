import { describe, expect, it } from 'vitest';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { askView } from '../../src/query/ask-view.ts';
import { renderConsole } from '../../src/render/console-render.ts';
import { renderEmbedPages } from '../../src/render/discord-render.ts';
import { createQaEngine } from '../../src/qa/engine.ts';
import { codeSafe, escapeMarkdown, terminalSafe, unescapeMarkdown } from '../../src/render/user-text.ts';
import { markdown } from '../../src/render/rich-markdown.ts';
import { plain } from '../../src/render/rich-plain.ts';
import { failureMessage } from '../../src/errors/failure-view.ts';
import { parseSchedule } from '../../src/scheduler/schedule.ts';

const b = BriefingRegistry.fromDir().default;
const HOSTILE = '[Discord Support: verify](https://evil.example) # HUGE ||x|| <@123> *hi*';

describe('GIVEN text a user typed, echoed back', () => {
  it('THEN Markdown in it is escaped, so it reads as typed rather than as a link, header or spoiler', () => {
    expect(escapeMarkdown(HOSTILE)).toBe(
      '\\[Discord Support\\: verify\\]\\(https\\://evil.example\\) \\# HUGE \\|\\|x\\|\\| \\<\\@123\\> \\*hi\\*',
    );
  });

  it('THEN terminal escapes and bidi overrides are dropped from Discord text and shown, not obeyed, in the terminal', () => {
    expect(escapeMarkdown('red\u001b[31m \u202Eevil')).toBe('red\\[31m evil');
    expect(terminalSafe('a\u001b[2Jb\u202Ec\u2066d\ne')).toBe('a\uFFFD[2Jb\uFFFDc\uFFFDd\ne');
  });

  it('THEN a code span cannot be broken out of', () => {
    expect(codeSafe('a`b`c')).toBe("a'b'c");
    const r = parseSchedule('every `[x](https://evil.example)`', 'UTC');
    expect(r.ok).toBe(false);
    expect(!r.ok && markdown(failureMessage(r.failure, 'en').body)).toContain("`every '[x](https://evil.example)'`");
  });

  it('WHEN /ask echoes a hostile question THEN the Discord embed holds it escaped and the console shows it as typed', () => {
    const result = createQaEngine(b).ask(`${HOSTILE} \u001b[31m`, { locale: 'en-US' });
    const view = askView(result, result.lang, 'footer');
    const embed = JSON.stringify(renderEmbedPages(view));
    expect(embed).not.toContain('[Discord Support: verify](https://evil.example)');
    expect(embed).not.toContain('||x||');
    expect(embed).not.toContain('\u001b');
    expect(embed).toContain('\\\\[Discord Support\\\\: verify\\\\]');
    const text = renderConsole(view);
    expect(text).toContain('[Discord Support: verify](https://evil.example) # HUGE ||x|| <@123> *hi*');
    expect(text).not.toContain('\\');
  });
});

const typed = 'why **no** _answer_ for <@123456789012345678> @everyone ~~x~~ `code` ||spoiler|| [link](https://x.y) > # 28-point \\ 谁';

describe('GIVEN a typed span in a view', () => {
  it('THEN Discord gets every formatting, link and mention character escaped', () => {
    const escaped = markdown([{ typed }]);
    expect(escaped).toContain('\\*\\*no\\*\\*');
    expect(escaped).toContain('\\_answer\\_');
    expect(escaped).toContain('\\<\\@123456789012345678\\>');
    expect(escaped).toContain('\\@everyone');
    expect(escaped).toContain('\\|\\|spoiler\\|\\|');
    expect(escaped).toContain('\\[link\\]');
    expect(escaped).toContain('\\`code\\`');
    expect(escaped).toContain('\\\\ 谁');
    // No unescaped special character is left.
    expect(escaped.replace(/\\./g, '')).not.toMatch(/[*_~`|<>@[\]#\\-]/);
  });

  it('THEN unescaping, or the console renderer, gives back exactly what was typed', () => {
    expect(unescapeMarkdown(markdown([{ typed }]))).toBe(typed);
    expect(plain([{ strong: 'Q:' }, ' ', { typed: '*not a label* <#42>' }, ' in ', { channel: '42' }], 'en')).toBe(
      'Q: *not a label* <#42> in #42',
    );
    expect(markdown([{ strong: 'Q:' }, ' ', { typed: '*x* <#42>' }, ' in ', { channel: '42' }])).toBe(
      '**Q:** \\*x\\* \\<\\#42\\> in <#42>',
    );
  });
});
