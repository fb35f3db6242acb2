import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefingLoadError } from '../../src/briefing/load.ts';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { DEFAULT_BRIEFINGS_DIR } from '../../src/briefing/load.ts';

const REAL = path.join(DEFAULT_BRIEFINGS_DIR, 'maralago-2025-12-28.yaml');

describe('GIVEN a folder with a second briefing and no code change', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-briefings-'));
  copyFileSync(REAL, path.join(dir, 'maralago-2025-12-28.yaml'));
  const later = readFileSync(REAL, 'utf8')
    .replace(/^id: maralago-2025-12-28$/m, 'id: follow-up-2026-01-10')
    .replace(/^eventDate: 2025-12-28$/m, 'eventDate: 2026-01-10')
    .replace(/^asOf: 2026-01-01$/m, 'asOf: 2026-01-12');
  writeFileSync(path.join(dir, 'follow-up.yaml'), later);

  it('THEN both load, the newest by event date is the default, and the older one is reachable by id', () => {
    const registry = BriefingRegistry.fromDir(dir);
    expect(registry.all.map((b) => b.id)).toEqual(['follow-up-2026-01-10', 'maralago-2025-12-28']);
    expect(registry.default.id).toBe('follow-up-2026-01-10');
    expect(registry.get('maralago-2025-12-28')?.eventDate).toBe('2025-12-28');
    expect(registry.get('nope')).toBeUndefined();
  });

  it('THEN one broken file stops the whole load with its name and path, never half-loading', () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'bb-briefings-'));
    copyFileSync(REAL, path.join(broken, 'good.yaml'));
    writeFileSync(
      path.join(broken, 'bad.yaml'),
      readFileSync(REAL, 'utf8')
        .replace(/^id: maralago-2025-12-28$/m, 'id: other')
        .replace('      actor: russia\n', '      actor: kremlin\n'),
    );
    let error: unknown;
    try {
      BriefingRegistry.fromDir(broken);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(BriefingLoadError);
    expect((error as Error).message).toMatch(/bad\.yaml: stickingPoints\[\d+\]\.positions\[\d+\]\.actor: unknown actor "kremlin"/);
  });
});
