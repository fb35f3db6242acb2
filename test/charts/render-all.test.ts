/** Every chart of the real briefing and of the fixture, in both languages, through the real rendering adapter. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBriefingFile } from '../../src/briefing/load.ts';
import { allPictures, chartData, chartSpec } from '../../src/charts/catalog.ts';
import { ChartRasterizer } from '../../src/charts/render/rasterize.ts';
import { BRIEFING_FILE } from '../briefing/helpers.ts';
import { briefingWithWithheldFigure, fixture } from './fixtures.ts';
import { decodePng } from './png.ts';

/** Discord shows embed images about 400 px wide: charts are 400 units wide, drawn at 2×. */
const MAX_WIDTH = 800;
const MAX_BYTES = 512 * 1024;

let r: ChartRasterizer;
beforeAll(async () => (r = await ChartRasterizer.create()));
afterAll(() => r.close());

const cases = [
  ['the Mar-a-Lago briefing', loadBriefingFile(BRIEFING_FILE)],
  ['the fixture briefing', fixture()],
] as const;

describe.each(cases)('GIVEN %s', (_name, b) => {
  it.each(allPictures(b).map((p) => [p.filename, p] as const))(
    'WHEN %s is rendered THEN a PNG that fits a phone, with every character drawn and no spec warnings',
    async (_f, p) => {
      const out = await r.render(chartSpec(chartData(b, p.chartId, p.lang)!));
      const png = Buffer.from(out.png);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const img = decodePng(png);
      expect([img.width, img.height]).toEqual([out.width, out.height]);
      expect(img.width).toBeGreaterThanOrEqual(600);
      expect(img.width).toBeLessThanOrEqual(MAX_WIDTH);
      expect(img.height).toBeLessThanOrEqual(1200);
      expect(png.length).toBeLessThan(MAX_BYTES);
      expect(out.missingGlyphs).toEqual([]);
      expect(out.warnings).toEqual([]);
    },
  );
});

describe('GIVEN a comparison with a figure the source withholds', () => {
  it('THEN the SVG says "not given" for it and draws bars only for the numbers given', async () => {
    const b = briefingWithWithheldFigure();
    const svg = await r.svg(chartSpec(chartData(b, 'figures', 'en')!));
    expect(svg).toContain("Casualties of Russia's 27 December strike on Kyiv · not given");
    // The comparisons hold 2 + 3 + 2 + 2 + 3 figures, one of them withheld: 12 lines of text, 11 bars.
    const count = (role: string) => svg.split(`aria-roledescription="${role}"`).length - 1;
    expect(count('text mark')).toBe(12);
    expect(count('bar')).toBe(11);
  });
});
