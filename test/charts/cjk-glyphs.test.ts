/**
 * Chinese text must come out as real glyphs: the machine has no CJK fonts, so the bundled Noto Sans SC
 * is what draws them. Compared: the same chart with the font, with no font at all, and with characters
 * the font lacks (which would be blank or identical "tofu" boxes).
 */
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChartRasterizer } from '../../src/charts/render/rasterize.ts';
import { THEME, type VegaLiteSpec } from '../../src/charts/specs/theme.ts';
import { crop, decodePng, inkIn } from './png.ts';

const BG: [number, number, number] = [0x2b, 0x2d, 0x31];
const boxes = [0, 1, 2, 3].map((i) => ({ x: i * 100 + 20, y: 5, w: 60, h: 50 }));

/** Four characters, one per 100-px column, 36 px high, at scale 1 so pixels are chart units. */
function fourCharacters(chars: string[]): VegaLiteSpec {
  return {
    width: 400,
    height: 60,
    padding: 0,
    background: THEME.background,
    config: { view: { stroke: null }, font: THEME.font },
    data: { values: chars.map((ch, i) => ({ i, ch })) },
    mark: { type: 'text', fontSize: 36, color: THEME.strong, baseline: 'middle' },
    encoding: { x: { field: 'i', type: 'ordinal', axis: null, scale: { paddingInner: 0, paddingOuter: 0 } }, text: { field: 'ch' } },
  } as VegaLiteSpec;
}

describe('Chinese text in charts', () => {
  let r: ChartRasterizer;
  beforeAll(async () => (r = await ChartRasterizer.create()));
  afterAll(() => r.close());

  it('WHEN drawn with the bundled font THEN each character has ink and a shape of its own', async () => {
    const out = await r.render(fourCharacters(['军', '队', '规', '模']), 1);
    expect(out.missingGlyphs).toEqual([]);
    const img = decodePng(Buffer.from(out.png));
    expect([img.width, img.height]).toEqual([400, 60]);
    for (const box of boxes) expect(inkIn(img, box, BG)).toBeGreaterThan(150);
    const shapes = boxes.map((box) => crop(img, box).toString('base64'));
    expect(new Set(shapes).size).toBe(4);
  });

  it('WHEN the same SVG is drawn without any font THEN nothing appears: the glyphs come from the font package', async () => {
    const svg = await r.svg(fourCharacters(['军', '队', '规', '模']));
    expect(svg).toContain('军');
    const img = decodePng(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
    for (const box of boxes) expect(inkIn(img, box, BG)).toBe(0);
  });

  it('WHEN characters are missing from the font THEN they are reported, and Chinese does not look like them', async () => {
    const missing = await r.render(fourCharacters(['\ue000', '\ue001', '\ue002', '\ue003']), 1);
    expect(missing.missingGlyphs).toHaveLength(4);
    const blank = decodePng(Buffer.from(missing.png));
    const tofu = new Set(boxes.map((box) => crop(blank, box).toString('base64')));
    expect(tofu.size).toBe(1); // whatever resvg draws for a missing glyph, it draws the same for each
    const chinese = decodePng(Buffer.from((await r.render(fourCharacters(['乌', '克', '兰', '国']), 1)).png));
    for (const box of boxes) expect(tofu.has(crop(chinese, box).toString('base64'))).toBe(false);
  });

  it('WHEN a label mixes Chinese, digits and Latin THEN all of it is drawn (no character falls back to nothing)', async () => {
    const out = await r.render(fourCharacters(['80万', 'NATO', '“乌”', '15年']), 1);
    expect(out.missingGlyphs).toEqual([]);
    const img = decodePng(Buffer.from(out.png));
    for (const box of boxes) expect(inkIn(img, box, BG)).toBeGreaterThan(100);
  });
});
