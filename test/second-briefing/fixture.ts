import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type App } from '../../src/app.ts';
import { briefingItems } from '../../src/briefing/items.ts';
import type { Briefing, Lang } from '../../src/briefing/schema.ts';
import { parseConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { BRIEFING_FILE } from '../briefing/helpers.ts';

/** A fictional second story (Quillmouth's tidal barrier): its own folder, with its made-up source text beside it. */
export const SECOND_DIR = fileURLToPath(new URL('../fixtures/second-briefing/', import.meta.url));
export const SECOND_FILE = path.join(SECOND_DIR, 'quillmouth-barrier-2031.yaml');
export const SECOND_ID = 'quillmouth-barrier-2031';

/** An app over the fixture alone. */
export function secondApp(): Promise<App> {
  return createApp(parseConfig({ BRIEFINGS_DIR: SECOND_DIR }), silentLogger);
}

/** A fresh folder holding both the real briefing and the fixture (the fixture, dated 2031, is then the default). */
export function bothDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'two-briefings-'));
  copyFileSync(BRIEFING_FILE, path.join(dir, path.basename(BRIEFING_FILE)));
  copyFileSync(SECOND_FILE, path.join(dir, path.basename(SECOND_FILE)));
  return dir;
}

/** An app over both briefings. */
export function bothApp(): Promise<App> {
  return createApp(parseConfig({ BRIEFINGS_DIR: bothDir() }), silentLogger);
}

/** How a view shows an item: its text, a risk by its title, a figure by what it measures, an actor by name, a plan by its summary. */
export function shownAs(b: Briefing, id: string, lang: Lang): string {
  const risk = b.risks.find((r) => r.id === id);
  if (risk) return risk.title[lang];
  const figure = b.figures.find((f) => f.id === id);
  if (figure) return figure.measures[lang];
  const actor = b.actors.find((a) => `actor-${a.id}` === id);
  if (actor) return actor.name[lang];
  const item = briefingItems(b).find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id} in ${b.id}`);
  return item.text[lang];
}
