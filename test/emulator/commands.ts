import { snowflake } from './snowflake.ts';

type Obj = Record<string, unknown>;

export interface RegisteredCommand extends Obj {
  id: string;
  application_id: string;
  version: string;
  type: number;
  name: string;
  description: string;
  guild_id?: string;
  options?: Obj[];
}

const GLOBAL = 'global';

/** Registered application commands, global and per guild. Ids survive re-registration of the same name+type. */
export class CommandRegistry {
  private readonly scopes = new Map<string, RegisteredCommand[]>();
  /** Every successful bulk overwrite, for assertions. */
  readonly overwrites: { guildId: string | null; names: string[]; at: number }[] = [];

  constructor(private readonly applicationId: string) {}

  list(guildId: string | null): RegisteredCommand[] {
    return this.scopes.get(guildId ?? GLOBAL) ?? [];
  }

  private build(def: Obj, guildId: string | null, existing?: RegisteredCommand): RegisteredCommand {
    const type = typeof def.type === 'number' ? def.type : 1;
    const cmd: RegisteredCommand = {
      id: existing?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      default_member_permissions: (def.default_member_permissions as string | null | undefined) ?? null,
      type,
      name: String(def.name),
      name_localizations: def.name_localizations ?? null,
      description: type === 1 ? String(def.description ?? '') : '',
      description_localizations: def.description_localizations ?? null,
      ...(guildId ? { guild_id: guildId } : { dm_permission: def.dm_permission !== false }),
      contexts: def.contexts ?? null,
      integration_types: def.integration_types ?? [0],
      nsfw: def.nsfw === true,
      ...(Array.isArray(def.options) && def.options.length ? { options: def.options as Obj[] } : {}),
    };
    return cmd;
  }

  overwrite(guildId: string | null, defs: Obj[]): RegisteredCommand[] {
    const previous = this.list(guildId);
    const next = defs.map((def) => {
      const type = typeof def.type === 'number' ? def.type : 1;
      const existing = previous.find((c) => c.name === def.name && c.type === type);
      return this.build(def, guildId, existing);
    });
    this.scopes.set(guildId ?? GLOBAL, next);
    this.overwrites.push({ guildId, names: next.map((c) => c.name), at: Date.now() });
    return next;
  }

  upsert(guildId: string | null, def: Obj): { command: RegisteredCommand; created: boolean } {
    const list = [...this.list(guildId)];
    const type = typeof def.type === 'number' ? def.type : 1;
    const index = list.findIndex((c) => c.name === def.name && c.type === type);
    const command = this.build(def, guildId, index >= 0 ? list[index] : undefined);
    if (index >= 0) list[index] = command;
    else list.push(command);
    this.scopes.set(guildId ?? GLOBAL, list);
    return { command, created: index < 0 };
  }

  get(guildId: string | null, id: string): RegisteredCommand | undefined {
    return this.list(guildId).find((c) => c.id === id);
  }

  remove(guildId: string | null, id: string): boolean {
    const list = this.list(guildId);
    const next = list.filter((c) => c.id !== id);
    this.scopes.set(guildId ?? GLOBAL, next);
    return next.length !== list.length;
  }

  /** The command an interaction for `name` would reference: guild-scoped first, then global. */
  find(name: string, guildId: string | null, type = 1): RegisteredCommand | undefined {
    const inGuild = guildId ? this.list(guildId).find((c) => c.name === name && c.type === type) : undefined;
    return inGuild ?? this.list(null).find((c) => c.name === name && c.type === type);
  }
}
