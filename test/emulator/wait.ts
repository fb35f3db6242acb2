import type { EventEmitter } from 'node:events';

/**
 * Resolves with the first non-undefined value of `check`, re-evaluated whenever `emitter` emits `event`.
 * Rejects with `describe()` after `timeoutMs`.
 */
export function waitUntil<T>(
  emitter: EventEmitter,
  event: string,
  check: () => T | undefined,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  const first = check();
  if (first !== undefined) return Promise.resolve(first);
  return new Promise<T>((resolve, reject) => {
    const onEvent = () => {
      let value: T | undefined;
      try {
        value = check();
      } catch (err) {
        cleanup();
        reject(err);
        return;
      }
      if (value !== undefined) {
        cleanup();
        resolve(value);
      }
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`emulator: timed out after ${timeoutMs} ms waiting for ${describe()}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      emitter.off(event, onEvent);
    };
    emitter.on(event, onEvent);
  });
}

/** Resolves once `emitter` has been quiet on `event` for `quietMs` (max `timeoutMs`). */
export function waitForQuiet(emitter: EventEmitter, event: string, quietMs: number, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    let quiet = setTimeout(done, quietMs);
    const hard = setTimeout(done, timeoutMs);
    const onEvent = () => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    };
    function done() {
      clearTimeout(quiet);
      clearTimeout(hard);
      emitter.off(event, onEvent);
      resolve();
    }
    emitter.on(event, onEvent);
  });
}
