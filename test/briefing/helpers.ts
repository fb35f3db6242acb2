import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load as parse } from 'js-yaml';
import type { LocalizedText } from '../../src/briefing/schema.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BRIEFING_FILE = fileURLToPath(new URL('../../briefings/maralago-2025-12-28.yaml', import.meta.url));
/** The source article sits next to the repo (../shared/source/ from the root); CI has it. */
export const SOURCE_FILE = fileURLToPath(new URL('../../../shared/source/000_1ba67e9f7e0bb647.txt', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/briefings/', import.meta.url));

export const sourceText = (): string | undefined => (existsSync(SOURCE_FILE) ? readFileSync(SOURCE_FILE, 'utf8') : undefined);

/**
 * Parsed YAML before validation (a briefing or any part of it). Tests bend it into invalid shapes on purpose
 * (`b.timeline[0].cite = 'VII'`), which a precise type would forbid; validateBriefing is what types it.
 */
// biome-ignore lint/suspicious/noExplicitAny: untyped on purpose (see above); the validator under test types it
export type RawYaml = any;

/** The real briefing as plain data, freshly parsed so tests can mutate it. */
export const rawBriefing = (): RawYaml => parse(readFileSync(BRIEFING_FILE, 'utf8'));

/** Every bilingual text in a value, with its path (e.g. `sections[0].facts[2].text`). */
export function localizedTexts(value: unknown, path = ''): Array<{ path: string; text: LocalizedText }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 2 && typeof obj.en === 'string' && typeof obj.zh === 'string') {
    return [{ path, text: { en: obj.en, zh: obj.zh } }];
  }
  return keys.flatMap((k) => localizedTexts(obj[k], path === '' ? k : `${path}.${k}`));
}

export const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
