/** A FIFO with O(1) shift (an array with a moving head, compacted now and then). */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head] as T;
    this.items[this.head++] = undefined as T; // let it be collected
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

/**
 * A worker pool that takes items one key (a Discord channel) at a time:
 *
 * - at most `concurrency` items are in flight overall, and at most one per key;
 * - keys are served round-robin: a free worker takes the head item of the next key in the ready ring
 *   (keys in order of first arrival; a key that was just served goes to the back of the ring), so one
 *   key with many items — waiting on its own rate-limit bucket — cannot occupy every worker while the
 *   other keys idle;
 * - items of one key run in the order they were pushed.
 *
 * Items can be pushed while the pool is running (the producer may still be materializing them);
 * `close()` says no more will come, and `done` resolves once every pushed item has finished.
 * The worker should not throw; if it does, the error goes to `onError` (default: ignored) and the
 * pool carries on.
 */
export class KeyedPool<T> {
  private readonly queues = new Map<string, Fifo<T>>();
  /** Keys with queued items and nothing in flight, in round-robin order. */
  private readonly ready = new Fifo<string>();
  private readonly busy = new Set<string>();
  private active = 0;
  private closed = false;
  private pushed = 0;
  private resolveDone!: () => void;
  private readonly limit: number;
  /** Resolves when the pool is closed and every pushed item has finished. */
  readonly done: Promise<void>;

  constructor(
    concurrency: number,
    private readonly keyOf: (item: T) => string,
    private readonly worker: (item: T) => Promise<void>,
    private readonly onError: (err: unknown, item: T) => void = () => undefined,
  ) {
    this.done = new Promise((resolve) => {
      this.resolveDone = resolve;
    });
    this.limit = Math.max(1, concurrency);
  }

  /** Items pushed so far. */
  get size(): number {
    return this.pushed;
  }

  push(item: T): void {
    if (this.closed) throw new Error('KeyedPool is closed');
    this.pushed++;
    const key = this.keyOf(item);
    let queue = this.queues.get(key);
    if (!queue) {
      queue = new Fifo<T>();
      this.queues.set(key, queue);
    }
    queue.push(item);
    // A key is in the ring iff it has queued items and nothing in flight: only its first queued item
    // (while idle) puts it there.
    if (queue.size === 1 && !this.busy.has(key)) this.ready.push(key);
    this.pump();
  }

  close(): void {
    this.closed = true;
    this.settleIfDone();
  }

  private pump(): void {
    while (this.active < this.limit) {
      const key = this.ready.shift();
      if (key === undefined) return;
      const queue = this.queues.get(key);
      const item = queue?.shift();
      if (!queue || item === undefined) continue; // cannot happen (see push), but stay safe
      if (queue.size === 0) this.queues.delete(key);
      this.busy.add(key);
      this.active++;
      void this.run(key, item);
    }
  }

  private async run(key: string, item: T): Promise<void> {
    try {
      await this.worker(item);
    } catch (err) {
      try {
        this.onError(err, item);
      } catch {
        // never let a logging failure wedge the pool
      }
    } finally {
      this.active--;
      this.busy.delete(key);
      if (this.queues.has(key)) this.ready.push(key); // back of the ring
      this.pump();
      this.settleIfDone();
    }
  }

  private settleIfDone(): void {
    if (this.closed && this.active === 0 && this.ready.size === 0) this.resolveDone();
  }
}
