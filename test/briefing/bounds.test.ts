/**
 * Briefing files that are hostile or broken in ways validation alone would not stop: YAML aliases that
 * expand to millions of values, huge texts and lists, bytes that are not UTF-8, and a source path that
 * leads out of the source folders.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dump as stringify } from 'js-yaml';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { invalidUtf8Offset } from '../../src/briefing/bounds.ts';
import { main as check } from '../../src/briefing/check.ts';
import { BriefingLoadError, loadBriefingFile, parseBriefingText } from '../../src/briefing/load.ts';
import { rawBriefing } from './helpers.ts';

const work = mkdtempSync(path.join(tmpdir(), 'briefing-bounds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function loadError(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(BriefingLoadError);
    return (err as Error).message;
  }
  throw new Error('expected the briefing to be refused');
}

describe('GIVEN a briefing file blown up with YAML aliases', () => {
  it('WHEN one anchored list is referenced many times THEN it is refused, saying the file expands too far', () => {
    const words = Array.from({ length: 9_000 }, (_, i) => `w${i}`).join(', ');
    const text = `${stringify(rawBriefing())}bulk: &bulk [${words}]\nmore: [${Array(30).fill('*bulk').join(', ')}]\n`;
    const message = loadError(() => parseBriefingText(text, 'briefings/bomb.yaml'));
    // The walk stopped at the limit (inside the 28th copy), long before the 270,000 values it would expand to.
    expect(message).toMatch(
      /^briefings\/bomb\.yaml: more\[2[0-9]\]\[\d+\]: the briefing expands to more than 250,000 values \(each use of a YAML alias counts again\)/,
    );
  });

  it('WHEN a keyword list is enormous THEN it is refused naming the list, before anything walks it', () => {
    const b = rawBriefing();
    b.sections[0].facts[0].keywords = Array.from({ length: 50_000 }, (_, i) => `k${i}`);
    expect(loadError(() => parseBriefingText(JSON.stringify(b), 'briefings/x.yaml'))).toBe(
      'briefings/x.yaml: sections[0].facts[0].keywords: list of 50,000 items; at most 200',
    );
  });

  it('WHEN a text or a keyword is far too long THEN it is refused naming where', () => {
    const b = rawBriefing();
    b.stickingPoints[0].facts[1].text.en = 'x'.repeat(20_000);
    expect(loadError(() => parseBriefingText(JSON.stringify(b), 'briefings/x.yaml'))).toBe(
      'briefings/x.yaml: stickingPoints[0].facts[1].text.en: text of 20,000 characters; at most 10,000',
    );
    const c = rawBriefing();
    c.actors[0].aliases.push('y'.repeat(500));
    expect(loadError(() => parseBriefingText(JSON.stringify(c), 'briefings/x.yaml'))).toMatch(
      /^briefings\/x\.yaml: actors\[0\]\.aliases\[\d+\]: text of 500 characters; at most 200$/,
    );
  });

  it('WHEN the real briefing is loaded THEN it is well within every limit', () => {
    expect(() => parseBriefingText(stringify(rawBriefing()), 'briefings/maralago.yaml')).not.toThrow();
  });
});

describe('GIVEN a briefing file that is not UTF-8', () => {
  it('THEN it is refused with the byte offset and line of the first bad byte, instead of loading U+FFFD into the text', () => {
    const good = Buffer.from(stringify(rawBriefing()), 'utf8');
    const at = good.indexOf(Buffer.from('领土问题', 'utf8'));
    expect(at).toBeGreaterThan(0);
    const bad = Buffer.concat([good.subarray(0, at + 3), Buffer.from([0xff]), good.subarray(at + 3)]);
    const line = good.subarray(0, at).toString('utf8').split('\n').length;
    const hex = (b: Buffer) => [...b].map((x) => `0x${x.toString(16).toUpperCase()}`).join(' ');
    const file = path.join(work, 'latin1.yaml');
    writeFileSync(file, bad);
    expect(loadError(() => loadBriefingFile(file))).toBe(
      `${file}: byte ${at + 3} (line ${line}): not valid UTF-8 (0xFF ${hex(good.subarray(at + 3, at + 6))}); save the file as UTF-8`,
    );
  });

  it('THEN overlong forms, surrogates and cut-off sequences count as invalid too', () => {
    expect(invalidUtf8Offset(Buffer.from('ok', 'utf8'))).toBe(-1);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(invalidUtf8Offset(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2); // UTF-16 surrogate
    expect(invalidUtf8Offset(Buffer.from([0xe4, 0xb8]))).toBe(0); // cut off
    expect(invalidUtf8Offset(Buffer.from('领土 🙂', 'utf8'))).toBe(-1);
  });
});

describe('GIVEN npm run briefing:check on a briefing whose source.file leads elsewhere', () => {
  function checkDir(name: string, sourceFile: string, extra?: (dir: string) => void): { code: number; errors: string[] } {
    const dir = path.join(work, name);
    mkdirSync(dir, { recursive: true });
    const b = rawBriefing();
    b.source.file = sourceFile;
    writeFileSync(path.join(dir, 'x.yaml'), stringify(b));
    extra?.(dir);
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    return { code: check(dir), errors };
  }

  it('WHEN it climbs out with ../ THEN the check fails naming source.file and reads nothing there', () => {
    const { code, errors } = checkDir('climb', '../../../../etc/passwd');
    expect(code).toBe(1);
    expect(errors.filter((l) => l.includes('x.yaml'))).toEqual([
      expect.stringMatching(
        /x\.yaml: source\.file: "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" is outside the source folders; give the name of a file in /,
      ),
    ]);
  });

  it('WHEN it is an absolute path THEN the check fails the same way', () => {
    const { code, errors } = checkDir('absolute', '/etc/passwd');
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain('source.file: "/etc/passwd" is outside the source folders');
  });

  it('WHEN a symbolic link inside the folder points out of it THEN the check fails saying so', () => {
    const { code, errors } = checkDir('symlink', 'article.txt', (dir) => symlinkSync('/etc/passwd', path.join(dir, 'article.txt')));
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain('source.file: "article.txt" leads outside the source folders (a symbolic link)');
  });
});
