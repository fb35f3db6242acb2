/**
 * Living briefings in the console: the analyst edits the test briefing's YAML while `npm start` (no token) runs;
 * the console says what changed, serves the new edition at once, refuses a broken edit while the previous
 * edition keeps serving, and `/changes` and `/about` show it all.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import type { Running } from '../../src/runtime.ts';
import { eventually } from '../e2e/harness.ts';
import { type ConsoleSession, startConsoleSession } from '../helpers/console-session.ts';
import { ADD, edited, FIGURE, fixtureFolder, INVALID, REWORD } from './fixture-editions.ts';

const folder = fixtureFolder();
let session: ConsoleSession;
let running: Running;
const warnings: string[] = [];
const log = {
  ...silentLogger,
  warn: (_obj: object, msg?: string) => void warnings.push(msg ?? ''),
  child: () => log,
} as unknown as typeof silentLogger;
const type = (line: string) => session.type(line);

beforeAll(async () => {
  session = await startConsoleSession(
    parseConfig({ DATABASE_URL: `file:${path.join(folder.dir, 'bot.db')}`, BRIEFINGS_DIR: folder.dir, CHARTS: 'off' }),
    log,
  );
  running = session.running;
  // The first edition is recorded once the store is open.
  await eventually(
    async () => ((await running.store.editions.list('quillmouth-barrier-2031')).length === 1 ? true : undefined),
    10_000,
    'the first edition recorded',
  );
});

afterAll(async () => {
  await running?.stop();
  rmSync(folder.dir, { recursive: true, force: true });
});

/** Saves an edit and waits for the console to print something containing `expected`. */
async function saveAndSee(text: string, expected: string): Promise<string> {
  const from = session.printed().length;
  folder.write(text);
  return session.waitFor(expected, from);
}

describe('GIVEN the console running over the test briefing', () => {
  it('WHEN /changes is asked before any edit THEN it says there is only one edition', async () => {
    expect(await type('changes')).toContain('Only one edition of this briefing is recorded so far');
  });

  it('WHEN the analyst saves an edit THEN the console prints what changed and serves the new edition at once', async () => {
    const shown = await saveAndSee(edited(...ADD, ...FIGURE), 'Briefing reloaded: quillmouth-barrier-2031');
    expect(shown).toContain('🆕 Added: A second hearing on the barrier is set for 20 March.');
    expect(shown).toContain("Council's cost estimate for its plan: £86 million → £95 million");
    expect(await type('brief proposals')).toContain('A second hearing on the barrier is set for 20 March.');
    expect(await type('figures')).toContain('£95 million');
    // The /ask index was swapped with the views.
    expect(await type('ask question:"when is the second hearing"')).toContain('20 March');
    expect(await type('changes')).toContain('1 added, 1 figures changed');
  }, 30_000);

  it('WHEN the analyst saves a broken edit THEN the previous edition keeps serving and the failure is shown', async () => {
    const shown = await saveAndSee(edited(...ADD, ...FIGURE, ...INVALID), 'A briefing file failed to load');
    const line = 'quillmouth-barrier-2031.yaml: stickingPoints[0].positions[0].actor: unknown actor "nobody"';
    expect(shown).toContain(line);
    expect(warnings.some((w) => w.includes(line) && w.includes('still serving the previous edition'))).toBe(true);
    expect(await type('brief barrier-height')).toContain('Proposes 4.5 metres.');
    expect(await type('figures')).toContain('£95 million');
    // The console operator is an admin: /about shows the failure until the file is fixed.
    const about = await type('about');
    expect(about).toContain('A briefing file failed to load');
    expect(about).toContain('unknown actor "nobody"');
  }, 30_000);

  it('WHEN the file is fixed THEN the failure is gone and the change is announced against the last good edition', async () => {
    const shown = await saveAndSee(edited(...ADD, ...FIGURE, ...REWORD), 'Briefing reloaded');
    expect(shown).toContain(
      'Reworded: In November 2029 the sea came 0.9 metres over the old harbour wall and flooded the lower town and the quay.',
    );
    expect(shown).not.toContain('Added');
    expect(await type('about')).not.toContain('failed to load');
    const editions = await running.store.editions.list('quillmouth-barrier-2031');
    expect(editions).toHaveLength(3);
    // since: the first edition (by id) shows everything since then.
    const since = await type(`changes since:${editions[0]!.editionId}`);
    expect(since).toContain('1 added, 1 reworded, 1 figures changed');
    const unknown = await type('changes since:yesterday');
    expect(unknown).toContain('There is no edition or date “yesterday” for this briefing');
    expect(unknown).toContain(editions[0]!.editionId);
    const topic = await type(`changes topic:cost since:${editions[0]!.editionId}`);
    expect(topic).toContain('What changed · Who pays');
    expect(topic).not.toContain('second hearing');
  }, 30_000);
});
