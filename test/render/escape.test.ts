import { describe, expect, it } from 'vitest';
import { escapeMarkdown, unescapeMarkdown } from '../../src/render/escape.ts';
import { stripMarkdown } from '../../src/render/statement-text.ts';

const typed = 'why **no** _answer_ for <@123456789012345678> @everyone ~~x~~ `code` ||spoiler|| [link](https://x.y) > # 28-point \\ 谁';

describe('GIVEN text a user typed, shown back inside our Markdown', () => {
  it('THEN every formatting, link and mention character is escaped', () => {
    const escaped = escapeMarkdown(typed);
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
    expect(unescapeMarkdown(escapeMarkdown(typed))).toBe(typed);
    expect(stripMarkdown(escapeMarkdown(typed))).toBe(typed);
    expect(stripMarkdown(`**Q:** ${escapeMarkdown('*not a label* <#42>')} in <#42>`)).toBe('Q: *not a label* <#42> in #42');
  });
});
