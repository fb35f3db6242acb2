import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Briefing } from '../../src/briefing/schema.ts';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { allPictures, chartData, chartSpec, pictureFor } from '../../src/charts/catalog.ts';
import { ChartRenderer } from '../../src/charts/render/renderer.ts';
import { ChartService } from '../../src/charts/service.ts';
import { silentLogger } from '../../src/log.ts';
import { metric, withEnv, type Metric } from './metrics.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Chart rendering: each chart rendered cold (a fresh worker thread for the first, then one after another
 * as at start-up), the PNG sizes, and what a reply pays once a picture is cached.
 */
export async function benchCharts(opts: { briefing: Briefing; samples: number; log: (s: string) => void }): Promise<Metric[]> {
  const metrics: Metric[] = [];
  const pictures = allPictures(opts.briefing);
  const renderer = new ChartRenderer();
  let first = true;
  let total = 0;
  for (const p of pictures) {
    const spec = chartSpec(chartData(opts.briefing, p.chartId, p.lang)!);
    const t = performance.now();
    const out = await renderer.render(spec);
    const ms = performance.now() - t;
    total += ms;
    metrics.push(
      metric(
        `charts.render.${p.chartId}.${p.lang}`,
        ms,
        'ms',
        withEnv({
          measured: first
            ? 'first render: worker start (vega, HarfBuzz, fonts) + layout + font subset + rasterise'
            : 'layout (vega → SVG) + font subset + rasterise (resvg), in the worker',
          png: { width: out.width, height: out.height, bytes: out.png.length },
          split: Object.fromEntries(Object.entries(out.ms).map(([k, v]) => [k, Math.round(v)])),
        }),
        {
          label: `Render ${p.filename}${first ? ' (cold worker)' : ''}: ${out.width}×${out.height}, ${Math.round(out.png.length / 1024)} KB`,
        },
      ),
    );
    first = false;
  }
  await renderer.close();
  metrics.push(
    metric(
      'charts.render.all',
      total,
      'ms',
      withEnv({
        measured: `all ${pictures.length} pictures of the briefing, both languages, one after another in one worker (what CHARTS=prerender does after start-up)`,
      }),
      { label: `All ${pictures.length} pictures rendered ahead (one worker)` },
    ),
  );

  // A reply with a cached picture: the lookup a reply makes (the render itself happened ahead).
  const charts = new ChartService(new BriefingRegistry([opts.briefing]), new ChartRenderer(), silentLogger);
  const ref = pictureFor(opts.briefing, 'timeline', 'en')!;
  await charts.picture(ref);
  const samples: number[] = [];
  for (let i = 0; i < opts.samples; i++) {
    const t = performance.now();
    await charts.picture(pictureFor(opts.briefing, 'timeline', 'en')!);
    samples.push(performance.now() - t);
  }
  await charts.close();
  samples.sort((a, b) => a - b);
  metrics.push(
    metric(
      'charts.cached.p50',
      pct(samples, 50),
      'ms',
      withEnv({ measured: 'pictureFor + ChartService.picture on a cached picture (what a reply adds)', samples: samples.length }),
      { label: 'Cached picture for a reply, p50' },
    ),
  );
  metrics.push(
    metric('charts.cached.p99', pct(samples, 99), 'ms', withEnv({ measured: 'the same', samples: samples.length }), {
      label: 'Cached picture for a reply, p99',
      target: { op: '<', value: 1, text: '< 1 ms' },
    }),
  );
  return metrics;
}

/** Memory of a process that pre-renders every chart: before, peak while the worker renders, after the worker has gone. */
export function benchChartsMemory(log: (s: string) => void): Promise<Metric[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', 'bench/children/charts-memory.mjs'], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`charts-memory child exited ${code}`));
      const r = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>;
      log(
        `  memory: RSS ${r.beforeMB!.toFixed(0)} MB before, peak ${r.peakMB!.toFixed(0)} MB while rendering, ${r.afterMB!.toFixed(0)} MB after the worker exits`,
      );
      const cond = withEnv({
        measured: 'node on dist/: ChartService.prerender() of the default briefing (worker thread), RSS after gc',
        pictures: r.pictures,
        prerenderMs: Math.round(r.prerenderMs!),
      });
      resolve([
        metric('charts.memory.before', r.beforeMB!, 'MB', cond, { label: 'Charts: RSS before pre-rendering' }),
        metric('charts.memory.peak', r.peakMB!, 'MB', cond, { label: 'Charts: peak RSS while the worker renders' }),
        metric('charts.memory.after', r.afterMB!, 'MB', cond, { label: 'Charts: RSS after the worker exits (pictures cached)' }),
      ]);
    });
  });
}
