import { createHash } from 'node:crypto';
import type { BriefingRegistry } from '../briefing/registry.ts';
import type { Briefing } from '../briefing/schema.ts';
import type { Logger } from '../log.ts';
import { allPictures, chartData, chartSpec } from './catalog.ts';
import type { Picture, RenderedPicture } from './types.ts';
import type { VegaLiteSpec } from './specs/theme.ts';

/** What the service needs from a renderer (ChartRenderer, or a fake in tests). */
export interface SpecRenderer {
  render(spec: VegaLiteSpec): Promise<{ png: Buffer; width: number; height: number; missingGlyphs: string[]; warnings: string[] }>;
  close(): Promise<void>;
}

/** `prerender`: every chart of every briefing is drawn after start-up; `on-demand`: on first use; `off`: no pictures. */
export type ChartMode = 'prerender' | 'on-demand' | 'off';

/** Bumped when rendering changes in a way the spec does not show (font, scale), so cached images are redrawn. */
const RENDER_VERSION = 'noto-sans-sc-2x-1';

export interface CacheStats {
  entries: number;
  rendered: number;
  failed: number;
  hits: number;
}

/**
 * Pictures for replies: each chart rendered once per briefing edition and language and kept in memory,
 * keyed by briefing id, a hash of the chart's spec (so an edited briefing or changed chart code draws
 * anew), language and chart id. Replies only ever wait a bounded time: a picture not ready by then is
 * left out of that reply, never holding it up.
 */
export class ChartService {
  private readonly cache = new Map<string, Promise<RenderedPicture | null>>();
  /** Views hand out the same frozen Picture each time (see pictureFor), so its key is worked out once. */
  private readonly keys = new WeakMap<Picture, { key: string; spec: VegaLiteSpec } | null>();
  private closed = false;
  readonly stats: CacheStats = { entries: 0, rendered: 0, failed: 0, hits: 0 };

  constructor(
    private readonly briefings: Pick<BriefingRegistry, 'get' | 'all'>,
    private readonly renderer: SpecRenderer,
    private readonly log: Pick<Logger, 'warn' | 'error' | 'info'>,
    readonly mode: ChartMode = 'prerender',
  ) {}

  static cacheKey(p: Pick<Picture, 'briefingId' | 'lang' | 'chartId'>, spec: VegaLiteSpec): string {
    const hash = createHash('sha256').update(RENDER_VERSION).update(JSON.stringify(spec)).digest('hex').slice(0, 16);
    return `${p.briefingId}:${hash}:${p.lang}:${p.chartId}`;
  }

  /** The rendered picture, or null when pictures are off, the chart does not exist, or rendering failed. */
  picture(p: Picture): Promise<RenderedPicture | null> {
    if (this.mode === 'off' || this.closed) return Promise.resolve(null);
    let known = this.keys.get(p);
    if (known === undefined) {
      const b = this.briefings.get(p.briefingId);
      const data = b && b.id === p.briefingId ? chartData(b, p.chartId, p.lang) : undefined;
      const spec = data ? chartSpec(data) : undefined;
      known = spec ? { key: ChartService.cacheKey(p, spec), spec } : null;
      this.keys.set(p, known);
    }
    if (!known) return Promise.resolve(null);
    const { key, spec } = known;
    const cached = this.cache.get(key);
    if (cached) {
      this.stats.hits++;
      return cached;
    }
    const rendering = this.renderer.render(spec).then(
      (out) => {
        this.stats.rendered++;
        if (out.missingGlyphs.length > 0)
          this.log.warn({ chart: key, missing: out.missingGlyphs.join('') }, 'chart text has characters the font lacks');
        if (out.warnings.length > 0) this.log.warn({ chart: key, warnings: out.warnings }, 'chart spec warnings');
        return { ...p, png: out.png, width: out.width, height: out.height };
      },
      (err: unknown) => {
        if (this.closed) return null;
        this.stats.failed++;
        this.cache.delete(key);
        this.stats.entries = this.cache.size;
        this.log.error({ err, chart: key }, 'chart rendering failed; replying without the picture');
        return null;
      },
    );
    this.cache.set(key, rendering);
    this.stats.entries = this.cache.size;
    return rendering;
  }

  /** The picture if it is ready within `ms`, else null (the reply goes out without it; rendering carries on). */
  async within(p: Picture, ms: number): Promise<RenderedPicture | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
    try {
      return await Promise.race([this.picture(p), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Renders every picture of every briefing (the default briefing first), one at a time. */
  async prerender(): Promise<void> {
    if (this.mode !== 'prerender') return;
    const started = performance.now();
    const order: Briefing[] = [...this.briefings.all];
    const pictures = order.flatMap((b) => allPictures(b));
    for (const p of pictures) {
      if (this.closed) return;
      await this.picture(p);
    }
    this.log.info({ pictures: pictures.length, ms: Math.round(performance.now() - started), failed: this.stats.failed }, 'charts rendered');
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.renderer.close();
  }
}
