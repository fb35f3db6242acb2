import { BriefingRegistry } from './briefing/registry.ts';
import type { Briefing } from './briefing/schema.ts';
import type { BotCommand, CommandContext, CommandServices } from './bot/command.ts';
import { loadCommands } from './bot/load-commands.ts';
import type { Config } from './config.ts';
import type { Lang } from './briefing/schema.ts';
import { langFromLocale } from './i18n/catalogue.ts';
import type { Logger } from './log.ts';
import { createQaEngine, type QaEngine } from './qa/engine.ts';
import { ChartRenderer } from './charts/render/renderer.ts';
import { ChartService } from './charts/service.ts';

/** Everything a front end (Discord or console) needs: briefings, Q&A indexes and command modules. */
export interface App {
  config: Config;
  log: Logger;
  briefings: BriefingRegistry;
  commands: Map<string, BotCommand>;
  services: CommandServices;
  /** Chart pictures for replies and digests, rendered in a worker thread and cached. */
  charts: ChartService;
  /** Builds the default briefing's Q&A index now, so the first /ask is as fast as the rest. */
  warmUp(): void;
  context(input: { locale: string; userId: string; guildId?: string | null; channelId?: string | null; memberPermissions?: bigint | null; console?: boolean; requestId?: string }): CommandContext;
}

export async function createApp(config: Config, log: Logger, extra: Partial<CommandServices> = {}): Promise<App> {
  const briefings = BriefingRegistry.fromDir(config.BRIEFINGS_DIR);
  const engines = new Map<string, QaEngine>();
  const qa = (b: Briefing): QaEngine => {
    let engine = engines.get(b.id);
    if (!engine) {
      engine = createQaEngine(b);
      engines.set(b.id, engine);
    }
    return engine;
  };
  const commands = await loadCommands();
  const services: CommandServices = { briefings, qa, log, now: () => new Date(), ...extra };
  const charts = new ChartService(briefings, new ChartRenderer(), log, config.CHARTS);
  return {
    config,
    log,
    briefings,
    commands,
    services,
    charts,
    warmUp: () => void qa(briefings.default),
    context: (input) => {
      const lang: Lang = langFromLocale(input.locale);
      return {
        ...services,
        lang,
        locale: input.locale,
        userId: input.userId,
        guildId: input.guildId ?? null,
        channelId: input.channelId ?? null,
        memberPermissions: input.memberPermissions ?? null,
        console: input.console ?? false,
        requestId: input.requestId,
      };
    },
  };
}
