/**
 * End to end: the /ask feedback loop of the real bot (`start()` from src/runtime.ts) against the local
 * Discord emulator — 👍/👎 under answers, what gets logged (and that no user id is), the buttons still
 * working after a restart, and /ask-log for admins with the users' text escaped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitViolations } from '../../src/render/discord-limits.ts';
import type { Running } from '../../src/runtime.ts';
import { DiscordEmulator, type EmulatedMessage } from '../emulator/index.ts';
import { buttons, expectMentionsDisabled, isEphemeral, messageText, registerCommands, startBot, tempDatabase } from './harness.ts';

const db = tempDatabase('ask-feedback');
let emu: DiscordEmulator;
let bot: Running;

beforeAll(async () => {
  emu = await DiscordEmulator.start({ heartbeatIntervalMs: 1000 });
  await registerCommands(emu);
  bot = await startBot(emu, db.url);
});
afterAll(async () => {
  await bot?.stop();
  await emu?.stop();
  db.cleanup();
});

const ARMY = "how big would ukraine's army be";
const TYPED = 'who won the **world cup** <@111111111111111111> @everyone [click](https://evil.example) ~~now~~?';

function slash(name: string, options: Record<string, string | number>, user = 'alice'): Promise<EmulatedMessage> {
  return emu.sendChatInput({ name, options, user, locale: 'en-US' }).final();
}

/** Clicks a button and returns the interaction's first callback (the bot's answer to the click). */
async function click(
  message: EmulatedMessage,
  customId: string,
  user: string,
): Promise<{ type: number; content: string; ephemeral: boolean }> {
  const reply = await emu.clickButton({ message, customId, user }).reply();
  const data = (reply.data ?? {}) as { content?: string; flags?: number };
  return { type: reply.type, content: data.content ?? '', ephemeral: ((data.flags ?? 0) & 64) === 64 };
}

const rateButtons = (m: EmulatedMessage) => {
  const [up, down] = buttons(m).filter((b) => b.custom_id.startsWith('askvote:'));
  expect(up?.label).toBe('Helpful');
  expect(down?.label).toBe('Not helpful');
  return { up: up!.custom_id, down: down!.custom_id };
};

const guildEntries = () => bot.store.askLog.listRecent({ guildId: emu.guildId(), limit: 100 });

describe('GIVEN an /ask answer in a server', () => {
  let answer: EmulatedMessage;

  it('WHEN alice asks THEN the answer carries 👍 Helpful and 👎 Not helpful, within Discord’s limits, and nothing is logged yet', async () => {
    answer = await slash('ask', { question: ARMY });
    expect(messageText(answer)).toContain('800,000');
    const { up, down } = rateButtons(answer);
    expect(up).toMatch(/^askvote:u:en:a:[a-z0-9-]+/);
    expect(down).toBe(up.replace('askvote:u:', 'askvote:d:'));
    const row = (answer.components as Array<{ components: Array<{ emoji?: { name?: string } }> }>).at(-1)!;
    expect(row.components.map((c) => c.emoji?.name)).toEqual(['👍', '👎']);
    expect(limitViolations({ embeds: answer.embeds as never, components: answer.components as never })).toEqual([]);
    expect(await guildEntries()).toEqual([]);
  });

  it('WHEN she clicks 👎 THEN a private thanks, the answer unchanged, and the question logged with what was answered — no user id', async () => {
    const before = JSON.stringify({ embeds: answer.embeds, components: answer.components });
    const reply = await click(answer, rateButtons(answer).down, 'alice');
    expect(reply).toEqual({ type: 4, ephemeral: true, content: 'Thanks! The question is logged so analysts can improve the briefing.' });
    expect(JSON.stringify({ embeds: emu.message(answer.id)!.embeds, components: emu.message(answer.id)!.components })).toBe(before);
    const [entry] = await guildEntries();
    const shownIds = rateButtons(answer).down.split(':')[4]!.split(',');
    expect(entry).toMatchObject({
      question: ARMY,
      language: 'en',
      status: 'answered',
      answerItemIds: shownIds,
      unhelpful: 1,
      helpful: 0,
      guildId: emu.guildId(),
      origin: 'discord',
    });
    expect(entry!.answerText).toEqual(expect.any(String));
    expect(JSON.stringify(entry)).not.toContain(emu.userId('alice'));
  });

  it('WHEN she clicks 👎 again THEN she is told she already rated it, and it is not counted twice', async () => {
    const reply = await click(answer, rateButtons(answer).down, 'alice');
    expect(reply).toMatchObject({ ephemeral: true, content: 'You have already rated this answer. Thanks!' });
    expect((await guildEntries())[0]).toMatchObject({ unhelpful: 1 });
  });

  it('WHEN the bot restarts THEN the old buttons still work: bob’s 👎 counts on the same entry', async () => {
    await bot.stop();
    bot = await startBot(emu, db.url);
    await emu.waitForBot();
    const reply = await click(answer, rateButtons(answer).down, 'bob');
    expect(reply).toMatchObject({
      type: 4,
      ephemeral: true,
      content: 'Thanks! The question is logged so analysts can improve the briefing.',
    });
    const entries = await guildEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ question: ARMY, unhelpful: 2 });
  });
});

describe('GIVEN a question the briefing does not cover, typed with Markdown and mentions', () => {
  let refused: EmulatedMessage;

  it('WHEN it is asked THEN it is logged at once, and its buttons point at that entry', async () => {
    refused = await slash('ask', { question: TYPED });
    expect((refused.embeds[0] as { title?: string }).title).toBe('The briefing does not cover this');
    const [entry] = await guildEntries();
    expect(entry).toMatchObject({ question: TYPED, status: 'not-covered', answerItemIds: [], helpful: 0, unhelpful: 0 });
    expect(rateButtons(refused)).toEqual({ up: `askvote:u:#${entry!.id}`, down: `askvote:d:#${entry!.id}` });
  });

  it('WHEN bob rates the refusal 👍 (right to refuse) THEN it is counted on that entry', async () => {
    const reply = await click(refused, rateButtons(refused).up, 'bob');
    expect(reply).toMatchObject({ ephemeral: true, content: 'Thanks for the feedback!' });
    expect((await guildEntries())[0]).toMatchObject({ question: TYPED, helpful: 1 });
  });
});

describe('GIVEN /ask-log', () => {
  it('WHEN alice (admin) runs it THEN privately, newest first, the refused and the 👎 questions, the typed Markdown and mentions escaped', async () => {
    const m = await slash('ask-log', {});
    expect(isEphemeral(m)).toBe(true);
    const fields = (m.embeds[0] as { fields: Array<{ name: string; value: string }> }).fields;
    expect(fields.map((f) => f.name.replace(/^#\d+ · /, ''))).toEqual(['Refused', '👎 2']);
    const typed = fields[0]!.value;
    expect(typed).toContain(
      'Q: who won the \\*\\*world cup\\*\\* \\<\\@111111111111111111\\> \\@everyone \\[click\\]\\(https\\://evil.example\\) \\~\\~now\\~\\~?',
    );
    expect(typed).not.toMatch(/(^|[^\\])<@1/);
    expect(typed).not.toContain('**world cup**');
    expect(typed).toMatch(/<t:\d+:F> · English · 👍 1 · 👎 0/);
    expect(fields[1]!.value).toContain(`Q: how big would ukraine's army be`);
    expect(fields[1]!.value).toMatch(/Answered with: `[a-z0-9-]+`/);
    expect(fields[1]!.value).toContain('👍 0 · 👎 2');
  });

  it('WHEN alice asks only for the 👎 ones THEN only those', async () => {
    const m = await slash('ask-log', { show: 'unhelpful' });
    const text = messageText(m);
    expect(text).toContain("how big would ukraine's army be");
    expect(text).not.toContain('world cup');
  });

  it('WHEN bob (no Manage Server) runs it THEN a friendly private refusal, and no log is shown', async () => {
    const m = await slash('ask-log', {}, 'bob');
    expect(isEphemeral(m)).toBe(true);
    const text = messageText(m);
    expect(text).toContain('Admins only');
    expect(text).toContain('Manage Server');
    expect(text).not.toContain('world cup');
  });

  it('WHEN there are more entries than fit on a page THEN the admin pages through them', async () => {
    for (let i = 1; i <= 20; i++) {
      await bot.store.askLog.record({
        question: `unanswered question number ${i}`,
        language: 'en',
        status: 'not-covered',
        answerItemIds: [],
        answerText: null,
        briefingId: 'maralago-2025-12-28',
        guildId: emu.guildId(),
        origin: 'discord',
      });
    }
    const m = await slash('ask-log', { limit: 22 });
    const pager = buttons(m);
    expect(pager.map((b) => b.label)).toEqual(['◀ Previous', expect.stringMatching(/^1\/\d+$/), 'Next ▶']);
    expect(messageText(m)).toContain('unanswered question number 20');
    const next = emu.clickButton({ message: m, customId: pager[2]!.custom_id, user: 'alice' });
    const page2 = await next.final();
    expect(messageText(page2)).toMatch(/Page 2\/\d+/);
    expect(messageText(page2)).not.toContain('unanswered question number 20');
  });
});

describe('GIVEN everything the bot sent in this file', () => {
  it('THEN every message body disabled mentions, and the emulator saw no request it did not know', () => {
    const checked = new Set(expectMentionsDisabled(emu, 10));
    expect(checked).toContain('callback 4');
    expect(emu.unknownRequests).toEqual([]);
  });
});
