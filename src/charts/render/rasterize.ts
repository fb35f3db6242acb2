import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { bundledFontFiles, FONT_FAMILY, FontSubsetter } from './font.ts';
import { TextMeasurer } from './text-metrics.ts';

export interface RasterOutput {
  png: Uint8Array;
  width: number;
  height: number;
  /** Characters the chart uses that the font has no glyph for (drawn as nothing by resvg). */
  missingGlyphs: string[];
  /** What vega-lite and vega warned about while compiling and running the spec. */
  warnings: string[];
  ms: { svg: number; subset: number; raster: number };
}

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

type VegaTextMetrics = { width: (item: TextItem, text?: unknown) => number };

const isBold = (w: TextItem['fontWeight']) =>
  w === 'bold' || w === 'bolder' || (typeof w === 'number' && w >= 600) || (typeof w === 'string' && Number(w) >= 600);

/** A vega logger that keeps warnings and errors for the caller instead of printing them. */
function collectingLogger(into: string[]): vega.LoggerInterface {
  let level = vega.Warn;
  const keep = (...args: readonly unknown[]) => void into.push(args.map(String).join(' '));
  const logger: vega.LoggerInterface = {
    level(l?: number) {
      if (l === undefined) return level as never;
      level = l;
      return logger as never;
    },
    error: (...args: readonly unknown[]) => {
      keep(...args);
      return logger;
    },
    warn: (...args: readonly unknown[]) => {
      keep(...args);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  } as vega.LoggerInterface;
  return logger;
}

/** Every code point in the SVG's text, numeric character references decoded. */
function codePointsOf(svg: string): Set<number> {
  const points = new Set<number>();
  for (const ch of svg) points.add(ch.codePointAt(0)!);
  for (const m of svg.matchAll(/&#(x[0-9a-f]+|\d+);/gi))
    points.add(m[1]!.startsWith('x') || m[1]!.startsWith('X') ? parseInt(m[1]!.slice(1), 16) : Number(m[1]));
  return points;
}

/** Text content of the SVG, for finding characters the font lacks. */
function textOf(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')).join('');
}

/**
 * The rendering adapter: vega-lite spec → vega → SVG (headless, no canvas) → PNG with resvg, using the
 * bundled CJK font cut down to the characters of each chart. One instance renders one chart at a time.
 */
export class ChartRasterizer {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'briefing-charts-'));
  private renders = 0;

  private constructor(
    private readonly fonts: { regular: string; bold: string },
    private readonly subsetter: FontSubsetter,
    private readonly measurer: TextMeasurer,
  ) {
    const metrics = (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics;
    metrics.width = (item, text) => this.measure(item, text);
  }

  static async create(fonts = bundledFontFiles()): Promise<ChartRasterizer> {
    const [subsetter, measurer] = await Promise.all([FontSubsetter.create(), TextMeasurer.create(fonts)]);
    return new ChartRasterizer(fonts, subsetter, measurer);
  }

  /**
   * Vega's text width hook: the real font's advance widths, capped at the item's `limit`. Vega's own
   * truncation measures through this hook too: a text at the cap counts as too long and gets cut, and
   * layout sees at most the limit, which is what is drawn.
   */
  private measure(item: TextItem, raw: unknown): number {
    const text = raw == null ? '' : String(raw).trim();
    const width = this.measurer.width(text, item.fontSize ?? 11, isBold(item.fontWeight));
    return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
  }

  /** The chart as SVG, laid out with the real font's metrics; vega's warnings go into `warnings`. */
  async svg(spec: TopLevelSpec, warnings: string[] = []): Promise<string> {
    const logger = collectingLogger(warnings);
    const view = new vega.View(vega.parse(compile(spec, { logger }).spec), { renderer: 'none', logger });
    try {
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  }

  /** Renders at `scale`× (2 keeps text sharp on high-density screens). */
  async render(spec: TopLevelSpec, scale = 2): Promise<RasterOutput> {
    const t0 = performance.now();
    const warnings: string[] = [];
    const svg = await this.svg(spec, warnings);
    const t1 = performance.now();
    const points = codePointsOf(svg);
    const id = ++this.renders;
    const regular = path.join(this.dir, `regular-${id}.otf`);
    const bold = path.join(this.dir, `bold-${id}.otf`);
    writeFileSync(regular, this.subsetter.subset(this.fonts.regular, points));
    writeFileSync(bold, this.subsetter.subset(this.fonts.bold, points));
    const t2 = performance.now();
    try {
      const image = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: scale },
        font: { loadSystemFonts: false, fontFiles: [regular, bold], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
      }).render();
      const png = image.asPng();
      const missingGlyphs = [...new Set(textOf(svg))].filter((ch) => /\S/.test(ch) && !this.measurer.coverage.has(ch.codePointAt(0)!));
      return {
        png,
        width: image.width,
        height: image.height,
        missingGlyphs,
        warnings,
        ms: { svg: t1 - t0, subset: t2 - t1, raster: performance.now() - t2 },
      };
    } finally {
      rmSync(regular, { force: true });
      rmSync(bold, { force: true });
    }
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
