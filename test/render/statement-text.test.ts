import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/briefing/items.ts';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { topicById } from '../../src/query/common.ts';
import { topicView } from '../../src/query/topic-view.ts';
import { renderConsole } from '../../src/render/console-render.ts';
import { renderEmbedPages } from '../../src/render/discord-render.ts';
import { statementLine } from '../../src/render/statement-text.ts';

describe('a statement line', () => {
  const claim = { text: 'x', nature: 'claim' as const, speaker: 'Russia', cite: formatCitation('intro') };

  it('keeps the English label and citation as they were', () => {
    expect(statementLine(claim, 'en', 'plain')).toBe('• x — [claim: Russia] · §Intro');
    expect(statementLine(claim, 'en', 'markdown')).toBe('• x — *claim: Russia* · §Intro');
  });

  it('gives Chinese readers full-width punctuation and a translated opening section', () => {
    const zh = { ...claim, speaker: '俄罗斯' };
    expect(statementLine(zh, 'zh', 'plain')).toBe('• x — 【主张：俄罗斯】 · §引言');
    expect(statementLine(zh, 'zh', 'markdown')).toBe('• x — *主张：俄罗斯* · §引言');
  });

  it('translates the opening section inside a list of citations and leaves numbered sections alone', () => {
    expect(statementLine({ text: 'x', cite: `${formatCitation('intro')}, ${formatCitation('II(1)')}` }, 'zh', 'plain')).toBe(
      '• x — §引言, §II(1)',
    );
  });
});

describe('GIVEN a Chinese reader of /brief', () => {
  const b = BriefingRegistry.fromDir().default;
  const background = topicView(b, topicById(b, 'background')!, 'zh');
  const territory = topicView(b, topicById(b, 'territory')!, 'zh');

  it('THEN the console shows no English section name or half-width claim label', () => {
    const text = `${renderConsole(background)}\n${renderConsole(territory)}`;
    expect(text).toContain('§引言');
    expect(text).toContain('【主张：');
    expect(text).not.toContain('§Intro');
    expect(text).not.toMatch(/\[(主张|分析|报道事实)/);
  });

  it('THEN the Discord embeds do the same', () => {
    const text = JSON.stringify([...renderEmbedPages(background), ...renderEmbedPages(territory)]);
    expect(text).toContain('§引言');
    expect(text).toContain('*主张：');
    expect(text).not.toContain('§Intro');
    expect(text).not.toContain('主张: ');
  });
});
