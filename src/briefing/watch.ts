import { watch, type FSWatcher } from 'node:fs';

/** Written by `npm run briefing:reload` into the briefings folder: a running bot that sees it reloads. */
export const RELOAD_TRIGGER_FILE = '.reload';

/** Editors save in bursts (write, rename, chmod): one reload after the folder has been quiet this long. */
const SETTLE_MS = 200;

export interface BriefingWatcher {
  close(): void;
}

/**
 * Calls `onChange` once a burst of changes to a briefing file (or the reload trigger) in `dir` has settled.
 * Watching can fail on some file systems: then `onError` is told, and SIGHUP still reloads.
 */
export function watchBriefings(dir: string, onChange: () => void, onError: (err: Error) => void, settleMs = SETTLE_MS): BriefingWatcher {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { persistent: false }, (_event, name) => {
      // Some platforms give no name: then any change counts.
      if (name !== null && !/\.ya?ml$/i.test(name) && name !== RELOAD_TRIGGER_FILE) return;
      clearTimeout(timer);
      timer = setTimeout(onChange, settleMs);
    });
  } catch (err) {
    onError(err as Error);
    return { close: () => undefined };
  }
  watcher.on('error', (err) => onError(err));
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
