import { CommandRegistry, type RegisteredCommand } from './commands.ts';
import { Gateway, type GatewayStats } from './gateway.ts';
import { HttpInteractionDelivery, type HttpDeliveryResult, type SignOptions } from './http-delivery.ts';
import { InteractionHandle } from './interaction-handle.ts';
import { baseInteraction, chatInputData, type ChatInputInput, type InteractionContextInput } from './interaction-payloads.ts';
import { INTERACTION, InteractionRegistry, type InteractionRecord } from './interactions.ts';
import { MessageStore, FLAG_EPHEMERAL, type EmulatedMessage, type MessageEvent } from './messages.ts';
import { RateLimiter } from './rate-limits.ts';
import { buildRoutes } from './rest-routes.ts';
import { RestServer, type RestCounters } from './server.ts';
import { interactionToken, snowflake } from './snowflake.ts';
import { Store, type Json, type StoredGuild } from './store.ts';
import type { ChannelSeed, EmulatorOptions, FaultSpec, GuildSeed, RecordedRequest, UserSeed } from './types.ts';
import { waitUntil } from './wait.ts';

const INTENT_GUILD_MESSAGES = 1 << 9;
const INTENT_DIRECT_MESSAGES = 1 << 12;

export interface AutocompleteInput extends ChatInputInput {
  /** Name of the option being typed; its value in `options` is the partial input. */
  focused: string;
}

export interface ComponentInput extends Omit<InteractionContextInput, 'guildId' | 'channelId'> {
  /** The message carrying the component: an id or a message object returned by the emulator. */
  message: string | { id: string };
  customId: string;
  /**
   * A forged payload: a click with this custom_id on this message even though the message has no such
   * component (Discord itself never sends one, but anyone can post an interaction-shaped body to a bot).
   */
  forged?: { componentType: number };
}

export interface SelectInput extends ComponentInput {
  values: string[];
}

export interface DropOptions {
  /** 'close' (default, code 4000 → client resumes), 'terminate' (no close frame), 'reconnect' (op 7), 'invalid-session' (op 9, forces IDENTIFY). */
  mode?: 'close' | 'terminate' | 'reconnect' | 'invalid-session';
  code?: number;
  /** Wait until the bot has resumed or re-identified (default true). */
  waitForReconnect?: boolean;
  timeoutMs?: number;
}

export interface EmulatorStats extends RestCounters {
  gateway: GatewayStats;
}

/** A local Discord (REST + gateway) for end-to-end tests of a discord.js bot. See README.md. */
export class DiscordEmulator {
  readonly store: Store;
  readonly messages: MessageStore;
  readonly interactions: InteractionRegistry;
  readonly commands: CommandRegistry;
  readonly gateway: Gateway;
  /** Interactions sent as signed HTTP requests once {@link setInteractionsEndpoint} is called. */
  readonly http: HttpInteractionDelivery;
  private readonly rest: RestServer;
  private port = 0;
  private readonly interactionTimeoutMs: number;

  private constructor(readonly options: EmulatorOptions) {
    this.store = new Store(options);
    this.messages = new MessageStore(options.nonceTtlMs ?? 5 * 60_000);
    this.interactionTimeoutMs = options.interactionTimeoutMs ?? 3000;
    this.interactions = new InteractionRegistry(this.store, this.messages, this.interactionTimeoutMs);
    this.commands = new CommandRegistry(this.store.application.id);
    this.http = new HttpInteractionDelivery(this.interactions, this.interactionTimeoutMs);
    const acceptsToken = (t: string) => (options.token === undefined ? t.length > 0 : t === options.token);
    this.gateway = new Gateway({
      store: this.store,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 2500,
      acceptsToken,
      baseUrl: () => `ws://127.0.0.1:${this.port}`,
    });
    const routes = buildRoutes({
      store: this.store,
      messages: this.messages,
      interactions: this.interactions,
      commands: this.commands,
      gateway: this.gateway,
      channelMessageBucket: options.channelMessageRateLimit ?? { limit: 5, windowMs: 5000 },
    });
    this.rest = new RestServer(routes, this.gateway, new RateLimiter(options.globalRateLimitPerSecond ?? 50), {
      acceptsToken,
      globalExemptsInteractions: options.globalLimitExemptsInteractions ?? true,
    });
    this.messages.on('message', (e: MessageEvent) => {
      this.dispatchMessageEvent(e);
      this.interactions.emit('change');
    });
  }

  static async start(options: EmulatorOptions = {}): Promise<DiscordEmulator> {
    const emu = new DiscordEmulator(options);
    emu.port = await emu.rest.listen();
    return emu;
  }

  async stop(): Promise<void> {
    await this.gateway.close();
    await this.rest.close();
  }

  // ---- connection details ----

  /** Pass as `rest.api` / DISCORD_API_URL; discord.js appends `/v10/...`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return this.gateway.url;
  }

  /** A token the emulator accepts. */
  get token(): string {
    return this.options.token ?? 'emulator-token';
  }

  /** Environment for spawning the bot process against this emulator. */
  env(): { DISCORD_TOKEN: string; DISCORD_API_URL: string; DISCORD_APPLICATION_ID: string; DISCORD_PUBLIC_KEY: string } {
    return {
      DISCORD_TOKEN: this.token,
      DISCORD_API_URL: this.apiUrl,
      DISCORD_APPLICATION_ID: this.store.application.id,
      DISCORD_PUBLIC_KEY: this.publicKey,
    };
  }

  /** The application's Ed25519 public key (hex): what the bot needs as DISCORD_PUBLIC_KEY. */
  get publicKey(): string {
    return this.http.publicKeyHex;
  }

  /**
   * From now on, interactions are POSTed to `url` (several: round-robin) instead of the gateway, signed as
   * Discord signs them. Like saving the URL in the Developer Portal, this first checks that the endpoint
   * answers a signed PING and refuses a badly signed one (set `validate: false` to skip). `null`: gateway again.
   */
  async setInteractionsEndpoint(url: string | string[] | null, opts: { validate?: boolean } = {}): Promise<void> {
    await this.http.setEndpoints(url === null ? [] : Array.isArray(url) ? url : [url], opts);
  }

  /** Headers Discord would send with `body` (to craft requests by hand: forged, stale, tampered). */
  signInteraction(body: string, opts: SignOptions = {}): Record<string, string> {
    return this.http.sign(body, opts);
  }

  /** Every HTTP delivery so far (URL, status, answer, time taken). */
  get httpDeliveries(): readonly HttpDeliveryResult[] {
    return this.http.deliveries;
  }

  get botUserId(): string {
    return this.store.botUser.id;
  }

  get applicationId(): string {
    return this.store.application.id;
  }

  // ---- world ----

  guildId(nameOrId?: string): string {
    const g = nameOrId ? this.store.requireGuild(nameOrId) : [...this.store.guilds.values()][0];
    if (!g) throw new Error('emulator: no guilds');
    return g.id;
  }

  channelId(nameOrId: string, guild?: string): string {
    return this.store.resolveChannel(nameOrId, guild ? this.guildId(guild) : undefined).id;
  }

  userId(nameOrId: string): string {
    return this.store.resolveUser(nameOrId).id;
  }

  addUser(seed: UserSeed): string {
    return this.store.addUser(seed).id;
  }

  /** Adds a guild; if the bot is connected it receives GUILD_CREATE (as when it is invited). */
  addGuild(seed: GuildSeed): string {
    const guild = this.store.addGuild(seed);
    this.dispatchGuildCreate(guild);
    return guild.id;
  }

  addChannel(guild: string, seed: ChannelSeed): string {
    const channel = this.store.addChannel(this.guildId(guild), seed);
    this.gateway.dispatch('CHANNEL_CREATE', this.store.channelObject(channel), (s) => (s.intents & 1) !== 0);
    return channel.id;
  }

  /** Sends a raw dispatch event to the bot. */
  dispatch(t: string, d: unknown): void {
    this.gateway.dispatch(t, d);
  }

  registeredCommands(guild?: string | null): RegisteredCommand[] {
    return this.commands.list(guild ? this.guildId(guild) : null);
  }

  private dispatchGuildCreate(guild: StoredGuild): void {
    for (const session of this.gateway.liveSessions()) {
      if (session.intents & 1)
        this.gateway.dispatch('GUILD_CREATE', this.store.guildCreatePayload(guild, session.intents), (s) => s === session);
    }
  }

  private dispatchMessageEvent(e: MessageEvent): void {
    const m = e.message;
    if (m.flags & FLAG_EPHEMERAL) return;
    const channel = this.store.findChannel(m.channel_id);
    const intent = channel ? INTENT_GUILD_MESSAGES : INTENT_DIRECT_MESSAGES;
    const guildId = channel?.guildId;
    const filter = (s: { intents: number }) => (s.intents & intent) !== 0;
    if (e.kind === 'delete') {
      this.gateway.dispatch('MESSAGE_DELETE', { id: m.id, channel_id: m.channel_id, ...(guildId ? { guild_id: guildId } : {}) }, filter);
      return;
    }
    const guild = guildId ? this.store.guilds.get(guildId) : undefined;
    const member = guild?.members.get(this.store.botUser.id);
    const { user: _u, ...memberNoUser } = guild && member ? this.store.memberObject(guild, member) : { user: undefined };
    const payload = { ...m, ...(guildId ? { guild_id: guildId, member: memberNoUser } : {}) };
    this.gateway.dispatch(e.kind === 'create' ? 'MESSAGE_CREATE' : 'MESSAGE_UPDATE', payload, filter);
  }

  // ---- interactions ----

  private requireBot(): void {
    if (this.http.active) return;
    if (this.gateway.liveSessions().length === 0) throw new Error('emulator: no bot session is connected (did the client log in?)');
  }

  private dispatchInteraction(rec: InteractionRecord): InteractionHandle {
    this.interactions.register(rec);
    if (this.http.active) void this.http.deliver(rec);
    else this.gateway.dispatch('INTERACTION_CREATE', rec.payload);
    return new InteractionHandle(this.interactions, this.messages, rec, this.interactionTimeoutMs + 2000);
  }

  private newRecord(input: InteractionContextInput, type: number): { rec: InteractionRecord; payload: Json } {
    this.requireBot();
    const id = snowflake();
    const token = interactionToken(id);
    const base = baseInteraction(this.store, input, type, id, token);
    const rec: InteractionRecord = {
      id,
      token,
      type,
      user: base.user,
      guildId: base.guildId,
      channelId: base.channelId,
      createdAt: Date.now(),
      payload: base.payload,
      callbackAttempts: [],
      followUpIds: [],
      originalEdits: 0,
    };
    return { rec, payload: base.payload };
  }

  /** Dispatches a slash command (INTERACTION_CREATE type 2). Use the handle's `reply()` / `final()`. */
  sendChatInput(input: ChatInputInput): InteractionHandle {
    const { rec, payload } = this.newRecord(input, INTERACTION.APPLICATION_COMMAND);
    payload.data = chatInputData(this.store, this.commands, input, rec.guildId);
    rec.commandName = input.name;
    rec.commandType = 1;
    return this.dispatchInteraction(rec);
  }

  /** Dispatches an autocomplete interaction (type 4) and resolves with the bot's choices. */
  async sendAutocomplete(input: AutocompleteInput): Promise<Json[]> {
    const { rec, payload } = this.newRecord(input, INTERACTION.AUTOCOMPLETE);
    const options = { ...(Array.isArray(input.options) ? {} : input.options) };
    options[input.focused] ??= '';
    payload.data = chatInputData(this.store, this.commands, { ...input, options }, rec.guildId, input.focused);
    rec.commandName = input.name;
    return this.dispatchInteraction(rec).choices();
  }

  /** Clicks a button on a message the bot sent (type 3, component_type 2). `final()` gives the updated message. */
  clickButton(input: ComponentInput): InteractionHandle {
    return this.sendComponent(input, 2);
  }

  /** Picks values in a select menu on a bot message (component type taken from the message). */
  selectMenu(input: SelectInput): InteractionHandle {
    return this.sendComponent(input, null, input.values);
  }

  private sendComponent(input: ComponentInput, expectedType: number | null, values?: string[]): InteractionHandle {
    const messageId = typeof input.message === 'string' ? input.message : input.message.id;
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`emulator: unknown message ${messageId}`);
    const component = input.forged ? { type: input.forged.componentType } : findComponent(message.components, input.customId);
    if (!component) throw new Error(`emulator: message ${messageId} has no component with custom_id "${input.customId}"`);
    if (component.disabled === true) throw new Error(`emulator: component "${input.customId}" is disabled`);
    const componentType = component.type as number;
    if (expectedType !== null && componentType !== expectedType)
      throw new Error(`emulator: "${input.customId}" is component type ${componentType}, not ${expectedType}`);
    const channel = this.store.findChannel(message.channel_id);
    const { rec, payload } = this.newRecord(
      { ...input, guildId: channel ? channel.guildId : null, channelId: channel?.id },
      INTERACTION.MESSAGE_COMPONENT,
    );
    payload.message = message;
    payload.data = { custom_id: input.customId, component_type: componentType, ...(values ? { values } : {}) };
    rec.sourceMessageId = message.id;
    rec.originalMessageId = message.id;
    return this.dispatchInteraction(rec);
  }

  // ---- messages ----

  /** Messages in a channel, oldest first (ephemeral ones included unless `includeEphemeral: false`). */
  channelMessages(channel: string, opts: { includeEphemeral?: boolean } = {}): EmulatedMessage[] {
    return this.messages.list(this.resolveAnyChannel(channel), opts);
  }

  message(id: string): EmulatedMessage | undefined {
    return this.messages.get(id);
  }

  /** Resolves with the first message in the channel (already there or arriving later) matching `predicate`. */
  waitForChannelMessage(
    channel: string,
    predicate: (m: EmulatedMessage) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<EmulatedMessage> {
    const channelId = this.resolveAnyChannel(channel);
    return waitUntil(
      this.messages,
      'message',
      () => this.messages.list(channelId).find(predicate),
      timeoutMs,
      () => `a matching message in channel ${channel}`,
    );
  }

  private resolveAnyChannel(channel: string): string {
    return this.store.dms.has(channel) ? channel : this.store.resolveChannel(channel).id;
  }

  // ---- requests, faults, stats ----

  /** Every HTTP request received, in order. */
  get requests(): readonly RecordedRequest[] {
    return this.rest.requests;
  }

  /** Requests that matched no emulated route (answered 404/405). */
  get unknownRequests(): readonly RecordedRequest[] {
    return this.rest.unknownRequests;
  }

  requestsTo(method: string, path: RegExp | string): RecordedRequest[] {
    return this.rest.requests.filter(
      (r) => r.method === method.toUpperCase() && (typeof path === 'string' ? r.path === path : path.test(r.path)),
    );
  }

  /** Resolves with the first request (already received or future) matching method and path, once answered. */
  waitForRequest(method: string, path: RegExp | string, timeoutMs = 10_000): Promise<RecordedRequest> {
    return waitUntil(
      this.rest,
      'request',
      () => this.requestsTo(method, path).find((r) => r.status !== undefined),
      timeoutMs,
      () => `a ${method} request to ${String(path)}`,
    );
  }

  clearRequests(): void {
    this.rest.requests.length = 0;
    this.rest.unknownRequests.length = 0;
  }

  /** Forgets past interactions, messages, HTTP deliveries and requests: for load runs, whose history would only fill memory. */
  forgetHistory(): void {
    this.interactions.clear();
    this.messages.clear();
    this.http.deliveries.length = 0;
    this.clearRequests();
  }

  /** Makes the next `times` matching requests fail. Returns a live view of how many are left. */
  injectFault(spec: FaultSpec): { readonly remaining: number } {
    return this.rest.injectFault(spec);
  }

  clearFaults(): void {
    this.rest.clearFaults();
  }

  stats(): EmulatorStats {
    return {
      ...this.rest.counters,
      gateway: { ...this.gateway.stats, otherOps: [...this.gateway.stats.otherOps], closeCodes: [...this.gateway.stats.closeCodes] },
    };
  }

  // ---- gateway ----

  /** Resolves once a bot session has identified (immediately if one is live). */
  async waitForBot(timeoutMs = 15_000): Promise<void> {
    if (this.gateway.liveSessions().some((s) => s.conn)) return;
    await this.gateway.waitFor('ready', timeoutMs);
  }

  /** Breaks the bot's gateway connection; by default waits until it resumed ('resumed') or re-identified ('identified'). */
  async dropGateway(opts: DropOptions = {}): Promise<'resumed' | 'identified' | null> {
    const timeoutMs = opts.timeoutMs ?? 15_000;
    const outcome =
      opts.waitForReconnect === false
        ? null
        : Promise.race([
            this.gateway.waitFor('resumed', timeoutMs).then(() => 'resumed' as const),
            this.gateway.waitFor('ready', timeoutMs).then(() => 'identified' as const),
          ]);
    outcome?.catch(() => undefined);
    const dropped = this.gateway.drop(opts.mode ?? 'close', opts.code ?? 4000);
    if (dropped === 0) throw new Error('emulator: no connected bot session to drop');
    return outcome ? await outcome : null;
  }
}

function findComponent(components: unknown[], customId: string): Record<string, unknown> | undefined {
  for (const c of components as Record<string, unknown>[]) {
    if (c.custom_id === customId) return c;
    const nested = [...((c.components as unknown[]) ?? []), ...(c.accessory ? [c.accessory] : [])];
    const hit = findComponent(nested, customId);
    if (hit) return hit;
  }
  return undefined;
}
