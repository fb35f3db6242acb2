/**
 * Renders charts off the main thread: vega's layout and resvg's rasterising take tens to hundreds of
 * milliseconds per chart, which must not delay replies. Started by ChartRenderer, one job at a time.
 */
import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { ChartRasterizer } from './rasterize.ts';

export interface RenderJob {
  id: number;
  spec: TopLevelSpec;
  scale: number;
}

if (!parentPort) throw new Error('the chart worker must run in a worker thread');
const port = parentPort;
const rasterizer = ChartRasterizer.create();
let queue = Promise.resolve();

port.on('message', (job: RenderJob) => {
  queue = queue.then(async () => {
    try {
      const out = await (await rasterizer).render(job.spec, job.scale);
      port.postMessage({ id: job.id, ok: true, out }, [out.png.buffer as ArrayBuffer]);
    } catch (err) {
      port.postMessage({ id: job.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  });
});
port.on(
  'close',
  () =>
    void rasterizer.then(
      (r) => r.close(),
      () => undefined,
    ),
);
