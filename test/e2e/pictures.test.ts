/**
 * End to end: pictures through the real bot (Discord mode, charts pre-rendered in a worker thread) and the
 * emulator, which takes multipart uploads as Discord does and resolves `attachment://` embed images.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { allPictures } from '../../src/charts/catalog.ts';
import type { Running } from '../../src/runtime.ts';
import type { DiscordEmulator, EmulatedMessage } from '../emulator/index.ts';
import { eventually, expectMentionsDisabled, messageText, withBotAgainstEmulator } from './harness.ts';

let emu: DiscordEmulator;
let bot: Running;
withBotAgainstEmulator('pictures', (started) => ({ emu, bot } = started), { CHARTS: 'prerender' });

beforeAll(async () => {
  const total = allPictures(bot.app.briefings.default).length;
  await eventually(() => (bot.app.charts.stats.rendered >= total ? true : undefined), 180_000, 'every chart to be rendered');
}, 200_000);

type Attachment = {
  id: string;
  filename: string;
  description?: string;
  content_type: string;
  size: number;
  url: string;
  width?: number;
  height?: number;
};
type Embed = { title?: string; image?: { url: string; width?: number } };
const attachments = (m: EmulatedMessage) => m.attachments as unknown as Attachment[];
const embeds = (m: EmulatedMessage) => m.embeds as unknown as Embed[];

describe('GIVEN the bot with its charts rendered', () => {
  it('WHEN /timeline in en-US THEN the reply uploads one PNG with alt text, and the embed shows it', async () => {
    const m = await emu.sendChatInput({ name: 'timeline', options: {}, user: 'alice', locale: 'en-US' }).final();
    expect(attachments(m)).toHaveLength(1);
    const a = attachments(m)[0]!;
    expect(a).toMatchObject({ filename: 'timeline-en.png', content_type: 'image/png', width: 800 });
    expect(a.description).toMatch(/^Timeline chart of 17 events from Mar 2022 to .*, 2 of them planned\./);
    expect(a.size).toBeLessThan(512 * 1024);
    expect(embeds(m)[0]!.image?.url).toBe(a.url);
    expect(embeds(m)[0]!.title).toBe('Timeline');
    // The file went up in the same request as the reply, as a multipart part.
    const upload = emu.requests.find((r) => r.files.some((f) => f.filename === 'timeline-en.png'));
    expect(upload?.files[0]).toMatchObject({ contentType: 'image/png' });
    expect(upload?.files[0]?.data.subarray(1, 4).toString()).toBe('PNG');
  });

  it('WHEN /timeline in zh-CN THEN the Chinese picture with Chinese alt text', async () => {
    const m = await emu.sendChatInput({ name: 'timeline', options: {}, user: 'alice', locale: 'zh-CN' }).final();
    const a = attachments(m)[0]!;
    expect(a.filename).toBe('timeline-zh.png');
    expect(a.description).toMatch(/^时间线图：17 个事件/);
    expect(embeds(m)[0]!.image?.url).toBe(a.url);
  });

  it('WHEN /figures and /positions and /brief army-size THEN each carries its chart; /brief territory has none', async () => {
    const figures = await emu.sendChatInput({ name: 'figures', options: {}, user: 'bob', locale: 'en-US' }).final();
    expect(attachments(figures).map((a) => a.filename)).toEqual(['figures-en.png']);
    expect(attachments(figures)[0]!.description).toContain("Ukraine's army: the two plans (troops)");
    const positions = await emu.sendChatInput({ name: 'positions', options: {}, user: 'bob', locale: 'zh-CN' }).final();
    expect(attachments(positions).map((a) => a.filename)).toEqual(['positions-zh.png']);
    const army = await emu.sendChatInput({ name: 'brief', options: { topic: 'army-size' }, user: 'bob', locale: 'en-US' }).final();
    expect(attachments(army).map((a) => a.filename)).toEqual(['figures-army-size-en.png']);
    expect(embeds(army)[0]!.image?.url).toBe(attachments(army)[0]!.url);
    const territory = await emu.sendChatInput({ name: 'brief', options: { topic: 'territory' }, user: 'bob', locale: 'en-US' }).final();
    expect(attachments(territory)).toEqual([]);
    expect(embeds(territory)[0]!.image).toBeUndefined();
    expect(messageText(territory)).toContain('Territory');
  });

  it('WHEN a digest of the timeline section is sent THEN the channel message carries the chart too', async () => {
    const channelId = emu.addChannel(emu.guildId(), { name: 'pictures-digest' });
    const sub = await bot.store.subscriptions.create({
      guildId: emu.guildId(),
      channelId,
      section: 'timeline',
      schedule: '0 0 1 1 *',
      scheduleLabel: 'yearly',
      timezone: 'UTC',
      language: 'zh',
      createdBy: emu.userId('alice'),
    });
    await emu.sendChatInput({ name: 'digest', subcommand: 'send-now', options: { id: sub.id }, user: 'alice', locale: 'en-US' }).final();
    const posted = await eventually(() => emu.channelMessages(channelId)[0], 20_000, 'the digest');
    expect(attachments(posted).map((a) => [a.filename, a.content_type])).toEqual([['timeline-zh.png', 'image/png']]);
    expect(attachments(posted)[0]!.description).toMatch(/^时间线图/);
    expect(embeds(posted)[0]!.image?.url).toBe(attachments(posted)[0]!.url);
    expect(posted.content).toContain('摘要');
  });

  it('THEN every message, uploads included, disabled mentions', () => {
    expectMentionsDisabled(emu, 4);
  });
});
