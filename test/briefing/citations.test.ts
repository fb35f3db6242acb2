import { describe, expect, it } from 'vitest';
import { loadBriefingFile } from '../../src/briefing/load.ts';
import { splitSourceSections } from '../../src/briefing/source-text.ts';
import { sourceIssues } from '../../src/briefing/check.ts';
import { BRIEFING_FILE, SOURCE_FILE, rawBriefing, sourceText } from './helpers.ts';

const b = loadBriefingFile(BRIEFING_FILE);
const text = sourceText();
if (text === undefined) console.warn(`source text not found at ${SOURCE_FILE}: skipping the checks against it`);

/** Every `cite` in the file, with its path. */
function cites(value: unknown, path = ''): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => cites(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]): Array<[string, string]> => {
    const p = path === '' ? k : `${path}.${k}`;
    return k === 'cite' && typeof v === 'string' ? [[p, v]] : cites(v, p);
  });
}

describe('citations', () => {
  const outline = new Set(b.source.outline.map((s) => s.id));
  const all = cites(rawBriefing());

  it('are many, and every one names a section of the outline', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(all.filter(([, c]) => !outline.has(c))).toEqual([]);
  });

  it('use every section of the outline at least once', () => {
    const used = new Set(all.map(([, c]) => c));
    expect([...outline].filter((id) => !used.has(id))).toEqual([]);
  });
});

describe.runIf(text !== undefined)('against the source text', () => {
  // describe callbacks run even when skipped, so split only when there is a source to split
  const sections = text === undefined ? new Map<string, string>() : splitSourceSections(text, b.source);

  it('finds every outline heading at the start of a line, in outline order', () => {
    const at = b.source.outline.map((s) => (s.heading === undefined ? 0 : text!.indexOf(`\n${s.heading}`)));
    expect(at.every((n) => n >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect([...sections.keys()].sort()).toEqual(b.source.outline.map((s) => s.id).sort());
  });

  it.each(b.figures.filter((f) => f.evidence !== undefined).map((f) => [f.id, f.evidence!, f.cite] as const))(
    '%s: evidence "%s" occurs in section %s',
    (_id, evidence, cite) => {
      expect(sections.get(cite)).toContain(evidence);
    },
  );

  it('reports a misplaced evidence string precisely', () => {
    const moved = { ...b, figures: b.figures.map((f) => (f.id === 'fig-army-20' ? { ...f, cite: 'VI' } : f)) };
    const i = b.figures.findIndex((f) => f.id === 'fig-army-20');
    expect(sourceIssues(moved, text!)).toEqual([`figures[${i}].evidence: "80万" does not occur in source section VI`]);
  });
});

describe.skipIf(text !== undefined)('against the source text (skipped)', () => {
  it.skip(`source text missing at ${SOURCE_FILE}`, () => {});
});
