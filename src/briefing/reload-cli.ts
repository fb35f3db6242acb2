import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main as check } from './check.ts';
import { DEFAULT_BRIEFINGS_DIR } from './load.ts';
import { RELOAD_TRIGGER_FILE } from './watch.ts';

/**
 * `npm run briefing:reload [dir]`: checks every briefing as `briefing:check` does, then asks the bots running
 * on this machine over that folder to reload it (by touching `<dir>/.reload`, which they watch). With a
 * problem it prints `file: path: message` lines, exits 1 and triggers nothing; a bot would refuse the file
 * anyway and keep serving the previous edition. Where the folder is not watched, send SIGHUP instead.
 */
export function main(dir = DEFAULT_BRIEFINGS_DIR): number {
  const code = check(dir);
  if (code !== 0) {
    console.error('Not reloaded: the running bot keeps the previous editions until these are fixed.');
    return code;
  }
  writeFileSync(path.join(dir, RELOAD_TRIGGER_FILE), `${new Date().toISOString()}\n`);
  console.log(`Reload requested (${path.join(dir, RELOAD_TRIGGER_FILE)}); bots watching the folder reload within a second.`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? (process.env.BRIEFINGS_DIR?.trim() || undefined);
  process.exitCode = main(dir ? path.resolve(dir) : undefined);
}
