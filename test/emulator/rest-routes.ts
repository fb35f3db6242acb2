import type { CommandRegistry } from './commands.ts';
import { collectCommandIssues } from './command-rules.ts';
import { ERR, invalidFormBody } from './errors.ts';
import type { Gateway } from './gateway.ts';
import type { InteractionRegistry } from './interactions.ts';
import { checkMessageBody, type MessageCheck } from './message-rules.ts';
import { isEmptyMessage, type MessageStore } from './messages.ts';
import type { BucketRule } from './rate-limits.ts';
import { fail, noContent, ok, type RouteContext, type RouteDef, type RouteResult } from './route-types.ts';
import { PERM, type Store, type StoredChannel } from './store.ts';

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});

export interface RouteDeps {
  store: Store;
  messages: MessageStore;
  interactions: InteractionRegistry;
  commands: CommandRegistry;
  gateway: Gateway;
  channelMessageBucket: BucketRule;
}

const DEFAULT_BUCKET: BucketRule = { limit: 10, windowMs: 1000 };
const MESSAGE_EDIT_BUCKET: BucketRule = { limit: 5, windowMs: 5000 };
const WEBHOOK_BUCKET: BucketRule = { limit: 5, windowMs: 2000 };
const COMMANDS_BUCKET: BucketRule = { limit: 10, windowMs: 10_000 };

export function buildRoutes(deps: RouteDeps): RouteDef[] {
  const { store, messages, interactions, commands, gateway } = deps;
  const routes: RouteDef[] = [];
  const add = (method: string, template: string, handler: RouteDef['handler'], opts: { auth?: boolean; bucket?: BucketRule | null } = {}) =>
    routes.push({
      method,
      template,
      handler,
      auth: opts.auth ?? true,
      ...(opts.bucket === null ? {} : { bucket: opts.bucket ?? DEFAULT_BUCKET }),
    });

  const channelOf = (id: string): { guildChannel?: StoredChannel; dm?: ReturnType<Store['dmChannel']> } | null => {
    const guildChannel = store.findChannel(id);
    if (guildChannel) return { guildChannel };
    const dm = store.dms.get(id);
    return dm ? { dm } : null;
  };

  /** Missing VIEW_CHANNEL => 50001, missing `needed` => 50013, as Discord answers. */
  const permissionError = (channel: StoredChannel, needed: bigint): RouteResult | null => {
    const guild = store.guilds.get(channel.guildId);
    if (!guild) return fail(404, ERR.unknownChannel);
    const perms = store.memberPermissions(guild, store.botUser.id);
    if (!(perms & PERM.VIEW_CHANNEL)) return fail(403, ERR.missingAccess);
    if ((perms & needed) !== needed) return fail(403, ERR.missingPermissions);
    return null;
  };

  const messageBodyError = (check: MessageCheck): RouteResult | null => {
    if (check.issues.length) return fail(400, invalidFormBody(check.issues));
    if (check.empty) return fail(400, ERR.emptyMessage);
    return null;
  };

  // ---- gateway / identity ----
  add('GET', '/gateway', () => ok({ url: gateway.url }), { auth: false });
  add('GET', '/gateway/bot', () =>
    ok({
      url: gateway.url,
      shards: 1,
      session_start_limit: { total: 1000, remaining: 1000 - gateway.stats.identifies, reset_after: 14_400_000, max_concurrency: 1 },
    }),
  );
  add('GET', '/users/@me', () => ok(store.currentUserObject()));
  add('POST', '/users/@me/channels', (ctx) => {
    const recipient = String(asObj(ctx.body).recipient_id ?? '');
    if (!store.users.has(recipient))
      return fail(400, invalidFormBody([{ path: ['recipient_id'], code: 'USER_NOT_FOUND', message: 'Unknown user' }]));
    return ok(store.dmObject(store.dmChannel(recipient)));
  });
  add('GET', '/users/:user_id', (ctx) => {
    const user = store.users.get(ctx.params.user_id ?? '');
    return user ? ok(store.userObject(user)) : fail(404, ERR.unknownUser);
  });
  add('GET', '/applications/@me', () =>
    ok({
      id: store.application.id,
      name: store.application.name,
      icon: null,
      description: '',
      summary: '',
      type: null,
      hook: true,
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: store.application.flags,
      bot: store.userObject(store.botUser),
      owner: store.userObject([...store.users.values()].find((u) => !u.bot) ?? store.botUser),
      team: null,
      approximate_guild_count: store.guilds.size,
      approximate_user_install_count: 0,
      redirect_uris: [],
      interactions_endpoint_url: null,
      integration_types_config: { '0': {} },
      install_params: null,
      tags: [],
    }),
  );

  // ---- channels & messages ----
  add('GET', '/channels/:channel_id', (ctx) => {
    const c = channelOf(ctx.params.channel_id ?? '');
    if (!c) return fail(404, ERR.unknownChannel);
    if (c.dm) return ok(store.dmObject(c.dm));
    const denied = permissionError(c.guildChannel!, 0n);
    return denied ?? ok(store.channelObject(c.guildChannel!));
  });
  add('GET', '/channels/:channel_id/messages', (ctx) => {
    const channelId = ctx.params.channel_id ?? '';
    const c = channelOf(channelId);
    if (!c) return fail(404, ERR.unknownChannel);
    const limit = Math.min(100, Math.max(1, Number(ctx.query.get('limit') ?? 50)));
    const list = messages.list(channelId, { includeEphemeral: false }).reverse();
    return ok(list.slice(0, limit));
  });
  add('GET', '/channels/:channel_id/messages/:message_id', (ctx) => {
    const m = messages.get(ctx.params.message_id ?? '');
    return m && m.channel_id === ctx.params.channel_id && !(m.flags & 64) ? ok(m) : fail(404, ERR.unknownMessage);
  });
  add(
    'POST',
    '/channels/:channel_id/messages',
    (ctx) => {
      const channelId = ctx.params.channel_id ?? '';
      const c = channelOf(channelId);
      if (!c) return fail(404, ERR.unknownChannel);
      if (c.guildChannel && c.guildChannel.type !== 0 && c.guildChannel.type !== 5 && c.guildChannel.type !== 2) {
        return fail(400, { message: 'Cannot send messages in a non-text channel', code: 50008 });
      }
      if (c.guildChannel) {
        const denied = permissionError(c.guildChannel, PERM.SEND_MESSAGES);
        if (denied) return denied;
      }
      const body = asObj(ctx.body);
      const bad = messageBodyError(checkMessageBody(body, ctx.files));
      if (bad) return bad;
      const nonce = body.nonce as string | number | undefined;
      if (nonce !== undefined && nonce !== null && body.enforce_nonce === true) {
        const previous = messages.findByNonce(channelId, nonce);
        if (previous) return ok(previous);
      }
      const message = messages.create({
        channelId,
        author: store.userObject(store.botUser),
        body,
        files: ctx.files,
        type: body.message_reference ? 19 : 0,
      });
      if (nonce !== undefined && nonce !== null) messages.rememberNonce(channelId, nonce, message.id);
      if (c.guildChannel) c.guildChannel.lastMessageId = message.id;
      if (c.dm) c.dm.lastMessageId = message.id;
      return ok(message);
    },
    { bucket: deps.channelMessageBucket },
  );
  add(
    'PATCH',
    '/channels/:channel_id/messages/:message_id',
    (ctx) => {
      const m = messages.get(ctx.params.message_id ?? '');
      if (!m || m.channel_id !== ctx.params.channel_id) return fail(404, ERR.unknownMessage);
      if (asObj(m.author).id !== store.botUser.id)
        return fail(403, { message: 'Cannot edit a message authored by another user', code: 50005 });
      const body = asObj(ctx.body);
      const check = checkMessageBody(body, ctx.files);
      if (check.issues.length) return fail(400, invalidFormBody(check.issues));
      const before = { ...m };
      const edited = messages.edit(m.id, body, ctx.files);
      if (isEmptyMessage(edited)) {
        messages.byId.set(m.id, before);
        return fail(400, ERR.emptyMessage);
      }
      return ok(edited);
    },
    { bucket: MESSAGE_EDIT_BUCKET },
  );
  add(
    'DELETE',
    '/channels/:channel_id/messages/:message_id',
    (ctx) => {
      const m = messages.get(ctx.params.message_id ?? '');
      if (!m || m.channel_id !== ctx.params.channel_id) return fail(404, ERR.unknownMessage);
      messages.delete(m.id);
      return noContent();
    },
    { bucket: MESSAGE_EDIT_BUCKET },
  );
  add('POST', '/channels/:channel_id/typing', (ctx) =>
    channelOf(ctx.params.channel_id ?? '') ? noContent() : fail(404, ERR.unknownChannel),
  );

  // ---- guilds ----
  const guildOr404 = (ctx: RouteContext) => store.guilds.get(ctx.params.guild_id ?? '');
  add('GET', '/guilds/:guild_id', (ctx) => {
    const g = guildOr404(ctx);
    return g ? ok(store.guildObject(g)) : fail(404, ERR.unknownGuild);
  });
  add('GET', '/guilds/:guild_id/channels', (ctx) => {
    const g = guildOr404(ctx);
    return g ? ok([...g.channels.values()].map((c) => store.channelObject(c))) : fail(404, ERR.unknownGuild);
  });
  add('GET', '/guilds/:guild_id/roles', (ctx) => {
    const g = guildOr404(ctx);
    return g ? ok([...g.roles.values()].map((r) => store.roleObject(r))) : fail(404, ERR.unknownGuild);
  });
  add('GET', '/guilds/:guild_id/members', (ctx) => {
    const g = guildOr404(ctx);
    if (!g) return fail(404, ERR.unknownGuild);
    const limit = Math.min(1000, Math.max(1, Number(ctx.query.get('limit') ?? 1)));
    return ok([...g.members.values()].slice(0, limit).map((m) => store.memberObject(g, m)));
  });
  add('GET', '/guilds/:guild_id/members/:user_id', (ctx) => {
    const g = guildOr404(ctx);
    if (!g) return fail(404, ERR.unknownGuild);
    const m = g.members.get(ctx.params.user_id ?? '');
    return m ? ok(store.memberObject(g, m)) : fail(404, ERR.unknownMember);
  });

  // ---- application commands (global and guild) ----
  for (const scope of ['global', 'guild'] as const) {
    const base = scope === 'global' ? '/applications/:application_id/commands' : '/applications/:application_id/guilds/:guild_id/commands';
    const scopeOf = (ctx: RouteContext): string | null | RouteResult => {
      if (ctx.params.application_id !== store.application.id) return fail(403, ERR.missingAccess);
      if (scope === 'global') return null;
      return store.guilds.has(ctx.params.guild_id ?? '') ? (ctx.params.guild_id as string) : fail(403, ERR.missingAccess);
    };
    const withScope = (fn: (guildId: string | null, ctx: RouteContext) => RouteResult) => (ctx: RouteContext) => {
      const s = scopeOf(ctx);
      return typeof s === 'object' && s !== null ? s : fn(s, ctx);
    };
    add(
      'GET',
      base,
      withScope((g) => ok(commands.list(g))),
      { bucket: COMMANDS_BUCKET },
    );
    add(
      'PUT',
      base,
      withScope((g, ctx) => {
        const issues = collectCommandIssues(ctx.body);
        if (issues.length) return fail(400, invalidFormBody(issues));
        return ok(commands.overwrite(g, ctx.body as Obj[]));
      }),
      { bucket: COMMANDS_BUCKET },
    );
    add(
      'POST',
      base,
      withScope((g, ctx) => {
        const issues = collectCommandIssues([ctx.body]).map((i) => ({ ...i, path: i.path.slice(1) }));
        if (issues.length) return fail(400, invalidFormBody(issues));
        const { command, created } = commands.upsert(g, asObj(ctx.body));
        return ok(command, created ? 201 : 200);
      }),
      { bucket: COMMANDS_BUCKET },
    );
    add(
      'GET',
      `${base}/:command_id`,
      withScope((g, ctx) => {
        const c = commands.get(g, ctx.params.command_id ?? '');
        return c ? ok(c) : fail(404, ERR.unknownCommand);
      }),
      { bucket: COMMANDS_BUCKET },
    );
    add(
      'PATCH',
      `${base}/:command_id`,
      withScope((g, ctx) => {
        const c = commands.get(g, ctx.params.command_id ?? '');
        if (!c) return fail(404, ERR.unknownCommand);
        const merged = { ...c, ...asObj(ctx.body) };
        const issues = collectCommandIssues([merged]).map((i) => ({ ...i, path: i.path.slice(1) }));
        if (issues.length) return fail(400, invalidFormBody(issues));
        return ok(commands.upsert(g, merged).command);
      }),
      { bucket: COMMANDS_BUCKET },
    );
    add(
      'DELETE',
      `${base}/:command_id`,
      withScope((g, ctx) => (commands.remove(g, ctx.params.command_id ?? '') ? noContent() : fail(404, ERR.unknownCommand))),
      { bucket: COMMANDS_BUCKET },
    );
  }

  // ---- interactions (no bot auth; discord.js sends these with auth: false) ----
  add('POST', '/interactions/:interaction_id/:token/callback', (ctx) => interactions.callback(ctx), { auth: false, bucket: null });
  // An interaction delivered over HTTP has its original response only once the bot's HTTP answer is in.
  const afterResponse = (route: (ctx: RouteContext) => RouteResult) => async (ctx: RouteContext) => {
    await interactions.settled(ctx.params.token);
    return route(ctx);
  };
  add(
    'POST',
    '/webhooks/:webhook_id/:token',
    afterResponse((ctx) => interactions.followUp(ctx)),
    { auth: false, bucket: WEBHOOK_BUCKET },
  );
  add(
    'GET',
    '/webhooks/:webhook_id/:token/messages/:message_id',
    afterResponse((ctx) => interactions.getMessage(ctx)),
    { auth: false, bucket: WEBHOOK_BUCKET },
  );
  add(
    'PATCH',
    '/webhooks/:webhook_id/:token/messages/:message_id',
    afterResponse((ctx) => interactions.editMessage(ctx)),
    { auth: false, bucket: WEBHOOK_BUCKET },
  );
  add(
    'DELETE',
    '/webhooks/:webhook_id/:token/messages/:message_id',
    afterResponse((ctx) => interactions.deleteMessage(ctx)),
    { auth: false, bucket: WEBHOOK_BUCKET },
  );

  return routes;
}
