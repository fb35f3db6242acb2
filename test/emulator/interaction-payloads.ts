import type { CommandRegistry } from './commands.ts';
import { snowflake } from './snowflake.ts';
import { PERM, type Json, type Store, type StoredUser } from './store.ts';
import type { PermissionsInput } from './types.ts';

type Obj = Record<string, unknown>;
export type OptionValue = string | number | boolean;

export interface InteractionContextInput {
  /** User id or username (default: first non-bot user). */
  user?: string;
  /** Guild id or name; `null` for the bot's DM (default: first guild). */
  guildId?: string | null;
  /** Channel id or name (default: first text channel of the guild). */
  channelId?: string;
  /** User locale (default: the user's locale, else en-US). */
  locale?: string;
  /** Member permissions (default: computed from the member's roles). */
  permissions?: PermissionsInput;
  /** The bot's permissions in the channel (default: computed from its role). */
  appPermissions?: PermissionsInput;
}

export interface ChatInputInput extends InteractionContextInput {
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  /** `{ optionName: value }` (types looked up from the registered command) or raw API option objects. */
  options?: Record<string, OptionValue> | Obj[];
}

export interface BaseInteraction {
  payload: Json;
  user: StoredUser;
  guildId: string | null;
  channelId: string;
}

const DM_APP_PERMISSIONS =
  PERM.ADD_REACTIONS |
  PERM.VIEW_CHANNEL |
  PERM.SEND_MESSAGES |
  PERM.EMBED_LINKS |
  PERM.ATTACH_FILES |
  PERM.READ_MESSAGE_HISTORY |
  PERM.MENTION_EVERYONE |
  PERM.USE_EXTERNAL_EMOJIS |
  PERM.USE_APPLICATION_COMMANDS;

/** Fields every interaction carries: ids, token, context, member/user, channel, permissions, locales. */
export function baseInteraction(store: Store, input: InteractionContextInput, type: number, id: string, token: string): BaseInteraction {
  const users = [...store.users.values()].filter((u) => !u.bot);
  const user = input.user ? store.resolveUser(input.user) : users[0];
  if (!user) throw new Error('emulator: no user configured to send the interaction');
  const locale = input.locale ?? user.locale;
  const common = {
    app_permissions: '',
    application_id: store.application.id,
    attachment_size_limit: 10 * 1024 * 1024,
    entitlement_sku_ids: [],
    entitlements: [],
    id,
    locale,
    token,
    type,
    version: 1,
  };
  if (input.guildId === null) {
    const dm = store.dmChannel(user.id);
    const payload: Json = {
      ...common,
      app_permissions: String(input.appPermissions ?? DM_APP_PERMISSIONS),
      authorizing_integration_owners: { '0': '0' },
      channel: { id: dm.id, type: 1, flags: 0, last_message_id: dm.lastMessageId, recipients: [store.userObject(user)] },
      channel_id: dm.id,
      context: 1,
      user: store.userObject(user),
    };
    return { payload, user, guildId: null, channelId: dm.id };
  }
  const guild = input.guildId ? store.requireGuild(input.guildId) : [...store.guilds.values()][0];
  if (!guild) throw new Error('emulator: no guild configured');
  const channel = input.channelId
    ? store.resolveChannel(input.channelId, guild.id)
    : [...guild.channels.values()].find((c) => c.type === 0 || c.type === 5);
  if (!channel) throw new Error(`emulator: guild ${guild.name} has no text channel`);
  const member = guild.members.get(user.id) ?? store.addMember(guild.id, user.id);
  const memberPerms = input.permissions !== undefined ? BigInt(input.permissions) : store.memberPermissions(guild, user.id);
  const appPerms = input.appPermissions !== undefined ? BigInt(input.appPermissions) : store.memberPermissions(guild, store.botUser.id);
  const payload: Json = {
    ...common,
    app_permissions: appPerms.toString(),
    authorizing_integration_owners: { '0': guild.id },
    channel: { ...store.channelObject(channel), permissions: memberPerms.toString() },
    channel_id: channel.id,
    context: 0,
    guild: { features: [], id: guild.id, locale: guild.preferredLocale },
    guild_id: guild.id,
    guild_locale: guild.preferredLocale,
    member: store.memberObject(guild, member, memberPerms),
  };
  return { payload, user, guildId: guild.id, channelId: channel.id };
}

const unregisteredIds = new Map<string, string>();

function inferType(value: OptionValue): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

/** Builds `data` for a chat-input (or autocomplete, when `focused` is set) interaction. */
export function chatInputData(
  store: Store,
  commands: CommandRegistry,
  input: ChatInputInput,
  guildId: string | null,
  focused?: string,
): Obj {
  const registered = commands.find(input.name, guildId);
  const id = registered?.id ?? unregisteredIds.get(input.name) ?? snowflake();
  unregisteredIds.set(input.name, id);
  const where = `/${[input.name, input.subcommandGroup, input.subcommand].filter(Boolean).join(' ')}`;

  let defs = registered ? (registered.options ?? []) : undefined;
  const descend = (name: string | undefined, type: number) => {
    if (!name || !defs) return;
    const def = defs.find((o) => o.name === name && o.type === type);
    if (!def) throw new Error(`emulator: ${where}: registered command has no ${type === 2 ? 'group' : 'subcommand'} "${name}"`);
    defs = (def.options as Obj[] | undefined) ?? [];
  };
  descend(input.subcommandGroup, 2);
  descend(input.subcommand, 1);
  if (defs && !input.subcommand && defs.some((o) => o.type === 1 || o.type === 2)) {
    throw new Error(`emulator: ${where}: command has subcommands; pass \`subcommand\``);
  }

  const resolved: Record<string, Record<string, Json>> = {};
  const addResolved = (kind: string, key: string, value: Json) => ((resolved[kind] ??= {})[key] = value);
  let leaf: Obj[];
  if (Array.isArray(input.options)) {
    leaf = input.options;
  } else {
    leaf = Object.entries(input.options ?? {}).map(([name, value]) => {
      const def = defs?.find((o) => o.name === name);
      if (defs && !def) throw new Error(`emulator: ${where}: unknown option "${name}"`);
      const type = (def?.type as number | undefined) ?? inferType(value);
      const isFocused = name === focused;
      if (!isFocused && Array.isArray(def?.choices) && !(def.choices as Obj[]).some((c) => c.value === value)) {
        throw new Error(`emulator: ${where}: ${JSON.stringify(value)} is not one of the choices of "${name}"`);
      }
      return {
        name,
        type,
        value: isFocused ? String(value) : resolveValue(store, type, value, guildId, addResolved),
        ...(isFocused ? { focused: true } : {}),
      };
    });
    if (defs && focused === undefined) {
      for (const def of defs) {
        if (def.required === true && !leaf.some((o) => o.name === def.name)) {
          throw new Error(`emulator: ${where}: missing required option "${String(def.name)}"`);
        }
      }
    }
  }
  let options: Obj[] = leaf;
  if (input.subcommand) options = [{ name: input.subcommand, type: 1, options }];
  if (input.subcommandGroup) options = [{ name: input.subcommandGroup, type: 2, options }];
  return {
    id,
    name: input.name,
    type: 1,
    ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
    ...(options.length ? { options } : {}),
    ...(Object.keys(resolved).length ? { resolved } : {}),
  };
}

function resolveValue(
  store: Store,
  type: number,
  value: OptionValue,
  guildId: string | null,
  add: (kind: string, key: string, value: Json) => void,
): OptionValue {
  const guild = guildId ? store.guilds.get(guildId) : undefined;
  if (type === 6 || (type === 9 && typeof value === 'string' && isUser(store, value))) {
    const user = store.resolveUser(String(value));
    add('users', user.id, store.userObject(user));
    const member = guild?.members.get(user.id);
    if (guild && member) {
      const { user: _omit, mute: _m, deaf: _d, ...rest } = store.memberObject(guild, member, store.memberPermissions(guild, user.id));
      add('members', user.id, rest);
    }
    return user.id;
  }
  if (type === 7) {
    const channel = store.resolveChannel(String(value), guildId ?? undefined);
    add('channels', channel.id, {
      id: channel.id,
      name: channel.name,
      type: channel.type,
      permissions: String(store.memberPermissions(store.requireGuild(channel.guildId), store.botUser.id)),
      flags: 0,
      parent_id: channel.parentId,
    });
    return channel.id;
  }
  if ((type === 8 || type === 9) && guild) {
    const role = store.resolveRole(guild, String(value));
    add('roles', role.id, store.roleObject(role));
    return role.id;
  }
  return value;
}

function isUser(store: Store, v: string): boolean {
  try {
    store.resolveUser(v);
    return true;
  } catch {
    return false;
  }
}
