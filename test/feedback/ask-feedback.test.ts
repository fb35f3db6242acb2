/**
 * The feedback loop below Discord: /ask logs refused and unsure questions (with no user id), votes are
 * recorded on the right entry, and /ask-log shows them to admins with user text escaped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import type { CommandServices } from '../../src/bot/command.ts';
import { runCommand } from '../../src/bot/dispatch.ts';
import { parseConfig } from '../../src/config.ts';
import { parseCommandLine } from '../../src/console/parse-command-line.ts';
import { recordVote } from '../../src/feedback/ask-feedback.ts';
import { questionShown } from '../../src/discord/question-shown.ts';
import { askLogView } from '../../src/feedback/ask-log-view.ts';
import { silentLogger } from '../../src/log.ts';
import type { QaResult } from '../../src/qa/engine.ts';
import { renderConsole } from '../../src/render/console-render.ts';
import { renderEmbedPages } from '../../src/render/discord-render.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { loggedEntry } from '../helpers/ask-log.ts';

const GUILD = '200000000000000002';
const MANAGE_GUILD = 1n << 5n;
let dir: string;
let store: Store;
let app: App;

async function appWith(extra: Partial<CommandServices>): Promise<App> {
  return createApp(parseConfig({}), silentLogger, extra);
}

async function run(
  a: App,
  name: string,
  words: string[],
  who: { console?: boolean; permissions?: bigint | null; guildId?: string | null; locale?: string } = {},
) {
  const command = a.commands.get(name)!;
  const ctx = a.context({
    locale: who.locale ?? 'en-US',
    userId: '100000000000000001',
    guildId: who.guildId === undefined ? GUILD : who.guildId,
    channelId: '300000000000000003',
    memberPermissions: who.permissions ?? null,
    console: who.console ?? false,
  });
  return runCommand(command, ctx, parseCommandLine(command.data.toJSON(), words).options);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bb-feedback-'));
  store = await openStore(`file:${path.join(dir, 'bot.db')}`);
  app = await appWith({ askLog: { open: async () => store.askLog } });
});
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GIVEN /ask with the question log available', () => {
  it('WHEN a question is refused on Discord THEN it is logged with its guild and no user id, and the buttons point at that entry', async () => {
    const reply = await run(app, 'ask', ['who won the world cup']);
    expect(reply.view.title).toBe('The briefing does not cover this');
    expect(reply.feedback).toEqual({ kind: 'logged', entryId: expect.any(Number) });
    const entry = await loggedEntry(store.askLog, (reply.feedback as { entryId: number }).entryId);
    expect(entry).toMatchObject({
      question: 'who won the world cup',
      language: 'en',
      status: 'not-covered',
      answerItemIds: [],
      answerText: null,
      guildId: GUILD,
      origin: 'discord',
      briefingId: app.briefings.default.id,
    });
    expect(JSON.stringify(entry)).not.toContain('100000000000000001');
  });

  it('WHEN a question is answered THEN nothing is logged and the buttons carry the answer’s item ids', async () => {
    const before = (await store.askLog.listRecent({ limit: 1000 })).length;
    const expected = app.services.qa(app.briefings.default).ask("how big would ukraine's army be", { locale: 'en-US' });
    expect(expected.status).toBe('answered');
    const reply = await run(app, 'ask', ["how big would ukraine's army be"]);
    expect(reply.feedback).toEqual({ kind: 'answer', lang: 'en', status: 'answered', itemIds: expected.answers.map((a) => a.itemId) });
    expect((await store.askLog.listRecent({ limit: 1000 })).length).toBe(before);
  });

  it('WHEN the console refuses a question THEN it is logged without a guild, and the console shows no buttons', async () => {
    const reply = await run(app, 'ask', ['what will the weather be in Paris tomorrow'], { console: true, guildId: 'console' });
    expect(reply.feedback).toBeUndefined();
    const [latest] = await store.askLog.listRecent({ limit: 1 });
    expect(latest).toMatchObject({
      question: 'what will the weather be in Paris tomorrow',
      guildId: null,
      origin: 'console',
      status: 'not-covered',
    });
  });

  it('WHEN the engine is not sure THEN the question is logged with the candidates it showed', async () => {
    const unsure: QaResult = {
      question: '军队到底多少人',
      lang: 'zh',
      status: 'unsure',
      answered: false,
      answers: [
        {
          itemId: 'cand-one',
          text: '候选一',
          topic: 'army-size',
          topicTitle: '军队规模',
          citation: '§III(2)',
          nature: 'claim',
          by: '乌克兰',
          score: 1,
        },
        {
          itemId: 'cand-two',
          text: '候选二',
          topic: 'army-size',
          topicTitle: '军队规模',
          citation: '§III(2)',
          nature: 'reported',
          score: 0.5,
        },
      ],
      suggestions: [],
    };
    const fake = await appWith({ askLog: { open: async () => store.askLog }, qa: () => ({ ask: () => unsure }) });
    const reply = await run(fake, 'ask', ['军队到底多少人'], { locale: 'zh-CN' });
    const entry = await loggedEntry(store.askLog, (reply.feedback as { entryId: number }).entryId);
    expect(entry).toMatchObject({
      question: '军队到底多少人',
      language: 'zh',
      status: 'unsure',
      answerItemIds: ['cand-one', 'cand-two'],
      answerText: '候选一',
    });
  });

  it('WHEN the log cannot be written THEN the user still gets the answer, and the failure is reported', async () => {
    const warnings: string[] = [];
    const log = { ...silentLogger, warn: (_o: object, msg?: string) => void warnings.push(msg ?? '') } as unknown as typeof silentLogger;
    const broken = await createApp(parseConfig({}), log, { askLog: { open: async () => Promise.reject(new Error('database is down')) } });
    const reply = await run(broken, 'ask', ['who won the world cup']);
    expect(reply.failed).toBeFalsy();
    expect(reply.view.title).toBe('The briefing does not cover this');
    expect(reply.feedback).toEqual({ kind: 'answer', lang: 'en', status: 'not-covered', itemIds: [] });
    expect(warnings).toEqual(['could not log the question for analysts']);
  });
});

describe('GIVEN 👍/👎 on an answer', () => {
  const title = 'Q: how big is the **army**';

  it('THEN the question is read back from the answer as shown (unescaped), or from a “not sure” reply', () => {
    expect(questionShown({ title })).toBe('how big is the **army**');
    expect(questionShown({ title: '问: 军队多大' })).toBe('军队多大');
    expect(questionShown({ title: 'Q: why \\*this\\*' })).toBe('why *this*');
    expect(questionShown({ title: 'Not sure: …', description: '“how old is rubio”: these are the closest facts' })).toBe(
      'how old is rubio',
    );
    expect(questionShown({ title: 'Territory' })).toBeUndefined();
  });

  it('THEN a 👎 logs an answered question once per message, counting later 👎 on it; a 👍 keeps nothing', async () => {
    const b = app.briefings.default;
    const result = app.services.qa(b).ask("how big would ukraine's army be", { locale: 'en-US' });
    const target = {
      kind: 'answer' as const,
      lang: 'en' as const,
      status: 'answered' as const,
      itemIds: result.answers.map((a) => a.itemId),
    };
    const base = {
      target,
      messageId: 'msg-army',
      shownQuestion: "how big would ukraine's army be",
      guildId: GUILD,
      now: new Date('2026-01-05T10:00:00Z'),
    };
    const before = (await store.askLog.listRecent({ limit: 1000 })).length;
    expect(await recordVote(store.askLog, app.briefings, { ...base, vote: 'up' })).toBe('noted');
    expect((await store.askLog.listRecent({ limit: 1000 })).length).toBe(before);
    expect(await recordVote(store.askLog, app.briefings, { ...base, vote: 'down' })).toBe('logged');
    expect(await recordVote(store.askLog, app.briefings, { ...base, vote: 'down' })).toBe('logged');
    const [entry] = await store.askLog.listRecent({ filter: 'unhelpful', limit: 1 });
    const firstItem = (await import('../../src/briefing/items.ts')).briefingItems(b).find((i) => i.id === target.itemIds[0])!;
    expect(entry).toMatchObject({
      question: "how big would ukraine's army be",
      status: 'answered',
      unhelpful: 2,
      helpful: 0,
      answerItemIds: target.itemIds,
      answerText: firstItem.text.en,
      briefingId: b.id,
      guildId: GUILD,
    });
  });

  it('THEN a vote on a logged entry counts there, and one on a vanished entry is only thanked', async () => {
    const e = await store.askLog.record({
      question: 'q',
      language: 'en',
      status: 'unsure',
      answerItemIds: [],
      answerText: null,
      briefingId: 'b',
      guildId: GUILD,
      origin: 'discord',
    });
    const vote = (v: 'up' | 'down', entryId: number) =>
      recordVote(store.askLog, app.briefings, {
        vote: v,
        target: { kind: 'logged', entryId },
        messageId: 'm',
        shownQuestion: undefined,
        guildId: GUILD,
        now: new Date(),
      });
    expect(await vote('up', e.id)).toBe('counted');
    expect(await vote('down', e.id)).toBe('counted');
    expect(await loggedEntry(store.askLog, e.id)).toMatchObject({ helpful: 1, unhelpful: 1 });
    expect(await vote('down', 987_654_321)).toBe('noted');
  });
});

describe('GIVEN /ask-log', () => {
  it('WHEN a member without Manage Server runs it THEN a friendly refusal; outside a server too', async () => {
    const member = await run(app, 'ask-log', [], { permissions: 0n });
    expect(member).toMatchObject({ ephemeral: true, failed: true });
    expect(member.view.title).toBe('Admins only');
    expect(member.view.headline).toContain('Manage Server');
    const dm = await run(app, 'ask-log', [], { guildId: null, permissions: MANAGE_GUILD });
    expect(dm.view.title).toBe('Servers only');
    const noDb = await run(await appWith({}), 'ask-log', [], { permissions: MANAGE_GUILD });
    expect(noDb.view.title).toBe('Question log unavailable');
  });

  it('WHEN an admin runs it THEN their server’s entries, newest first, with the user’s Markdown and mentions escaped', async () => {
    const typed = 'is **this** <@123456789012345678> @everyone [covered](https://evil.example)?';
    await run(app, 'ask', [typed]);
    const reply = await run(app, 'ask-log', ['--limit', '3'], { permissions: MANAGE_GUILD });
    expect(reply.ephemeral).toBe(true);
    const [page] = renderEmbedPages(reply.view);
    const first = page!.fields![0]!;
    expect(first.name).toMatch(/^#\d+ · Refused$/);
    expect(first.value).toContain('is \\*\\*this\\*\\* \\<\\@123456789012345678\\> \\@everyone \\[covered\\]\\(https\\://evil.example\\)?');
    expect(first.value).not.toContain('**this**');
    expect(first.value).not.toMatch(/(^|[^\\])<@/);
    expect(first.value).toMatch(/<t:\d+:F> · English · 👍 0 · 👎 0/);
    expect(reply.view.blocks).toHaveLength(3);
    // Only this server's entries: the console's weather question is not among them.
    const all = await run(app, 'ask-log', ['--limit', '100'], { permissions: MANAGE_GUILD });
    expect(renderConsole(all.view)).not.toContain('weather');
  });

  it('WHEN run in the console THEN every server’s and the console’s entries, as typed, with where each was asked', async () => {
    const reply = await run(app, 'ask-log', ['--show', 'not-covered', '--limit', '100'], { console: true, guildId: 'console' });
    const text = renderConsole(reply.view);
    expect(text).toContain('Q: is **this** <@123456789012345678> @everyone [covered](https://evil.example)?');
    expect(text).toContain('Q: what will the weather be in Paris tomorrow');
    expect(text).toMatch(/· console/);
    expect(text).toContain(`server ${GUILD}`);
    expect(text).not.toContain('军队到底多少人'); // unsure, filtered out
  });

  it('WHEN there is nothing to show THEN it says so plainly, in Chinese too', () => {
    expect(askLogView([], { lang: 'en', filter: 'unsure', everywhere: false }).headline).toBe(
      'No /ask question has been “not sure” here so far.',
    );
    expect(askLogView([], { lang: 'zh', filter: 'all', everywhere: false }).title).toBe('暂无记录的提问');
  });
});
