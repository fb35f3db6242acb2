/**
 * Several instances on one database: one serves the gateway, the others run with DISCORD_GATEWAY=false and
 * only deliver digests over REST (Discord would otherwise hand every interaction to every instance).
 */
import { describe, expect, it } from 'vitest';
import type { Running } from '../../src/runtime.ts';
import { scheduledKey } from '../../src/scheduler/delivery-key.ts';
import type { DiscordEmulator } from '../emulator/index.ts';
import { currentMinute, eventually, expectMentionsDisabled, withBotAgainstEmulator } from './harness.ts';

let emu: DiscordEmulator;
let bot: Running;
withBotAgainstEmulator('delivery-only', (started) => ({ emu, bot } = started), { DISCORD_GATEWAY: 'false' });

describe('GIVEN an instance started with DISCORD_GATEWAY=false', () => {
  it('THEN it never opens a gateway session', () => {
    expect(emu.stats().gateway.identifies).toBe(0);
    expect(emu.stats().gateway.connections).toBe(0);
  });

  it('THEN it still delivers a due digest through REST, once', async () => {
    const channelId = emu.channelId('briefings');
    const { fire, cron } = currentMinute();
    const sub = await bot.store.subscriptions.create(
      {
        guildId: emu.guildId(),
        channelId,
        section: 'risks',
        schedule: cron,
        scheduleLabel: 'test',
        timezone: 'UTC',
        language: 'en',
        createdBy: 'admin',
      },
      new Date(fire.getTime() - 1),
    );
    await bot.scheduler.tick();
    const row = await eventually(async () => {
      const d = await bot.store.deliveries.get(scheduledKey(sub.id, fire));
      return d && d.status !== 'pending' ? d : undefined;
    });
    expect(row.status).toBe('delivered');
    await bot.scheduler.tick();
    const posted = emu.channelMessages(channelId);
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0])).toContain('Digest');
    expectMentionsDisabled(emu);
  });
});
