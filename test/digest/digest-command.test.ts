import { renderEmbedPages } from '../../src/render/discord-render.ts';
import { plain } from '../../src/render/rich-plain.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelAccess, CommandContext } from '../../src/bot/command.ts';
import { runCommand } from '../../src/bot/dispatch.ts';
import { parseCommandLine } from '../../src/console/parse-command-line.ts';
import { rotationSections } from '../../src/digest/digest-message.ts';
import { digestMessage } from '../../src/render/digest-payload.ts';
import { limitViolations } from '../../src/render/discord-limits.ts';
import { SubscriptionService } from '../../src/digest/subscription-service.ts';
import { DigestScheduler } from '../../src/scheduler/digest-scheduler.ts';
import type { DigestSender } from '../../src/scheduler/types.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { testApp } from '../helpers/app.ts';

const app = await testApp();
const b = app.briefings.default;
const GUILD = '200000000000000002';
const CHANNEL = '300000000000000003';
const NO_PERMS_CHANNEL = '300000000000000004';
const ADMIN = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages;

let store: Store;
const sent: Array<{ channelId: string; payload: object; nonce: string }> = [];
const sender: DigestSender = {
  async send(channelId, payload, nonce) {
    sent.push({ channelId, payload, nonce });
    return { ok: true, messageId: String(1_000_000 + sent.length) };
  },
};
const channels: ChannelAccess = {
  async missingBotPermissions(id) {
    if (id === NO_PERMS_CHANNEL) return ['SendMessages', 'EmbedLinks'];
    if (id === CHANNEL) return [];
    return 'unknown-channel';
  },
};

beforeAll(async () => {
  store = await openStore(`file:${path.join(mkdtempSync(path.join(tmpdir(), 'bb-digest-')), 'test.db')}`);
});
afterAll(async () => store.close());

function ctx(perms: bigint | null, locale = 'en-US', requestId?: string): CommandContext {
  const scheduler = new DigestScheduler({
    store,
    sender,
    rotationFor: () => rotationSections(b),
    render: (sub, section) => digestMessage(b, section, sub.language),
  });
  const subscriptions = new SubscriptionService({ repos: store, scheduler, briefings: app.briefings, channels });
  return {
    ...app.context({ locale, userId: '100000000000000001', guildId: GUILD, channelId: CHANNEL, memberPermissions: perms, requestId }),
    digests: { open: async () => subscriptions, defaultTimezone: 'UTC' },
  };
}

async function digest(words: string[], perms: bigint | null = ADMIN, locale = 'en-US', requestId?: string) {
  const parsed = parseCommandLine(app.commands.get('digest')!.data.toJSON(), words);
  const reply = await runCommand(app.commands.get('digest')!, ctx(perms, locale, requestId), parsed.options);
  return { reply, text: JSON.stringify(renderEmbedPages(reply.view)) };
}

describe('GIVEN /digest for an admin', () => {
  it('THEN subscribe validates and stores the subscription, and list shows the next run as a Discord timestamp', async () => {
    const { reply, text } = await digest([
      'subscribe',
      '--channel',
      CHANNEL,
      '--section',
      'territory',
      '--schedule',
      'weekdays 09:00',
      '--timezone',
      'Europe/Berlin',
    ]);
    expect(reply.failed).toBeFalsy();
    expect(text).toMatch(/Subscribed: digest #\d+/);
    const list = await digest(['list']);
    expect(list.text).toContain(`<#${CHANNEL}>`);
    expect(list.text).toMatch(/<t:\d+:F>/);
    expect(list.text).toContain('weekdays 09:00');
    expect(list.reply.ephemeral).toBe(true);
  });

  it.each([
    [['--schedule', '*/5 * * * *'], /hour/i],
    [['--schedule', 'every now and then'], /./],
    [['--schedule', 'daily 09:00', '--timezone', 'Mars/Olympus'], /time zone|timezone/i],
    [['--schedule', 'daily 09:00', '--section', 'weather'], /Unknown section/],
  ])('THEN a bad subscribe (%j) gets a clear error and stores nothing', async (extra, message) => {
    const before = (await store.subscriptions.listByGuild(GUILD)).length;
    const words = ['subscribe', '--channel', CHANNEL, '--section', 'risks', ...extra];
    const { reply, text } = await digest(words);
    expect(reply.failed).toBe(true);
    expect(text).toMatch(message);
    expect((await store.subscriptions.listByGuild(GUILD)).length).toBe(before);
  });

  it('THEN a channel where the bot lacks permissions is refused with the missing ones named', async () => {
    const { reply, text } = await digest(['subscribe', '--channel', NO_PERMS_CHANNEL, '--section', 'risks', '--schedule', 'daily 09:00']);
    expect(reply.failed).toBe(true);
    expect(text).toContain('SendMessages');
    expect(text).toContain('EmbedLinks');
  });

  it('THEN the same request run twice (as by two gateway sessions) changes the state once and answers the same', async () => {
    const before = (await store.subscriptions.listByGuild(GUILD)).length;
    const words = ['subscribe', '--channel', CHANNEL, '--section', 'territory', '--schedule', 'daily 07:00'];
    const first = await digest(words, ADMIN, 'en-US', 'interaction-a');
    const second = await digest(words, ADMIN, 'en-US', 'interaction-a');
    expect(second.text).toBe(first.text);
    expect((await store.subscriptions.listByGuild(GUILD)).length).toBe(before + 1);
    const id = String(/#(\d+)/.exec(first.text)![1]);

    await digest(['pause', '--id', id], ADMIN, 'en-US', 'interaction-b');
    const resumed = await digest(['resume', '--id', id], ADMIN, 'en-US', 'interaction-c');
    expect(resumed.text).toContain(`Resumed #${id}`);
    const watermark = (await store.subscriptions.get(Number(id)))!.lastFireCheckedAt;
    await new Promise((r) => setTimeout(r, 5));
    const again = await digest(['resume', '--id', id], ADMIN, 'en-US', 'interaction-c');
    expect(again.reply.failed).toBeFalsy();
    expect(again.text).toContain('was not paused');
    expect((await store.subscriptions.get(Number(id)))!.lastFireCheckedAt).toEqual(watermark);

    const gone = await digest(['unsubscribe', '--id', id], ADMIN, 'en-US', 'interaction-d');
    const goneAgain = await digest(['unsubscribe', '--id', id], ADMIN, 'en-US', 'interaction-d');
    expect(goneAgain.text).toBe(gone.text);
    expect(goneAgain.reply.failed).toBeFalsy();
  });

  it('THEN pause, resume, send-now and unsubscribe work on the stored subscription', async () => {
    const { text } = await digest([
      'subscribe',
      '--channel',
      CHANNEL,
      '--section',
      'rotate',
      '--schedule',
      'daily 18:00',
      '--language',
      'zh',
    ]);
    const id = Number(/#(\d+)/.exec(text)![1]);
    expect((await digest(['pause', '--id', String(id)])).text).toContain(`Paused #${id}`);
    expect((await store.subscriptions.get(id))!.status).toBe('paused');
    expect((await digest(['resume', '--id', String(id)])).text).toContain(`Resumed #${id}`);
    expect((await store.subscriptions.get(id))!.status).toBe('active');
    const before = sent.length;
    expect((await digest(['send-now', '--id', String(id)])).text).toContain(`Posted digest #${id}`);
    expect(sent.length).toBe(before + 1);
    const posted = sent.at(-1)!.payload as { content: string; allowed_mentions: unknown };
    expect(posted.content).toContain('摘要');
    expect(posted.allowed_mentions).toEqual({ parse: [] });
    expect((await digest(['unsubscribe', '--id', String(id)])).text).toContain(`Unsubscribed #${id}`);
    expect(await store.subscriptions.get(id)).toBeUndefined();
    expect((await digest(['pause', '--id', String(id)])).reply.failed).toBe(true);
  });

  it('THEN resume re-checks the channel and stays disabled if access is still missing', async () => {
    const sub = await store.subscriptions.create({
      guildId: GUILD,
      channelId: NO_PERMS_CHANNEL,
      section: 'risks',
      schedule: '0 9 * * *',
      scheduleLabel: 'daily 09:00',
      timezone: 'UTC',
      language: 'en',
      createdBy: 'x',
    });
    await store.subscriptions.disable(sub.id, 'no access to the channel: Missing Access (403/50001)');
    const list = await digest(['list']);
    expect(list.text).toContain('Missing Access');
    const { reply } = await digest(['resume', '--id', String(sub.id)]);
    expect(reply.failed).toBe(true);
    expect((await store.subscriptions.get(sub.id))!.status).toBe('disabled');
  });

  it('THEN preview is ephemeral and shows the digest view', async () => {
    const { reply } = await digest(['preview', '--section', 'nuclear-plant']);
    expect(reply.ephemeral).toBe(true);
    expect(reply.view.title).toMatch(/Digest preview/);
  });
});

describe('GIVEN /digest for a non-admin', () => {
  it('THEN every managing subcommand is refused and nothing changes', async () => {
    const before = (await store.subscriptions.listByGuild(GUILD)).length;
    const { reply, text } = await digest(
      ['subscribe', '--channel', CHANNEL, '--section', 'risks', '--schedule', 'daily 09:00'],
      PermissionFlagsBits.SendMessages,
    );
    expect(reply.failed).toBe(true);
    expect(text).toMatch(/Manage Server/);
    expect((await digest(['list'], 0n)).reply.failed).toBe(true);
    expect((await store.subscriptions.listByGuild(GUILD)).length).toBe(before);
  });
});

describe('GIVEN every digest section in both languages', () => {
  it.each(rotationSections(b).flatMap((s) => (['en', 'zh'] as const).map((l) => [s, l] as const)))(
    'THEN the %s digest (%s) is one message within every limit',
    (section, lang) => {
      const payload = digestMessage(b, section, lang);
      expect(limitViolations(payload)).toEqual([]);
      expect(payload.embeds.length).toBeGreaterThan(0);
      expect(payload.allowed_mentions).toEqual({ parse: [] });
      expect(payload.content).toContain(lang === 'zh' ? '截至' : 'as of');
    },
  );

  it('THEN the console spells out Discord timestamps and channel links', () => {
    expect(plain(['Next: ', { time: new Date(1767254400_000) }, ' in ', { channel: 'general' }], 'en')).toBe(
      'Next: 2026-01-01 08:00 UTC in #general',
    );
    expect(plain([{ time: new Date(Date.now() + 7_200_000), relative: true }], 'en')).toBe('in 2 h');
  });
});
