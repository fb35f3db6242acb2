/**
 * Memory of chart pre-rendering, on the compiled dist/ (run after `npm run build`): RSS before, the
 * process's peak while the worker thread renders every picture of the default briefing, and RSS once
 * the idle worker has exited (the PNGs stay cached in the main thread). Prints one JSON line.
 */
const dist = new URL('../../dist/src/', import.meta.url);
const { BriefingRegistry } = await import(new URL('briefing/registry.js', dist));
const { ChartRenderer } = await import(new URL('charts/render/renderer.js', dist));
const { ChartService } = await import(new URL('charts/service.js', dist));
const { allPictures } = await import(new URL('charts/catalog.js', dist));
const quiet = { info() {}, warn() {}, error() {} };
const rss = () => {
  globalThis.gc?.();
  return process.memoryUsage().rss / 2 ** 20;
};
const registry = BriefingRegistry.fromDir();
const beforeMB = rss();
const renderer = new ChartRenderer({ idleMs: 200 });
const charts = new ChartService(registry, renderer, quiet);
const t = performance.now();
await charts.prerender();
const prerenderMs = performance.now() - t;
const peakMB = process.resourceUsage().maxRSS / 1024;
await new Promise((r) => setTimeout(r, 1500));
const afterMB = rss();
process.stdout.write(`${JSON.stringify({ beforeMB, peakMB, afterMB, prerenderMs, pictures: allPictures(registry.default).length })}\n`);
process.exit(0);
