import { describe, expect, it } from 'vitest';
import { diffBriefings, diffForTopic, isEmptyDiff } from '../../src/editions/diff.ts';
import { editionOf } from '../../src/editions/edition.ts';
import { changesView } from '../../src/query/changes-view.ts';
import { renderConsole } from '../../src/render/console-render.ts';
import { renderEmbedPages } from '../../src/render/discord-render.ts';
import { topicById } from '../../src/query/common.ts';
import { topicView } from '../../src/query/topic-view.ts';
import type { Lang } from '../../src/briefing/schema.ts';
import { ADD, edited, FIGURE, FIRST_EDITION, KEYWORDS_ONLY, parse, RELABEL, REMOVE, REWORD, TREND } from './fixture-editions.ts';

const first = parse(FIRST_EDITION);

/** What a reader of `/changes` sees (console text) for the first edition → the edited one. */
function shown(edits: Array<[string, string]>, lang: Lang = 'en', topic?: string): string {
  const after = parse(edited(...edits));
  const diff = diffBriefings(first, after);
  const view = changesView({ before: first, after, diff, from: editionOf(first), to: editionOf(after), ...(topic ? { topic } : {}) }, lang);
  // Every view must also fit Discord's limits.
  renderEmbedPages(view);
  return renderConsole(view);
}

describe('GIVEN two editions of the test briefing', () => {
  it('WHEN a statement is added THEN it is listed as added under its topic, labelled and cited', () => {
    const text = shown(ADD);
    expect(text).toContain('▸ The proposals');
    expect(text).toContain('🆕 Added: A second hearing on the barrier is set for 20 March. — [reported] · §II');
    expect(text).toContain('1 added');
    expect(shown(ADD, 'zh')).toContain('🆕 新增：第二次防潮闸听证会定于3月20日举行。 — 【报道事实】 · §II');
  });

  it('WHEN a position is removed THEN it is listed as removed with who held it', () => {
    const text = shown(REMOVE);
    expect(text).toContain('▸ Barrier height');
    expect(text).toContain("Removed: Wants a lower barrier, 3.8 metres, so a channel can stay open. — [claim: Fishers' Guild] · §II(2)");
    expect(text).toContain('1 removed');
  });

  it('WHEN a statement is reworded THEN the new text is shown with the old one', () => {
    const text = shown(REWORD);
    expect(text).toContain(
      'Reworded: In November 2029 the sea came 0.9 metres over the old harbour wall and flooded the lower town and the quay. (was “In November 2029 the sea came 0.9 metres over the old harbour wall and flooded the lower town.”)',
    );
    expect(text).toContain('1 reworded');
  });

  it('WHEN a statement is relabelled THEN the old and new label and citation are shown', () => {
    const text = shown(RELABEL);
    expect(text).toContain('Relabelled (reported → analysis · §III → §II(1)): The council has promised a vote in April 2031');
    expect(text).toContain('[analysis] · §II(1)');
    expect(shown(RELABEL, 'zh')).toContain('标签变更（报道事实 → 分析 · §III → §II(1)）：镇议会已承诺于2031年4月表决');
  });

  it('WHEN a figure changes THEN its old and new value are shown', () => {
    const text = shown(FIGURE);
    expect(text).toContain("Figure changed: Council's cost estimate for its plan: £86 million → £95 million");
    expect(text).toContain('1 figures changed');
    expect(shown(FIGURE, 'zh')).toContain('数字变更：镇议会对其方案的造价估计：8600万英镑 → 9500万英镑');
    // A figure's number is not also reported as a rewording.
    expect(text).not.toContain('Reworded');
  });

  it('WHEN the analysts set a trend THEN it is shown beside the topic and as a change', () => {
    const text = shown(TREND);
    expect(text).toContain('▸ Barrier height · ↑ Escalating');
    expect(text).toContain('Trend: ↑ Escalating: The engineers now push for 5.6 metres. (was none)');
    expect(shown(TREND, 'zh')).toContain('态势：↑ 升级：工程师现在主张5.6米。（原为 无）');
    // Beside the topic in /brief, under its headline.
    const b = parse(edited(...TREND));
    const brief = renderConsole(topicView(b, topicById(b, 'barrier-height')!, 'en'));
    expect(brief).toMatch(
      /^Barrier height\n═+\nBetween 3\.8 and 5\.2 metres: .*\n↑ Escalating: The engineers now push for 5\.6 metres\.\n/,
    );
    expect(renderConsole(topicView(b, topicById(b, 'fishing-access')!, 'en'))).not.toContain('Escalating');
  });

  it('WHEN a trend reason runs over one line THEN the edition is refused with the path', () => {
    expect(() => parse(edited([TREND[0]![0], TREND[0]![1].replace('5.6 metres.', '5.6 metres.\\nAnd more.')]))).toThrow(
      /stickingPoints\[0\]\.trend\.reason\.en: a trend reason is one line/,
    );
  });

  it('WHEN only search keywords change THEN there is a new edition but nothing a reader sees changed', () => {
    const after = parse(edited(...KEYWORDS_ONLY));
    expect(editionOf(after).id).not.toBe(editionOf(first).id);
    expect(isEmptyDiff(diffBriefings(first, after))).toBe(true);
    expect(shown(KEYWORDS_ONLY)).toContain('Nothing a reader sees changed between these editions.');
  });

  it('WHEN several kinds of change come at once THEN each is counted, and a topic filter keeps only that topic', () => {
    const all = [...ADD, ...REMOVE, ...REWORD, ...RELABEL, ...FIGURE];
    expect(shown(all)).toContain('1 added, 1 removed, 1 reworded, 1 relabelled, 1 figures changed');
    const costOnly = shown(all, 'en', 'cost-sharing');
    expect(costOnly).toContain('What changed · Who pays');
    expect(costOnly).toContain('£86 million → £95 million');
    expect(costOnly).not.toContain('second hearing');
    const after = parse(edited(...all));
    expect(isEmptyDiff(diffForTopic(diffBriefings(first, after), 'people'))).toBe(true);
  });

  it('THEN an edition id depends on the content only, not on formatting or key order', () => {
    const reformatted = parse(
      FIRST_EDITION.replace('# A second, fictional briefing', '# Reformatted: a second, fictional briefing')
        .replace('id: quillmouth-barrier-2031\ntitle:', 'title:')
        .replace('eventDate: 2031-03-03', 'id: quillmouth-barrier-2031\neventDate: 2031-03-03'),
    );
    expect(editionOf(reformatted).id).toBe(editionOf(first).id);
    expect(editionOf(first).id).toMatch(/^[0-9a-f]{12}$/);
    expect(editionOf(first).asOf).toBe('2031-03-12');
  });
});
