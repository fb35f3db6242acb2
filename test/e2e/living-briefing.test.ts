/**
 * End to end: living briefings in the real bot (`start()`) against the local Discord emulator. An admin
 * subscribes channels to change alerts; the analyst edits the test briefing's YAML; the channel that follows the
 * changed section gets one "what changed" post and the other none; /changes and /brief show the new edition;
 * a broken edit keeps the old edition serving and shows in /about for admins only.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Running } from '../../src/runtime.ts';
import type { DiscordEmulator } from '../emulator/index.ts';
import { edited, fixtureFolder, FIGURE, INVALID, REMOVE } from '../editions/fixture-editions.ts';
import { eventually, expectMentionsDisabled, isEphemeral, messageText, withBotAgainstEmulator } from './harness.ts';

const folder = fixtureFolder();
let emu: DiscordEmulator;
let bot: Running;
withBotAgainstEmulator('living', (started) => ({ emu, bot } = started), { BRIEFINGS_DIR: folder.dir });
afterAll(() => rmSync(folder.dir, { recursive: true, force: true }));

async function command(name: string, options: Record<string, string | number> = {}, user = 'alice', subcommand?: string): Promise<string> {
  const message = await emu.sendChatInput({ name, ...(subcommand ? { subcommand } : {}), options, user, locale: 'en-US' }).final();
  return messageText(message);
}

const posted = (channel: string) => emu.channelMessages(channel).map((m) => messageText(m));

describe('GIVEN channels that follow the test briefing', () => {
  let height: string;
  let people: string;

  it('WHEN an admin subscribes channels to change alerts THEN they are confirmed without a schedule', async () => {
    height = emu.addChannel(emu.guildId(), { name: 'height-news' });
    people = emu.addChannel(emu.guildId(), { name: 'people-news' });
    const message = await emu
      .sendChatInput({
        name: 'digest',
        subcommand: 'subscribe',
        options: { channel: height, section: 'barrier height', delivers: 'changes' },
        user: 'alice',
        locale: 'en-US',
      })
      .final();
    expect(isEphemeral(message)).toBe(true);
    expect(messageText(message)).toMatch(/Subscribed: digest #\d+/);
    expect(messageText(message)).toContain('Posts: change alerts');
    expect(await command('digest', { channel: people, section: 'people', delivers: 'changes' }, 'alice', 'subscribe')).toMatch(
      /Subscribed: digest #\d+/,
    );
    expect(await command('changes')).toContain('Only one edition of this briefing is recorded so far');
  });

  it('WHEN the analyst removes a position THEN only the channel following that section gets one "what changed" post', async () => {
    folder.write(edited(...REMOVE));
    const alert = await eventually(() => posted(height)[0], 15_000, 'the change alert');
    expect(alert).toContain('🔔 **What changed** · Barrier height: Quillmouth');
    expect(alert).toContain(
      "**Removed**: Wants a lower barrier, 3.8 metres, so a channel can stay open. — *claim: Fishers' Guild* · §II(2)",
    );
    // Nothing else arrives: not a second alert, and nothing where the section did not change.
    await new Promise((r) => setTimeout(r, 500));
    await bot.scheduler.tick();
    expect(posted(height)).toHaveLength(1);
    expect(posted(people)).toEqual([]);
    expectMentionsDisabled(emu);
  });

  it('THEN /brief and /changes show the new edition', async () => {
    expect(await command('brief', { topic: 'barrier-height' })).not.toContain('Wants a lower barrier');
    const changes = await command('changes', { topic: 'barrier-height' });
    expect(changes).toContain('What changed · Barrier height');
    expect(changes).toContain('1 removed');
    const zh = messageText(await emu.sendChatInput({ name: 'changes', options: {}, user: 'alice', locale: 'zh-CN' }).final());
    expect(zh).toContain('删除 1 条');
  });

  it('WHEN the analyst saves a broken edit THEN the old edition keeps serving, admins see the failure in /about and members do not', async () => {
    folder.write(edited(...REMOVE, ...FIGURE, ...INVALID));
    const line = 'stickingPoints[0].positions[0].actor: unknown actor "nobody"';
    await eventually(async () => ((await command('about')).includes(line) ? true : undefined), 15_000, 'the failure in /about');
    expect(await command('about', {}, 'bob')).not.toContain('failed to load');
    expect(await command('figures')).toContain('£86 million');
    expect(posted(height)).toHaveLength(1);
  });

  it('WHEN the file is fixed THEN the failure is gone and the figure change is announced to no one (no subscriber follows who pays)', async () => {
    folder.write(edited(...REMOVE, ...FIGURE));
    await eventually(async () => ((await command('figures')).includes('£95 million') ? true : undefined), 15_000, 'the new figure');
    expect(await command('about')).not.toContain('failed to load');
    await bot.scheduler.tick();
    expect(posted(height)).toHaveLength(1);
    expect(posted(people)).toEqual([]);
    expect(await bot.store.editions.list('quillmouth-barrier-2031')).toHaveLength(3);
  });
});
