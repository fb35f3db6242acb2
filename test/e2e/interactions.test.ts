/**
 * End to end: the real bot (`start()` from src/runtime.ts, Discord mode) against the local Discord
 * emulator — slash commands, autocomplete, the pager and gateway reconnects, asserted on what a user sees.
 */
import { describe, expect, it } from 'vitest';
import type { Running } from '../../src/runtime.ts';
import type { DiscordEmulator, EmulatedMessage } from '../emulator/index.ts';
import { buttons, expectMentionsDisabled, isEphemeral, messageText, withBotAgainstEmulator } from './harness.ts';

let emu: DiscordEmulator;
let bot: Running | undefined;
withBotAgainstEmulator('interactions', (started) => ({ emu, bot } = started));

const embedOf = (m: EmulatedMessage) => (m.embeds[0] ?? {}) as { title?: string; footer?: { text?: string } };

async function command(
  name: string,
  options: Record<string, string>,
  opts: { user?: string; locale?: string } = {},
): Promise<EmulatedMessage> {
  return emu.sendChatInput({ name, options, user: opts.user ?? 'alice', locale: opts.locale ?? 'en-US' }).final();
}

describe('GIVEN the bot logged in to the emulator', () => {
  it('THEN it identified once over the gateway and is ready to serve', async () => {
    await emu.waitForBot();
    expect(emu.stats().gateway.identifies).toBe(1);
    expect(emu.requestsTo('GET', '/gateway/bot').length).toBeGreaterThanOrEqual(1);
    // Commands are never registered on start-up (Discord rate-limits it): only our own registration.
    expect(emu.commands.overwrites).toHaveLength(1);
  });

  it('WHEN /brief topic:territory in en-US THEN an English public reply with citations and the as-of date', async () => {
    const h = emu.sendChatInput({ name: 'brief', options: { topic: 'territory' }, user: 'alice', locale: 'en-US' });
    const reply = await h.reply();
    expect([4, 5]).toContain(reply.type);
    const m = await h.final();
    expect(isEphemeral(m)).toBe(false);
    expect(embedOf(m).title).toBe('Territory');
    const text = messageText(m);
    expect(text).toContain('§III(1)');
    expect(text).toMatch(/\*claim: [^*]+\*/); // statements are labelled with their nature
    expect(embedOf(m).footer?.text).toContain('As of');
    expect(text).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });

  it('WHEN /brief topic:territory in zh-CN THEN the same topic in Chinese with 截至', async () => {
    const m = await command('brief', { topic: 'territory' }, { locale: 'zh-CN' });
    expect(embedOf(m).title).toBe('领土问题');
    const text = messageText(m);
    expect(text).toContain('§III(1)');
    expect(embedOf(m).footer?.text).toContain('截至');
    expect(text).not.toContain('As of');
  });

  it('WHEN typing a /brief topic THEN autocomplete offers at most 25 choices and finds 核电 → nuclear-plant', async () => {
    const all = await emu.sendAutocomplete({ name: 'brief', options: { topic: '' }, focused: 'topic', user: 'alice' });
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(25);
    const zh = (await emu.sendAutocomplete({
      name: 'brief',
      options: { topic: '核电' },
      focused: 'topic',
      user: 'alice',
      locale: 'zh-CN',
    })) as Array<{ name: string; value: string }>;
    expect(zh.length).toBeLessThanOrEqual(25);
    expect(zh[0]?.value).toBe('nuclear-plant');
    for (const c of zh) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('WHEN /actor name:Nubio (the source’s garbled spelling) THEN Marco Rubio', async () => {
    const m = await command('actor', { name: 'Nubio' });
    expect(embedOf(m).title).toBe('Marco Rubio');
    expect(messageText(m)).toContain('Nubio');
  });

  it('WHEN /plan view:compare THEN both plans side by side, topic by topic, with citations', async () => {
    const m = await command('plan', { view: 'compare' });
    expect(embedOf(m).title).toBe('28-point plan vs 20-point plan');
    const text = messageText(m);
    expect(text).toMatch(/\*\*28-point plan\*\*/);
    expect(text).toMatch(/\*\*20-point plan\*\*/);
    expect(text).toMatch(/§II\(\d\)/);
  });

  it('WHEN a reply has several pages THEN its author pages forward, and another user is refused privately with the message unchanged', async () => {
    // /plan view:compare fits on one page with today's briefing (7 topics, ~2,200 characters, under the
    // 8-field page budget), so take the first multi-page reply among the plan views, compare first.
    let m: EmulatedMessage | undefined;
    for (const view of ['compare', '20-point', '28-point']) {
      const candidate = await command('plan', { view });
      if (buttons(candidate).length > 0) {
        m = candidate;
        break;
      }
    }
    if (!m) m = await command('brief', { topic: 'risks' });
    const first = buttons(m);
    expect(first.map((b) => b.disabled)).toEqual([true, true, false]); // ◀ Previous, 1/N, Next ▶
    expect(first[0]!.label).toContain('Previous');
    expect(first[2]!.label).toContain('Next');
    const pages = Number(/^1\/(\d+)$/.exec(first[1]!.label)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(embedOf(m).footer?.text).toContain(`Page 1/${pages}`);

    const next = emu.clickButton({ message: m, customId: first[2]!.custom_id, user: 'alice' });
    expect((await next.reply()).type).toBe(7); // UPDATE_MESSAGE: the same message turns its page
    const page2 = await next.final();
    expect(page2.id).toBe(m.id);
    expect(embedOf(page2).footer?.text).toContain(`Page 2/${pages}`);
    expect(buttons(page2)[0]!.disabled).toBe(false);
    expect(buttons(page2)[1]!.label).toBe(`2/${pages}`);

    const before = JSON.stringify({ embeds: page2.embeds, components: page2.components });
    const intruder = emu.clickButton({
      message: page2,
      customId: buttons(page2)[2]?.disabled ? buttons(page2)[0]!.custom_id : buttons(page2)[2]!.custom_id,
      user: 'bob',
    });
    const refusal = await intruder.reply();
    expect(refusal.type).toBe(4);
    const data = refusal.data as { content?: string; flags?: number };
    expect((data.flags ?? 0) & 64).toBe(64);
    expect(data.content).toContain('Only the person who ran this command');
    const after = emu.message(m.id)!;
    expect(JSON.stringify({ embeds: after.embeds, components: after.components })).toBe(before);
  });

  it('WHEN /ask in English THEN an answer with citations', async () => {
    const m = await command('ask', { question: "how big would ukraine's army be" });
    const text = messageText(m);
    expect(text).toContain('800,000');
    expect(text).toContain('§III(2)');
    expect(text).not.toContain('does not cover');
  });

  it('WHEN /ask in Chinese THEN a Chinese answer with citations', async () => {
    const m = await command('ask', { question: '乌克兰军队规模多大' }, { locale: 'zh-CN' });
    const text = messageText(m);
    expect(text).toContain('80万');
    expect(text).toContain('§III(2)');
  });

  it('WHEN /ask is out of scope THEN the plain “does not cover” answer', async () => {
    const m = await command('ask', { question: 'what will the weather be in Paris tomorrow' });
    expect(embedOf(m).title).toBe('The briefing does not cover this');
    expect(messageText(m)).not.toMatch(/§[IVX]+\(/);
  });
});

describe('GIVEN the gateway connection drops', () => {
  it('WHEN it is closed with a resumable code THEN the bot resumes and serves the next interaction', async () => {
    const before = emu.stats().gateway;
    expect(await emu.dropGateway({ mode: 'close', timeoutMs: 15_000 })).toBe('resumed');
    expect(emu.stats().gateway.resumes).toBe(before.resumes + 1);
    const m = await command('actor', { name: 'rubio' });
    expect(embedOf(m).title).toBe('Marco Rubio');
  });

  it('WHEN the socket dies without a close frame THEN the bot reconnects and serves the next interaction', async () => {
    const outcome = await emu.dropGateway({ mode: 'terminate', timeoutMs: 20_000 });
    expect(outcome === 'resumed' || outcome === 'identified').toBe(true);
    const m = await command('brief', { topic: 'territory' });
    expect(embedOf(m).title).toBe('Territory');
  });

  it('WHEN the session is invalidated THEN the bot identifies again and serves the next interaction', async () => {
    const identifies = emu.stats().gateway.identifies;
    expect(await emu.dropGateway({ mode: 'invalid-session', timeoutMs: 20_000 })).toBe('identified');
    expect(emu.stats().gateway.identifies).toBe(identifies + 1);
    const m = await command('ask', { question: 'who drafted the 28-point plan' });
    expect(m.embeds.length).toBeGreaterThan(0);
  });
});

describe('GIVEN everything the bot sent in this file', () => {
  it('THEN every message body disabled mentions (allowed_mentions: { parse: [] })', () => {
    const checked = new Set(expectMentionsDisabled(emu, 10));
    // Replies, page turns and the private refusal were all among them.
    expect(checked).toContain('callback 4');
    expect(checked).toContain('callback 7');
    expect(emu.unknownRequests).toEqual([]);
  });
});
