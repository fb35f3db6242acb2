import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { RasterOutput } from './rasterize.ts';

export interface ChartRendererOptions {
  /** The worker exits after this long without work, handing its memory back (vega, fonts, HarfBuzz). */
  idleMs?: number;
  /** Pixels per chart unit; 2 keeps text sharp on phones and high-density screens. */
  scale?: number;
}

type Reply = { id: number; ok: true; out: RasterOutput } | { id: number; ok: false; error: string };

/** A finished render on the main thread: the PNG as a Buffer (ready for upload). */
export type RenderedChart = Omit<RasterOutput, 'png'> & { png: Buffer };

/**
 * The worker's code sits next to this file: JavaScript once built; under tsx and in tests it is TypeScript,
 * so a one-line bootstrap registers tsx in the worker before importing it.
 */
function startWorker(): Worker {
  const ts = path.extname(fileURLToPath(import.meta.url)) === '.ts';
  const url = new URL(`./worker${ts ? '.ts' : '.js'}`, import.meta.url);
  if (!ts) return new Worker(url);
  // Only reached when running the TypeScript sources (development, tests), where tsx is installed; the
  // built worker is plain JavaScript and a production install has no tsx.
  const devLoader = 'tsx/esm/api';
  const bootstrap = `import(${JSON.stringify(devLoader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { eval: true });
}

/** Renders vega-lite specs to PNG in a worker thread started on demand. */
export class ChartRenderer {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve(out: RenderedChart): void; reject(err: Error): void }>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly idleMs: number;
  private readonly scale: number;
  /** How many workers have been started: a measure of cold starts. */
  started = 0;

  constructor(opts: ChartRendererOptions = {}) {
    this.idleMs = opts.idleMs ?? 5_000;
    this.scale = opts.scale ?? 2;
  }

  render(spec: TopLevelSpec): Promise<RenderedChart> {
    clearTimeout(this.idleTimer);
    const worker = this.ensureWorker();
    // Referenced while it has work, so a one-shot CLI waits for its pictures; unreferenced when idle.
    worker.ref();
    const id = this.nextId++;
    return new Promise<RenderedChart>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, spec, scale: this.scale });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    this.started++;
    worker.on('message', (reply: Reply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.ok)
        waiter.resolve({ ...reply.out, png: Buffer.from(reply.out.png.buffer, reply.out.png.byteOffset, reply.out.png.byteLength) });
      else waiter.reject(new Error(`chart rendering failed: ${reply.error}`));
      if (this.pending.size === 0) {
        worker.unref();
        this.idleTimer = setTimeout(() => void this.stopWorker(), this.idleMs).unref();
      }
    });
    const fail = (err: Error) => {
      // A worker stopped on purpose (idle, close) exits later, possibly after a new one took over:
      // only the current worker's death fails the renders waiting on it.
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.rejectPending(err);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`chart worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  /** Stops the worker; renders still waiting fail. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    this.rejectPending(new Error('chart renderer closed'));
    await this.stopWorker();
  }

  private rejectPending(err: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(err);
    this.pending.clear();
  }
}
