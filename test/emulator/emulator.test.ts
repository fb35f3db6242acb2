import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DiscordEmulator, validateCommandDefinitions } from './index.ts';

const COMMANDS = [
  { name: 'ping', description: 'Replies pong' },
  { name: 'slow', description: 'Defers, then edits' },
  { name: 'multi', description: 'Reply plus follow-up' },
  { name: 'menu', description: 'Shows a button' },
  { name: 'file', description: 'Replies with an attachment' },
  { name: 'late', description: 'Answers after the 3 s deadline' },
  {
    name: 'search',
    description: 'Search topics',
    options: [{ type: 3, name: 'topic', description: 'Topic', required: true, autocomplete: true }],
  },
];

const lateErrors: unknown[] = [];
const TOPICS = ['inflation', 'interest rates', 'industry', 'energy'];

async function handle(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused().toLowerCase();
    await interaction.respond(TOPICS.filter((t) => t.startsWith(typed)).map((t) => ({ name: t, value: t })));
    return;
  }
  if (interaction.isButton()) {
    await interaction.update({ content: `clicked ${interaction.customId} (${interaction.locale})`, components: [] });
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  switch (interaction.commandName) {
    case 'ping':
      await interaction.reply({ content: `pong ${interaction.locale} ${interaction.memberPermissions?.has('Administrator')}` });
      return;
    case 'slow':
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await sleep(200);
      await interaction.editReply('done thinking');
      return;
    case 'multi':
      await interaction.reply('first');
      await interaction.followUp({ content: 'second', flags: MessageFlags.Ephemeral });
      return;
    case 'file':
      await interaction.reply({ content: 'see file', files: [{ attachment: Buffer.from('a,b\n1,2\n'), name: 'data.csv' }] });
      return;
    case 'late':
      await sleep(3300);
      await interaction.reply('too late').catch((e: unknown) => lateErrors.push(e));
      return;
    case 'menu': {
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId('approve').setLabel('Approve').setStyle(ButtonStyle.Success),
      );
      await interaction.reply({ content: 'choose', components: [row] });
      return;
    }
  }
}

describe('DiscordEmulator with a real discord.js client', () => {
  let emu: DiscordEmulator;
  let client: Client;
  const errors: unknown[] = [];

  beforeAll(async () => {
    emu = await DiscordEmulator.start({ heartbeatIntervalMs: 1000 });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: emu.apiUrl } });
    client.on(Events.InteractionCreate, (i) => void handle(i).catch((e: unknown) => errors.push(e)));
    const ready = once(client, Events.ClientReady);
    await client.login(emu.token);
    await ready;
    await client.application!.commands.set(COMMANDS);
  });

  afterAll(async () => {
    await client?.destroy();
    await emu?.stop();
  });

  it('logs in: READY, guild with channels and roles in cache, commands registered', async () => {
    expect(client.user?.id).toBe(emu.botUserId);
    expect(client.application?.id).toBe(emu.applicationId);
    const guild = client.guilds.cache.get(emu.guildId());
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.map((c) => c.name).sort()).toEqual(['briefings', 'general']);
    expect(guild?.roles.everyone.id).toBe(guild?.id);
    expect(guild?.members.me?.id).toBe(emu.botUserId);
    expect(emu.stats().gateway.identifies).toBe(1);
    expect(emu.registeredCommands().map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    expect(emu.registeredCommands()[0]?.id).toMatch(/^\d{18,19}$/);
    expect(emu.requestsTo('GET', '/gateway/bot')[0]?.headers.authorization).toBe(`Bot ${emu.token}`);
    await expect(emu.waitForRequest('PUT', `/applications/${emu.applicationId}/commands`, 100)).resolves.toMatchObject({ status: 200 });
    expect(emu.unknownRequests).toEqual([]);
  });

  it('reply: callback type 4 with the content', async () => {
    // alice (the default user) owns the guild; bob is a plain member.
    const h = emu.sendChatInput({ name: 'ping', user: 'bob', locale: 'de' });
    expect(h.payload).toMatchObject({ type: 2, version: 1, context: 0, entitlements: [], locale: 'de' });
    expect(h.id).toMatch(/^\d{18,19}$/);
    const cb = await h.reply();
    expect(cb.type).toBe(4);
    expect(cb.data?.content).toBe('pong de false');
    const msg = await h.final();
    expect(msg).toMatchObject({ content: 'pong de false', type: 20, channel_id: emu.channelId('general') });
    expect(emu.requestsTo('POST', /\/interactions\/\d+\/.+\/callback/)[0]?.query.with_response).toBe('false');
  });

  it('defer + editReply: final() returns the edited @original', async () => {
    const h = emu.sendChatInput({ name: 'slow' });
    expect((await h.reply()).type).toBe(5);
    const msg = await h.final();
    expect(msg.content).toBe('done thinking');
    expect(msg.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(msg.flags & MessageFlags.Loading).toBeFalsy();
    expect(emu.requestsTo('PATCH', /\/messages\/@original$/)).toHaveLength(1);
  });

  it('followUp creates a second (ephemeral) message', async () => {
    const h = emu.sendChatInput({ name: 'multi' });
    const f = await h.waitForFollowUp((m) => m.content === 'second');
    expect(f.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect((await h.final()).content).toBe('first');
  });

  it('multipart replies become attachments; DM interactions work', async () => {
    const msg = await emu.sendChatInput({ name: 'file' }).final();
    expect(msg.attachments).toMatchObject([{ filename: 'data.csv', size: 8, content_type: 'text/csv; charset=utf-8' }]);
    const callback = emu.requestsTo('POST', /\/callback$/).at(-1);
    expect(callback?.files[0]?.data.toString()).toBe('a,b\n1,2\n');
    const dm = await emu.sendChatInput({ name: 'ping', guildId: null }).final();
    expect(dm.content).toBe('pong en-US undefined');
    expect(emu.channelMessages(dm.channel_id)).toHaveLength(1);
  });

  it('answering after 3 s fails with 10062 Unknown interaction', async () => {
    const h = emu.sendChatInput({ name: 'late' });
    await expect(h.reply(5000)).rejects.toThrow(/404 \(code 10062\)/);
    await vi.waitFor(() => expect(lateErrors).toHaveLength(1));
    expect((lateErrors[0] as DiscordAPIError).code).toBe(10062);
  });

  it('autocomplete returns the choices', async () => {
    const choices = await emu.sendAutocomplete({ name: 'search', focused: 'topic', options: { topic: 'in' } });
    expect(choices.map((c) => c.value)).toEqual(['inflation', 'interest rates', 'industry']);
  });

  it('button click: update replaces the message', async () => {
    const menu = await emu.sendChatInput({ name: 'menu' }).final();
    const click = emu.clickButton({ message: menu, customId: 'approve', locale: 'fr' });
    expect(click.payload).toMatchObject({ type: 3, data: { custom_id: 'approve', component_type: 2 } });
    expect((await click.reply()).type).toBe(7);
    const updated = await click.final();
    expect(updated.id).toBe(menu.id);
    expect(updated.content).toBe('clicked approve (fr)');
    expect(updated.components).toEqual([]);
  });

  it('nonce + enforce_nonce de-duplicates channel messages', async () => {
    const channel = (await client.channels.fetch(emu.channelId('briefings'))) as TextChannel;
    const a = await channel.send({ content: 'daily briefing', nonce: 'brief-1', enforceNonce: true });
    const b = await channel.send({ content: 'daily briefing', nonce: 'brief-1', enforceNonce: true });
    expect(b.id).toBe(a.id);
    expect(emu.channelMessages('briefings').map((m) => m.content)).toEqual(['daily briefing']);
    const posts = emu.requestsTo('POST', `/channels/${channel.id}/messages`);
    expect(posts).toHaveLength(2);
    expect(posts[0]?.body).toMatchObject({ nonce: 'brief-1', enforce_nonce: true });
  });

  it('route and global 429s are waited out by the REST queue', async () => {
    const channel = client.channels.cache.get(emu.channelId('general')) as TextChannel;
    const before = emu.stats();
    emu.injectFault({ route: '/channels/:id/messages', method: 'POST', kind: '429-route', retryAfter: 0.3 });
    await channel.send('after route limit');
    emu.injectFault({ route: /^\/channels\/\d+\/messages$/, kind: '429-global', retryAfter: 1 });
    const t0 = Date.now();
    await channel.send('after global limit');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    expect(emu.stats().injected429 - before.injected429).toBe(2);
    expect(emu.channelMessages('general').filter((m) => m.content.startsWith('after ')).length).toBe(2);
  });

  it('5xx is retried; 403 surfaces as DiscordAPIError 50001', async () => {
    const channel = client.channels.cache.get(emu.channelId('general')) as TextChannel;
    emu.injectFault({ route: /messages$/, method: 'POST', kind: '500' });
    await channel.send('survived a 500');
    emu.injectFault({ route: /messages$/, method: 'POST', kind: '403' });
    const err = await channel.send('denied').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect((err as DiscordAPIError).code).toBe(50001);
  });

  it('real limits: per-channel bucket headers and the global 50/s limit', async () => {
    const auth = { authorization: `Bot ${emu.token}`, 'content-type': 'application/json' };
    const url = `${emu.apiUrl}/v10/channels/${emu.addChannel('Test Guild', { name: 'raw' })}/messages`;
    const first = await fetch(url, { method: 'POST', headers: auth, body: JSON.stringify({ content: 'raw' }) });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe('5');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('4');
    expect(first.headers.get('x-ratelimit-bucket')).toMatch(/^[0-9a-f]{32}$/);
    await sleep(1100); // fresh global window
    const statuses = await Promise.all(
      Array.from({ length: 60 }, () =>
        fetch(`${emu.apiUrl}/v10/users/@me`, { headers: auth }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { global?: boolean },
          global: r.headers.get('x-ratelimit-global'),
        })),
      ),
    );
    // /users/@me has its own 10/s bucket, so most 429s are route-scoped; requests past 50/s get the global one.
    const global = statuses.filter((s) => s.status === 429 && s.global === 'true');
    expect(global.length).toBeGreaterThanOrEqual(1);
    expect(global[0]?.body).toMatchObject({ global: true, message: 'You are being rate limited.' });
    expect(statuses.filter((s) => s.status === 429 && s.body.global === false).length).toBeGreaterThan(0);
    const unauth = await fetch(`${emu.apiUrl}/v10/users/@me`);
    expect(unauth.status).toBe(401);
    const unknown = await fetch(`${emu.apiUrl}/v10/does/not/exist`, { headers: auth });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(emu.unknownRequests.map((r) => r.path)).toEqual(['/does/not/exist']);
    await sleep(1100);
  });

  it('gateway drop: the client resumes and gets events missed while down', async () => {
    const identifies = emu.stats().gateway.identifies;
    expect(await emu.dropGateway()).toBe('resumed');
    // Events dispatched while the socket is down are replayed on RESUME.
    const pending = emu.dropGateway({ mode: 'terminate' });
    const h = emu.sendChatInput({ name: 'ping' });
    expect(await pending).toBe('resumed');
    expect((await h.final()).content).toContain('pong');
    const stats = emu.stats().gateway;
    expect(stats.resumes).toBeGreaterThanOrEqual(2);
    expect(stats.identifies).toBe(identifies);
  });

  it('rejects invalid command definitions with 400 / 50035', async () => {
    const bad = [{ name: 'Bad Name', description: '' }];
    const err = await client.application!.commands.set(bad as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect((err as DiscordAPIError).status).toBe(400);
    expect((err as DiscordAPIError).code).toBe(50035);
    expect(emu.registeredCommands()).toHaveLength(COMMANDS.length);
    const guildCmds = await client.application!.commands.set([{ name: 'local', description: 'Guild only' }], emu.guildId());
    expect(guildCmds.first()?.guildId).toBe(emu.guildId());
    expect(emu.registeredCommands(emu.guildId()).map((c) => c.name)).toEqual(['local']);
  });

  it('validateCommandDefinitions covers the documented rules', () => {
    expect(validateCommandDefinitions(COMMANDS)).toEqual([]);
    const problems = validateCommandDefinitions([
      { name: 'UPPER', description: 'x' },
      {
        name: 'opts',
        description: 'x',
        options: [
          { type: 3, name: 'a', description: 'a' },
          { type: 3, name: 'b', description: 'b', required: true },
        ],
      },
      { name: 'loc', description: 'x', name_localizations: { xx: 'nope', de: 'Groß' } },
      {
        name: 'mix',
        description: 'x',
        options: [
          { type: 1, name: 's', description: 's' },
          { type: 3, name: 'v', description: 'v' },
        ],
      },
      {
        name: 'choices',
        description: 'x',
        options: [
          { type: 3, name: 'c', description: 'c', choices: Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: `v${i}` })) },
        ],
      },
      {
        name: 'big',
        description: 'x',
        options: Array.from({ length: 25 }, (_, i) => ({
          type: 3,
          name: `o${i}`,
          description: 'd'.repeat(100),
          choices: Array.from({ length: 25 }, (_, j) => ({ name: `c${j}`, value: 'v'.repeat(100) })),
        })),
      },
      { name: 'thai_ไทย', description: 'ok' },
    ]);
    expect(problems.some((p) => p.startsWith('0.name:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('1.options.1.required:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('2.name_localizations.xx:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('2.name_localizations.de:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('3.options:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('4.options.0.choices:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('5:') && p.includes('maximum size'))).toBe(true);
    expect(problems.some((p) => p.startsWith('6'))).toBe(false);
  });

  it('no unexpected routes and no handler errors', () => {
    expect(emu.unknownRequests.map((r) => r.path)).toEqual(['/does/not/exist']);
    expect(errors).toEqual([]);
  });
});
