import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.ts';
import { BriefingLibrary } from '../../src/briefing/library.ts';
import { main as reloadCli } from '../../src/briefing/reload-cli.ts';
import { watchBriefings } from '../../src/briefing/watch.ts';
import { parseConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { eventually } from '../e2e/harness.ts';
import { ADD, edited, FIRST_EDITION, fixtureFolder, INVALID } from './fixture-editions.ts';

const folders: string[] = [];
const folder = () => {
  const f = fixtureFolder();
  folders.push(f.dir);
  return f;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** A second briefing file: the fixture under another id. */
const other = (id: string) => FIRST_EDITION.replace('id: quillmouth-barrier-2031', `id: ${id}`);

describe('GIVEN a briefings folder loaded file by file', () => {
  it('WHEN one file is broken and another edited THEN the edit is taken, the broken one reported, nothing half-loaded', () => {
    const f = folder();
    writeFileSync(path.join(f.dir, 'b.yaml'), other('second-copy'));
    const library = BriefingLibrary.load(f.dir);
    writeFileSync(path.join(f.dir, 'b.yaml'), edited(...INVALID).replace('id: quillmouth-barrier-2031', 'id: second-copy'));
    f.write(edited(...ADD));
    const scan = library.scan();
    library.commit();
    expect(scan.changed.map((c) => c.after.id)).toEqual(['quillmouth-barrier-2031']);
    expect(scan.failures).toHaveLength(1);
    expect(scan.failures[0]!.message).toMatch(/b\.yaml: stickingPoints\[0\]\.positions\[0\]\.actor: unknown actor "nobody"$/);
    expect(scan.failures[0]!.kept).toBe('second-copy');
    expect(scan.briefings.map((b) => b.id).sort()).toEqual(['quillmouth-barrier-2031', 'second-copy']);
  });

  it('WHEN a new file reuses a loaded id, or a file is removed THEN the id stays with its file, and the removed briefing goes', () => {
    const f = folder();
    const library = BriefingLibrary.load(f.dir);
    writeFileSync(path.join(f.dir, 'a-copy.yaml'), FIRST_EDITION);
    const dup = library.scan();
    library.commit();
    expect(dup.failures[0]!.message).toContain('a-copy.yaml: id: another file');
    expect(dup.briefings).toHaveLength(1);
    writeFileSync(path.join(f.dir, 'a-copy.yaml'), other('a-copy'));
    library.scan();
    library.commit();
    unlinkSync(path.join(f.dir, 'a-copy.yaml'));
    const removed = library.scan();
    expect(removed.removed.map((b) => b.id)).toEqual(['a-copy']);
    expect(removed.failures).toEqual([]);
  });

  it('WHEN every file is deleted THEN the loaded briefings keep serving and the empty folder is reported', () => {
    const f = folder();
    const library = BriefingLibrary.load(f.dir);
    unlinkSync(f.file);
    const scan = library.scan();
    expect(scan.briefings.map((b) => b.id)).toEqual(['quillmouth-barrier-2031']);
    expect(scan.failures[0]!.message).toContain('no briefing files (*.yaml) found; keeping the loaded briefings');
  });

  it('WHEN an edit changes only formatting THEN the reload swaps nothing (same edition)', async () => {
    const f = folder();
    const app = await createApp(parseConfig({ BRIEFINGS_DIR: f.dir, CHARTS: 'off' }), silentLogger);
    const before = app.briefings.default;
    f.write(`# a comment\n${FIRST_EDITION}`);
    const outcome = await app.reload('test');
    expect(outcome.changed).toEqual([]);
    expect(app.briefings.default).toBe(before);
    await app.charts.close();
  });
});

describe('GIVEN npm run briefing:reload', () => {
  it('WHEN the files are valid THEN it touches the trigger a watching bot reloads on', async () => {
    const f = folder();
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let reloads = 0;
    const watcher = watchBriefings(
      f.dir,
      () => reloads++,
      (err) => {
        throw err;
      },
      20,
    );
    try {
      expect(reloadCli(f.dir)).toBe(0);
      expect(existsSync(path.join(f.dir, '.reload'))).toBe(true);
      await eventually(() => (reloads > 0 ? true : undefined), 5_000, 'the watcher to fire');
    } finally {
      watcher.close();
    }
  });

  it('WHEN a file is invalid THEN it prints file: path: message, exits 1 and triggers nothing', () => {
    const f = folder();
    const errors: string[] = [];
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    f.write(edited(...INVALID));
    expect(reloadCli(f.dir)).toBe(1);
    expect(errors.join('\n')).toMatch(/quillmouth-barrier-2031\.yaml: stickingPoints\[0\]\.positions\[0\]\.actor: unknown actor "nobody"/);
    expect(errors.join('\n')).toContain('Not reloaded');
    expect(existsSync(path.join(f.dir, '.reload'))).toBe(false);
    expect(readFileSync(f.file, 'utf8')).toContain('actor: nobody');
  });
});
