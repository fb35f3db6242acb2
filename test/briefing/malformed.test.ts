import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dump as stringify } from 'js-yaml';
import { BriefingLoadError, parseBriefingText } from '../../src/briefing/load.ts';
import { validateBriefing, type BriefingIssue } from '../../src/briefing/validate.ts';
import { FIXTURES_DIR, REPO_ROOT, rawBriefing, type RawYaml } from './helpers.ts';

/** Issues of the real briefing after one mutation. */
function issuesAfter(mutate: (b: RawYaml) => void): BriefingIssue[] {
  const b = rawBriefing();
  mutate(b);
  const result = validateBriefing(b);
  return result.ok ? [] : result.issues;
}

/** The error lines a loader prints for a briefing file. */
function loadLines(text: string, file: string): string[] {
  try {
    parseBriefingText(text, file);
  } catch (err) {
    expect(err).toBeInstanceOf(BriefingLoadError);
    return (err as Error).message.split('\n');
  }
  return [];
}

describe('malformed briefings fail with precise messages', () => {
  it('unknown actor reference', () => {
    expect(issuesAfter((b) => (b.stickingPoints[2].positions[0].actor = 'kremlin'))).toEqual([
      { path: 'stickingPoints[2].positions[0].actor', message: 'unknown actor "kremlin"' },
    ]);
  });

  it('unknown claimant, plan drafter and topic', () => {
    expect(
      issuesAfter((b) => {
        b.sections[1].facts[1].by = 'zelenskyy';
        b.plans[0].draftedBy[1] = 'jared';
        b.risks[0].topics[0] = 'land';
      }),
    ).toEqual([
      { path: 'sections[1].facts[1].by', message: 'unknown actor "zelenskyy"' },
      { path: 'plans[0].draftedBy[1]', message: 'unknown actor "jared"' },
      { path: 'risks[0].topics[0]', message: 'unknown topic "land"' },
    ]);
  });

  it('a leader heading an unknown party', () => {
    const at = rawBriefing().actors.findIndex((a: { id: string }) => a.id === 'zelensky');
    expect(issuesAfter((b) => (b.actors[at].heads = 'kyiv'))).toEqual([{ path: `actors[${at}].heads`, message: 'unknown actor "kyiv"' }]);
  });

  it('duplicate item id', () => {
    expect(issuesAfter((b) => (b.sections[0].facts[1].id = 'bg-meeting'))).toEqual([
      { path: 'sections[0].facts[1].id', message: 'duplicate item id "bg-meeting" (first used at sections[0].facts[0].id)' },
    ]);
  });

  it('duplicate id across kinds of items (a figure reusing a timeline id)', () => {
    const b = rawBriefing();
    // A figure no chart refers to, so renaming it breaks nothing else.
    const figure = b.figures.findIndex((f: { id: string }) => !JSON.stringify(b.charts).includes(f.id));
    b.figures[figure].id = b.timeline[0].id;
    const result = validateBriefing(b);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { path: `figures[${figure}].id`, message: `duplicate item id "${b.timeline[0].id}" (first used at timeline[0].id)` },
    ]);
  });

  it('missing translation', () => {
    expect(issuesAfter((b) => delete b.sections[0].facts[0].text.zh)).toEqual([
      { path: 'sections[0].facts[0].text.zh', message: 'missing Chinese text' },
    ]);
    expect(issuesAfter((b) => (b.actors[0].role.en = '   '))).toEqual([{ path: 'actors[0].role.en', message: 'empty English text' }]);
  });

  it('bad dates', () => {
    expect(issuesAfter((b) => (b.timeline[0].date = '2025-02-30'))).toEqual([
      { path: 'timeline[0].date', message: 'not a real calendar date' },
    ]);
    expect(issuesAfter((b) => (b.timeline[0].date = '28/12/2025'))).toEqual([
      { path: 'timeline[0].date', message: 'not a date like 2025-12-28, 2025-12 or 2025' },
      { path: 'timeline[0].date', message: 'not a real calendar date' },
    ]);
    expect(issuesAfter((b) => (b.eventDate = '2025-12'))).toEqual([{ path: 'eventDate', message: 'needs a full date like 2025-12-28' }]);
  });

  it('bad citations', () => {
    expect(issuesAfter((b) => (b.sections[0].facts[0].cite = 'VII'))).toEqual([
      { path: 'sections[0].facts[0].cite', message: 'unknown source section "VII" (not in source.outline)' },
    ]);
    expect(issuesAfter((b) => (b.sections[0].facts[0].cite = 'III.2'))).toEqual([
      { path: 'sections[0].facts[0].cite', message: 'not a section reference like "III(2)"' },
    ]);
  });

  it('a claim without its claimant', () => {
    expect(issuesAfter((b) => delete b.sections[1].facts[1].by)).toEqual([
      { path: 'sections[1].facts[1].by', message: 'a claim must name who makes it ("by")' },
    ]);
  });

  it('an alias shared by two topics', () => {
    const b = rawBriefing();
    const i = b.stickingPoints.findIndex((s: RawYaml) => s.id === 'ceasefire-line');
    const n = b.stickingPoints[i].aliases.length;
    b.stickingPoints[i].aliases.push('领土');
    const result = validateBriefing(b);
    expect(!result.ok && result.issues).toEqual([
      { path: `stickingPoints[${i}].aliases[${n}]`, message: 'alias "领土" already names topic "territory"' },
    ]);
  });

  it('prints one `file: path: message` line per problem', () => {
    const b = rawBriefing();
    b.stickingPoints[2].positions[0].actor = 'kremlin';
    delete b.sections[0].facts[0].text.zh;
    expect(loadLines(stringify(b), 'briefings/x.yaml')).toEqual(['briefings/x.yaml: sections[0].facts[0].text.zh: missing Chinese text']);
    delete b.sections[0].facts[0].text;
    b.sections[0].facts[0].text = { en: 'x', zh: 'y' };
    expect(loadLines(stringify(b), 'briefings/x.yaml')).toEqual([
      'briefings/x.yaml: stickingPoints[2].positions[0].actor: unknown actor "kremlin"',
    ]);
  });

  it('fixture: a briefing missing most fields lists each one', () => {
    const file = 'missing-fields.yaml';
    expect(loadLines(readFileSync(path.join(FIXTURES_DIR, file), 'utf8'), `briefings/${file}`)).toEqual([
      'briefings/missing-fields.yaml: id: must be lowercase kebab-case (a-z, 0-9, "-")',
      'briefings/missing-fields.yaml: title.zh: missing Chinese text',
      'briefings/missing-fields.yaml: presentation: Invalid input: expected object, received undefined',
      'briefings/missing-fields.yaml: source: Invalid input: expected object, received undefined',
      'briefings/missing-fields.yaml: actors: Invalid input: expected array, received undefined',
      'briefings/missing-fields.yaml: sections: Invalid input: expected array, received undefined',
      'briefings/missing-fields.yaml: stickingPoints: Invalid input: expected array, received undefined',
      'briefings/missing-fields.yaml: plans: Invalid input: expected array, received undefined',
      'briefings/missing-fields.yaml: risks: Invalid input: expected array, received undefined',
      'briefings/missing-fields.yaml: positiveSignals: Invalid input: expected array, received undefined',
      'briefings/missing-fields.yaml: timeline: Invalid input: expected array, received undefined',
      'briefings/missing-fields.yaml: figures: Invalid input: expected array, received undefined',
    ]);
  });

  it('fixture: a YAML syntax problem is reported, not half-loaded', () => {
    const file = 'duplicate-key.yaml';
    const lines = loadLines(readFileSync(path.join(FIXTURES_DIR, file), 'utf8'), `briefings/${file}`);
    expect(lines).toEqual(['briefings/duplicate-key.yaml: line 5: duplicated mapping key']);
  });
});

describe('npm run briefing:check', () => {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const script = path.join(REPO_ROOT, 'src', 'briefing-check.ts');
  const work = mkdtempSync(path.join(tmpdir(), 'briefing-check-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const run = (dir: string) => spawnSync(tsx, [script, dir], { cwd: work, encoding: 'utf8', timeout: 60_000 });

  it('exits 0 with a one-line summary for a good briefing', () => {
    const dir = path.join(work, 'good', 'briefings');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'maralago.yaml'), stringify(rawBriefing()));
    const r = spawnSync(tsx, [script, 'briefings'], { cwd: path.join(work, 'good'), encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr.replace(/^npm warn.*\n/gm, '')).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^briefings\/maralago\.yaml: OK \(30 actors, \d+ sections, .*\d+ figures\)/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 and prints `file: path: message` for each problem', () => {
    const dir = path.join(work, 'briefings');
    mkdirSync(dir, { recursive: true });
    const b = rawBriefing();
    b.stickingPoints[2].positions[0].actor = 'kremlin';
    b.timeline[0].cite = 'VII';
    writeFileSync(path.join(dir, 'x.yaml'), stringify(b));
    const r = run('briefings');
    expect(r.status).toBe(1);
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('npm warn')),
    ).toEqual([
      'briefings/x.yaml: stickingPoints[2].positions[0].actor: unknown actor "kremlin"',
      'briefings/x.yaml: timeline[0].cite: unknown source section "VII" (not in source.outline)',
    ]);
  });

  it('exits 1 when two files share a briefing id (a copy whose id was not changed)', () => {
    const dir = path.join(work, 'twins', 'briefings');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.yaml'), stringify(rawBriefing()));
    writeFileSync(path.join(dir, 'b.yaml'), stringify(rawBriefing()));
    const r = spawnSync(tsx, [script, 'briefings'], { cwd: path.join(work, 'twins'), encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('briefings/b.yaml: id: "maralago-2025-12-28" is already the id of briefings/a.yaml');
  });
});
