import { describe, expect, it } from 'vitest';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { loadBriefingFile } from '../../src/briefing/load.ts';
import { validateBriefing } from '../../src/briefing/validate.ts';
import { allPictures, pictureFor } from '../../src/charts/catalog.ts';
import { ChartRenderer } from '../../src/charts/render/renderer.ts';
import { ChartService, type SpecRenderer } from '../../src/charts/service.ts';
import { silentLogger } from '../../src/log.ts';
import { BRIEFING_FILE, rawBriefing } from '../briefing/helpers.ts';
import { chartSpec, chartData } from '../../src/charts/catalog.ts';

const b = loadBriefingFile(BRIEFING_FILE);
const registry = new BriefingRegistry([b]);
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');

/** Counts renders; each takes `delayMs`; fails while `failing` is set. */
function fakeRenderer(delayMs = 0) {
  const state = { calls: 0, failing: false };
  const renderer: SpecRenderer = {
    async render() {
      state.calls++;
      await new Promise((r) => setTimeout(r, delayMs));
      if (state.failing) throw new Error('boom');
      return { png: PNG, width: 800, height: 600, missingGlyphs: [], warnings: [] };
    },
    close: async () => undefined,
  };
  return { renderer, state };
}

describe('ChartService', () => {
  it('WHEN the same picture is asked for twice THEN it is rendered once and served from the cache', async () => {
    const { renderer, state } = fakeRenderer();
    const charts = new ChartService(registry, renderer, silentLogger);
    const ref = pictureFor(b, 'timeline', 'en')!;
    const first = await charts.picture(ref);
    const second = await charts.picture(ref);
    expect(first).toMatchObject({ filename: 'timeline-en.png', width: 800, description: ref.description });
    expect(second).toBe(first);
    expect(state.calls).toBe(1);
    expect(charts.stats.hits).toBe(1);
  });

  it('THEN the cache key is briefing id, a hash of the chart, language and chart id; an edited briefing gets a new key', () => {
    const ref = pictureFor(b, 'figures', 'zh')!;
    const key = ChartService.cacheKey(ref, chartSpec(chartData(b, 'figures', 'zh')!));
    expect(key).toMatch(/^maralago-2025-12-28:[0-9a-f]{16}:zh:figures$/);
    const raw = rawBriefing();
    raw.figures.find((f: { id: string }) => f.id === 'fig-army-20').display.zh = '八十万';
    const edited = validateBriefing(raw);
    if (!edited.ok) throw new Error('invalid');
    expect(ChartService.cacheKey(ref, chartSpec(chartData(edited.briefing, 'figures', 'zh')!))).not.toBe(key);
    expect(ChartService.cacheKey({ ...ref, lang: 'en' }, chartSpec(chartData(b, 'figures', 'en')!))).not.toBe(key);
  });

  it('WHEN a picture is not ready in time THEN the reply gets null at once and the picture later', async () => {
    const { renderer } = fakeRenderer(300);
    const charts = new ChartService(registry, renderer, silentLogger);
    const ref = pictureFor(b, 'positions', 'en')!;
    const started = Date.now();
    expect(await charts.within(ref, 20)).toBeNull();
    expect(Date.now() - started).toBeLessThan(250);
    expect(await charts.picture(ref)).not.toBeNull();
  });

  it('WHEN rendering fails THEN null (the reply goes without a picture) and the next request tries again', async () => {
    const { renderer, state } = fakeRenderer();
    const charts = new ChartService(registry, renderer, silentLogger);
    const ref = pictureFor(b, 'timeline', 'zh')!;
    state.failing = true;
    expect(await charts.picture(ref)).toBeNull();
    state.failing = false;
    expect(await charts.picture(ref)).not.toBeNull();
    expect(charts.stats).toMatchObject({ failed: 1, rendered: 1 });
  });

  it('GIVEN CHARTS=off, or a picture of an unknown briefing THEN no picture and no rendering', async () => {
    const { renderer, state } = fakeRenderer();
    expect(await new ChartService(registry, renderer, silentLogger, 'off').picture(pictureFor(b, 'timeline', 'en')!)).toBeNull();
    expect(
      await new ChartService(registry, renderer, silentLogger).picture({ ...pictureFor(b, 'timeline', 'en')!, briefingId: 'gone' }),
    ).toBeNull();
    expect(state.calls).toBe(0);
  });

  it('WHEN prerendering THEN every picture of every briefing is rendered once; on-demand mode renders nothing ahead', async () => {
    const { renderer, state } = fakeRenderer();
    await new ChartService(registry, renderer, silentLogger, 'on-demand').prerender();
    expect(state.calls).toBe(0);
    const charts = new ChartService(registry, renderer, silentLogger);
    await charts.prerender();
    expect(state.calls).toBe(allPictures(b).length);
    await charts.picture(pictureFor(b, 'figures-army-size', 'zh')!);
    expect(state.calls).toBe(allPictures(b).length);
  });
});

describe('ChartRenderer (worker thread)', () => {
  it('WHEN asked to render THEN a worker draws the PNG off the main thread, and stops when idle', async () => {
    const renderer = new ChartRenderer({ idleMs: 50 });
    const out = await renderer.render(chartSpec(chartData(b, 'figures', 'zh')!));
    expect(out.png.subarray(1, 4).toString()).toBe('PNG');
    expect(out.width).toBe(800);
    expect(out.missingGlyphs).toEqual([]);
    expect(renderer.started).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    await renderer.render(chartSpec(chartData(b, 'timeline', 'en')!));
    expect(renderer.started).toBe(2);
    await renderer.close();
  });

  it('WHEN the spec is broken THEN the render fails with a clear error and the worker carries on', async () => {
    const renderer = new ChartRenderer();
    await expect(renderer.render({ mark: 'nonsense' } as never)).rejects.toThrow(/chart rendering failed/);
    const out = await renderer.render(chartSpec(chartData(b, 'positions', 'en')!));
    expect(out.png.length).toBeGreaterThan(1000);
    expect(renderer.started).toBe(1);
    await renderer.close();
  });
});
