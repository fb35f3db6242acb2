import { SubscriptionService } from '../../src/digest/subscription-service.ts';
import { plainRuns } from '../../src/query/rich-text.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/bot/command.ts';
import { runCommand } from '../../src/bot/dispatch.ts';
import type { Briefing } from '../../src/briefing/schema.ts';
import { parseCommandLine } from '../../src/console/parse-command-line.ts';
import { digestsFrom } from '../../src/render/digest-payload.ts';
import { limitViolations } from '../../src/render/discord-limits.ts';
import { DigestScheduler } from '../../src/scheduler/digest-scheduler.ts';
import type { DigestSender } from '../../src/scheduler/types.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { bothApp, SECOND_ID } from './fixture.ts';

const app = await bothApp();
const GUILD = '200000000000000002';
const CHANNEL = '300000000000000003';
const posted: Array<{ content?: string; embeds?: unknown[] }> = [];
const sender: DigestSender = {
  async send(_channelId, payload) {
    posted.push(payload as { content?: string });
    return { ok: true, messageId: String(1_000 + posted.length) };
  },
};

let store: Store;
let scheduler: DigestScheduler;
beforeAll(async () => {
  store = await openStore(`file:${path.join(mkdtempSync(path.join(tmpdir(), 'bb-rotation-')), 'test.db')}`);
  // The wiring the bot itself uses: each subscription's rotation and messages come from its own briefing.
  scheduler = new DigestScheduler({ store, sender, ...digestsFrom(app.briefings) });
});
afterAll(async () => store.close());

function ctx(locale = 'en-US'): CommandContext {
  return {
    ...app.context({
      locale,
      userId: '100000000000000001',
      guildId: GUILD,
      channelId: CHANNEL,
      memberPermissions: PermissionFlagsBits.ManageGuild,
    }),
    digests: {
      open: async () =>
        new SubscriptionService({ repos: store, scheduler, briefings: app.briefings, channels: { missingBotPermissions: async () => [] } }),
      defaultTimezone: 'UTC',
    },
  };
}

async function digest(words: string[], locale = 'en-US') {
  const command = app.commands.get('digest')!;
  return runCommand(command, ctx(locale), parseCommandLine(command.data.toJSON(), words).options);
}

/** Subscribes to `rotate` on a briefing, posts it twice round, and returns the topic title each post was headed with. */
async function rotateTwice(b: Briefing, language: 'en' | 'zh'): Promise<string[]> {
  const reply = await digest([
    'subscribe',
    '--channel',
    CHANNEL,
    '--section',
    'rotate',
    '--schedule',
    'daily 09:00',
    '--language',
    language,
    '--briefing',
    b.id,
  ]);
  expect(reply.failed).toBeFalsy();
  const id = Number(/#(\d+)/.exec(plainRuns(reply.view.title))![1]);
  expect((await store.subscriptions.get(id))?.briefingId).toBe(b.id);
  const from = posted.length;
  const rounds = 2 * b.presentation.digestRotation.length;
  for (let i = 0; i < rounds; i++)
    expect((await scheduler.sendNow(id, { guildId: GUILD }, `req-${b.id}-${language}-${i}`)).status).toBe('delivered');
  const mine = posted.slice(from);
  for (const payload of mine) expect(limitViolations(payload as never)).toEqual([]);
  return mine.map((p) => (language === 'zh' ? /摘要 · (.+?)\*\*/ : /Digest · (.+?)\*\*/).exec(p.content ?? '')?.[1] ?? '?');
}

const titles = (b: Briefing, lang: 'en' | 'zh') =>
  b.presentation.digestRotation.map((id) => [...b.sections, ...b.stickingPoints].find((t) => t.id === id)!.title[lang]);

describe('GIVEN two briefings loaded, the fictional one the default', () => {
  const second = app.briefings.get(SECOND_ID)!;
  const real = app.briefings.all.find((b) => b.id !== SECOND_ID)!;

  it('THEN the newest (by event date) is the default', () => {
    expect(app.briefings.default.id).toBe(SECOND_ID);
  });

  it.each(['en', 'zh'] as const)(
    'THEN a rotate digest of the fictional briefing walks its own rotation (%s), twice round',
    async (lang) => {
      expect(await rotateTwice(second, lang)).toEqual([...titles(second, lang), ...titles(second, lang)]);
    },
  );

  it('THEN a rotate digest of the other briefing walks that briefing’s rotation, not the default’s', async () => {
    expect(await rotateTwice(real, 'en')).toEqual([...titles(real, 'en'), ...titles(real, 'en')]);
  });

  it('THEN section autocomplete and list follow the chosen briefing', async () => {
    const command = app.commands.get('digest')!;
    const options = parseCommandLine(command.data.toJSON(), ['preview', '--section', 'x', '--briefing', real.id]).options;
    const choices = command.autocomplete!(ctx(), { name: 'section', value: 'territ' }, options);
    expect(choices.map((c) => c.value)).toContain('territory');
    const list = JSON.stringify((await digest(['list'])).view);
    expect(list).toContain(second.title.en);
    expect(list).toContain(real.title.en);
  });

  it('THEN preview with briefing: shows that briefing’s section, and an unknown briefing is a friendly notice', async () => {
    const preview = await digest(['preview', '--section', 'who pays', '--briefing', SECOND_ID], 'zh-CN');
    expect(preview.view.title).toBe('摘要预览 · 费用分担');
    const unknown = await digest(['preview', '--section', 'rotate', '--briefing', 'atlantis']);
    expect(unknown.failed).toBe(true);
    expect(unknown.view.title).toBe('No such briefing');
  });
});
