import { fileURLToPath } from 'node:url';
import { loadBriefingFile } from '../../src/briefing/load.ts';
import type { Briefing } from '../../src/briefing/schema.ts';
import { validateBriefing } from '../../src/briefing/validate.ts';
import { rawBriefing } from '../briefing/helpers.ts';

export const FIXTURE_FILE = fileURLToPath(new URL('../qa/fixture.yaml', import.meta.url));
export const fixture = (): Briefing => loadBriefingFile(FIXTURE_FILE);

/** The real briefing with a comparison that includes a figure the source withholds (value null). */
export function briefingWithWithheldFigure(): Briefing {
  const raw = rawBriefing();
  raw.charts.comparisons.push({
    id: 'strike-toll',
    title: { en: 'The 27 December strike', zh: '12月27日空袭' },
    figures: ['fig-kyiv-drones', 'fig-kyiv-missiles', 'fig-kyiv-casualties'],
    unit: { en: 'drones, missiles, people', zh: '无人机、导弹、人' },
  });
  const result = validateBriefing(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.briefing;
}
