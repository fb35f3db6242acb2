/**
 * End to end: /digest and the digest scheduler of the real bot (`start()` from src/runtime.ts) against
 * the local Discord emulator, including REST faults on POST /channels/{id}/messages.
 *
 * Making a run due, deterministically and without waiting for the wall clock: a subscription's
 * watermark (`last_fire_checked_at`) says which fire times were already handled. We give the
 * subscription a daily cron for the *current* UTC minute and set its watermark to 1 ms before that
 * minute started (`subscriptions.update(id, { schedule }, { now })` does exactly that, as when an admin
 * reschedules), then call the bot's own `running.scheduler.tick()`. That tick finds exactly one fire
 * time — the start of this minute, seconds ago and well inside the grace window — and posts it, on the
 * real clock, through the bot's real discord.js REST client. The scheduler's own minute timer may tick
 * concurrently; that is harmless (its next fire is a day away, and deliveries are exactly-once per
 * subscription and fire time), which is why the tests wait for the message in the channel instead of
 * relying on which tick posted it.
 */
import { describe, expect, it } from 'vitest';
import type { Running } from '../../src/runtime.ts';
import { nonceFor, scheduledKey } from '../../src/scheduler/delivery-key.ts';
import type { Subscription } from '../../src/store/index.ts';
import type { DiscordEmulator, EmulatedMessage, RecordedRequest } from '../emulator/index.ts';
import { currentMinute, eventually, expectMentionsDisabled, isEphemeral, messageText, withBotAgainstEmulator } from './harness.ts';

let emu: DiscordEmulator;
let bot: Running;
withBotAgainstEmulator('digest', (started) => ({ emu, bot } = started));

async function digest(
  subcommand: string,
  options: Record<string, string | number> = {},
  user = 'alice',
): Promise<{ message: EmulatedMessage; text: string }> {
  const message = await emu.sendChatInput({ name: 'digest', subcommand, options, user, locale: 'en-US' }).final();
  return { message, text: messageText(message) };
}

/** The block `/digest list` shows for one subscription. */
async function listed(id: number): Promise<string> {
  const { message } = await digest('list');
  expect(isEphemeral(message)).toBe(true);
  const field = (message.embeds[0]?.fields as Array<{ name: string; value: string }> | undefined)?.find((f) => f.name === `#${id}`);
  expect(field, `#${id} in /digest list`).toBeDefined();
  return field!.value;
}

/** A daily time twelve hours away: a subscription that cannot fire by itself while these tests run. */
function farAway(): string {
  const h = (new Date().getUTCHours() + 12) % 24;
  return `daily ${String(h).padStart(2, '0')}:00`;
}

/**
 * Makes `sub` due now (see the comment at the top): returns the fire time the next tick will post.
 * Picks a minute this subscription has no delivery for yet, so a resumed subscription can run again.
 */
async function makeDue(subId: number): Promise<Date> {
  for (let minutesAgo = 0; minutesAgo < 5; minutesAgo++) {
    const { fire } = currentMinute(Date.now() - minutesAgo * 60_000);
    if (await bot.store.deliveries.get(scheduledKey(subId, fire))) continue;
    const cron = `${fire.getUTCMinutes()} ${fire.getUTCHours()} * * *`;
    const updated = await bot.store.subscriptions.update(subId, { schedule: cron }, { now: new Date(fire.getTime() - 1) });
    expect(updated?.status).toBe('active');
    return fire;
  }
  throw new Error('no free fire minute');
}

/** A new active subscription posting to a new channel of its own (each fault scenario gets a fresh rate-limit bucket). */
async function subscriptionInNewChannel(name: string): Promise<{ sub: Subscription; channelId: string; path: string }> {
  const channelId = emu.addChannel(emu.guildId(), { name });
  const sub = await bot.store.subscriptions.create({
    guildId: emu.guildId(),
    channelId,
    section: 'territory',
    schedule: '0 0 1 1 *',
    scheduleLabel: 'yearly',
    timezone: 'UTC',
    language: 'en',
    createdBy: emu.userId('alice'),
  });
  return { sub, channelId, path: `/channels/${channelId}/messages` };
}

const posts = (path: string): RecordedRequest[] => emu.requestsTo('POST', path);
const delivery = async (subId: number, fire: Date) => bot.store.deliveries.get(scheduledKey(subId, fire));

/** Runs due digests the way the minute timer does and waits until the one for `fire` is settled. */
async function runDue(subId: number, fire: Date): Promise<NonNullable<Awaited<ReturnType<typeof delivery>>>> {
  await bot.scheduler.tick();
  // Our tick may have joined (or followed) a timer tick that already handled the run; poll its row.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const d = await delivery(subId, fire);
    if (d && d.status !== 'pending') return d;
    if (Date.now() > deadline) throw new Error(`delivery ${scheduledKey(subId, fire)} still ${d?.status ?? 'absent'}`);
    await bot.scheduler.tick();
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('GIVEN an admin and a member without Manage Server', () => {
  let subId: number;
  const briefings = () => emu.channelId('briefings');

  it('WHEN the admin runs /digest subscribe THEN it is confirmed privately and stored', async () => {
    const { message, text } = await digest('subscribe', { channel: briefings(), section: 'territory', schedule: farAway() });
    expect(isEphemeral(message)).toBe(true);
    const id = /Subscribed: digest #(\d+)/.exec(text)?.[1];
    expect(id, text).toBeDefined();
    subId = Number(id);
    expect(text).toContain(`<#${briefings()}>`);
    const stored = await bot.store.subscriptions.get(subId);
    expect(stored).toMatchObject({
      guildId: emu.guildId(),
      channelId: briefings(),
      section: 'territory',
      status: 'active',
      createdBy: emu.userId('alice'),
    });
  });

  it('THEN /digest list shows it with its channel, section, schedule and status', async () => {
    const block = await listed(subId);
    expect(block).toContain(`<#${briefings()}>`);
    expect(block).toContain('Territory');
    expect(block).toContain(farAway());
    expect(block).toContain('active');
    expect(block).toMatch(/Next: <t:\d+:F>/);
  });

  it('WHEN bob (no Manage Server) runs /digest subscribe or list THEN he is refused and nothing is stored', async () => {
    const before = (await bot.store.subscriptions.listByGuild(emu.guildId())).length;
    const sub = await digest('subscribe', { channel: briefings(), section: 'risks', schedule: 'daily 09:00' }, 'bob');
    expect(isEphemeral(sub.message)).toBe(true);
    expect(sub.text).toContain('Admins only');
    expect(sub.text).toContain('Manage Server');
    const list = await digest('list', {}, 'bob');
    expect(list.text).toContain('Admins only');
    expect((await bot.store.subscriptions.listByGuild(emu.guildId())).length).toBe(before);
  });

  it('WHEN a forged /digest subscribe names a channel of another server the bot is in THEN it is refused and nothing is stored', async () => {
    const otherGuild = emu.addGuild({ name: 'Other Guild', ownerId: emu.userId('bob'), channels: [{ name: 'elsewhere' }] });
    const elsewhere = emu.channelId('elsewhere', otherGuild);
    const before = (await bot.store.subscriptions.listByGuild(emu.guildId())).length;
    const { message, text } = await digest('subscribe', { channel: elsewhere, section: 'risks', schedule: farAway() });
    expect(isEphemeral(message)).toBe(true);
    expect(text).toContain('Channel not reachable');
    expect((await bot.store.subscriptions.listByGuild(emu.guildId())).length).toBe(before);
    expect((await bot.store.subscriptions.listByChannel(elsewhere)).length).toBe(0);
  });

  it('WHEN the scheduled time comes THEN the digest is posted to the channel once, with mentions off and an enforced nonce', async () => {
    const fire = await makeDue(subId);
    const path = `/channels/${briefings()}/messages`;
    const d = await runDue(subId, fire);
    expect(d.status).toBe('delivered');

    const posted = await emu.waitForChannelMessage(briefings(), (m) => m.content.includes('Digest · Territory'), 5_000);
    expect(posted.content).toMatch(/^📰 \*\*Digest · Territory\*\*: .+ \(as of .+\)/);
    expect(posted.embeds.length).toBeGreaterThan(0);
    expect(posted.embeds[0]?.title).toBe('Territory');
    expect(messageText(posted)).toContain('§III(1)');
    expect(posted.type).toBe(0);
    expect(d.messageId).toBe(posted.id);

    const requests = posts(path);
    expect(requests).toHaveLength(1);
    const body = requests[0]!.body as Record<string, unknown>;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.nonce).toBe(nonceFor(scheduledKey(subId, fire)));
    expect(body.enforce_nonce).toBe(true);

    // Further ticks (the timer's, or ours) do not post it again.
    await bot.scheduler.tick();
    expect(emu.channelMessages(briefings())).toHaveLength(1);
    expect(posts(path)).toHaveLength(1);
    expect(await listed(subId)).toMatch(/Last delivered: <t:\d+:F>/);
  });
});

describe('GIVEN Discord answers POST /channels/{id}/messages with a fault', () => {
  it('WHEN it is rate limited on the route (429, Retry-After) THEN the bot waits it out and posts once', async () => {
    const { sub, channelId, path } = await subscriptionInNewChannel('rl-route');
    const fire = await makeDue(sub.id);
    emu.injectFault({ route: path, method: 'POST', kind: '429-route', retryAfter: 1 });
    const started = Date.now();
    const d = await runDue(sub.id, fire);
    expect(d.status).toBe('delivered');
    expect(posts(path).map((r) => r.status)).toEqual([429, 200]);
    expect(posts(path)[1]!.at - posts(path)[0]!.at).toBeGreaterThanOrEqual(900); // waited the Retry-After out
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(emu.channelMessages(channelId)).toHaveLength(1);
    expect(d.attempts).toBe(1); // the REST queue absorbed the 429: one scheduler attempt
  });

  it('WHEN it hits the global rate limit (429 global) THEN the bot waits it out and posts once', async () => {
    const { sub, channelId, path } = await subscriptionInNewChannel('rl-global');
    const fire = await makeDue(sub.id);
    emu.injectFault({ route: path, method: 'POST', kind: '429-global', retryAfter: 1 });
    const d = await runDue(sub.id, fire);
    expect(d.status).toBe('delivered');
    expect(posts(path).map((r) => r.status)).toEqual([429, 200]);
    expect(posts(path)[1]!.at - posts(path)[0]!.at).toBeGreaterThanOrEqual(900);
    expect(emu.channelMessages(channelId)).toHaveLength(1);
  });

  it('WHEN it fails with 500 twice THEN the digest is still posted exactly once', async () => {
    const { sub, channelId, path } = await subscriptionInNewChannel('flaky');
    const fire = await makeDue(sub.id);
    emu.injectFault({ route: path, method: 'POST', kind: '500', times: 2 });
    const d = await runDue(sub.id, fire);
    expect(d.status).toBe('delivered');
    expect(posts(path).map((r) => r.status)).toEqual([500, 500, 200]);
    // Every retry carried the same nonce, so even a 500 that had in fact posted could not duplicate it.
    expect(new Set(posts(path).map((r) => (r.body as { nonce?: string }).nonce)).size).toBe(1);
    expect(emu.channelMessages(channelId)).toHaveLength(1);
  });

  it('WHEN it is refused with 403 Missing Access THEN the subscription is disabled with the reason in /digest list, and /digest resume re-checks access', async () => {
    const { sub, channelId, path } = await subscriptionInNewChannel('locked');
    const fire = await makeDue(sub.id);
    emu.injectFault({ route: path, method: 'POST', kind: '403', code: 50001 });
    const d = await runDue(sub.id, fire);
    expect(d.status).toBe('failed');
    expect(posts(path).map((r) => r.status)).toEqual([403]); // not retried
    expect(emu.channelMessages(channelId)).toHaveLength(0);
    expect((await bot.store.subscriptions.get(sub.id))?.status).toBe('disabled');
    const block = await listed(sub.id);
    expect(block).toContain('disabled');
    expect(block).toContain('no access to the channel');
    expect(block).toContain('Missing Access');
    expect(block).toContain('50001');

    // While the bot really has no access (its role and @everyone lose View Channel), resume refuses.
    const guild = emu.store.guilds.get(emu.guildId())!;
    const roles = [...guild.roles.values()].filter((r) => r.id === guild.id || r.botId === emu.botUserId);
    const saved = roles.map((r) => r.permissions);
    const announce = () => {
      for (const r of roles) emu.dispatch('GUILD_ROLE_UPDATE', { guild_id: guild.id, role: emu.store.roleObject(r) });
    };
    for (const r of roles) r.permissions = 0n;
    announce();
    try {
      // The role updates and the interaction travel over the same gateway connection, in order.
      const refused = await digest('resume', { id: sub.id });
      expect(refused.text).toMatch(/Missing permissions in that channel|Channel not reachable/);
      expect((await bot.store.subscriptions.get(sub.id))?.status).toBe('disabled');
    } finally {
      roles.forEach((r, i) => (r.permissions = saved[i]!));
      announce();
    }

    // Access is back: resume re-checks, succeeds, and the next run is posted.
    const resumed = await digest('resume', { id: sub.id });
    expect(resumed.text).toContain(`Resumed #${sub.id}`);
    const after = await bot.store.subscriptions.get(sub.id);
    expect(after).toMatchObject({ status: 'active', disabledReason: null });
    const next = await makeDue(sub.id);
    expect((await runDue(sub.id, next)).status).toBe('delivered');
    expect(emu.channelMessages(channelId)).toHaveLength(1);
    expect(await listed(sub.id)).toContain('active');
  });

  it('WHEN the channel is reported unknown (404 / 10003) THEN the subscription is disabled with the reason, and resume re-enables it once the channel is reachable', async () => {
    const { sub, channelId, path } = await subscriptionInNewChannel('vanishing');
    const fire = await makeDue(sub.id);
    emu.injectFault({ route: path, method: 'POST', kind: '404', code: 10003 });
    const d = await runDue(sub.id, fire);
    expect(d.status).toBe('failed');
    expect(posts(path).map((r) => r.status)).toEqual([404]);
    const block = await listed(sub.id);
    expect(block).toContain('disabled');
    expect(block).toContain('channel not found');
    expect(block).toContain('Unknown Channel');
    expect(block).toContain('10003');

    const resumed = await digest('resume', { id: sub.id });
    expect(resumed.text).toContain(`Resumed #${sub.id}`);
    expect(await listed(sub.id)).not.toContain('reason');
    const next = await makeDue(sub.id);
    expect((await runDue(sub.id, next)).status).toBe('delivered');
    expect(emu.channelMessages(channelId)).toHaveLength(1);
  });
});

describe('GIVEN /digest send-now while Discord is slow to accept the post', () => {
  it('THEN the bot defers within the 3 s window, posts once, and its confirmation stays private', async () => {
    const { sub, channelId, path } = await subscriptionInNewChannel('slow');
    emu.injectFault({ route: path, method: 'POST', kind: 'slow', delayMs: 2_600 });
    const h = emu.sendChatInput({ name: 'digest', subcommand: 'send-now', options: { id: sub.id }, user: 'alice', locale: 'en-US' });
    const first = await h.reply();
    expect(first.type).toBe(5); // deferred: the answer was not ready within ~2 s
    // The answer may come as an edit of the deferred reply or as a follow-up; either way it must be private.
    const shown = () => [h.original(), ...h.followUps()].filter((m): m is EmulatedMessage => !!m && messageText(m).includes(`#${sub.id}`));
    await eventually(() => (shown().length > 0 ? true : undefined), 10_000, 'the send-now confirmation');
    await eventually(
      () => (h.original() && !isEphemeral(h.original()!) && messageText(h.original()) === '' ? undefined : true),
      5_000,
      'the public placeholder to go',
    );
    for (const m of shown()) expect(isEphemeral(m), messageText(m)).toBe(true);
    const placeholder = h.original();
    expect(placeholder === undefined || isEphemeral(placeholder), 'no public "thinking…" message is left behind').toBe(true);
    expect(messageText(shown().at(-1))).toContain(`Posted digest #${sub.id}`);
    const publicNotices = emu
      .channelMessages(emu.channelId('general'), { includeEphemeral: false })
      .filter((m) => messageText(m).includes(`#${sub.id}`));
    expect(publicNotices).toEqual([]);
    expect(emu.channelMessages(channelId)).toHaveLength(1);
    expect(posts(path)).toHaveLength(1);
  });
});

describe('GIVEN everything the bot sent in this file', () => {
  it('THEN every message body disabled mentions (allowed_mentions: { parse: [] })', () => {
    const checked = new Set(expectMentionsDisabled(emu, 10));
    // Command replies, scheduled posts and the deferred send-now's private answer (an edit of the
    // private deferral) were all among them.
    expect(checked).toContain('callback 4');
    expect(checked).toContain('POST /channels/:channel_id/messages');
    expect(
      [...checked].some((route) => route.startsWith('PATCH /webhooks/')),
      [...checked].join(', '),
    ).toBe(true);
    expect(emu.unknownRequests).toEqual([]);
  });
});
