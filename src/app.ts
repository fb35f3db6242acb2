import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { BriefingLibrary, type LoadFailure } from './briefing/library.ts';
import { BriefingRegistry } from './briefing/registry.ts';
import { DEFAULT_BRIEFINGS_DIR } from './briefing/load.ts';
import { diffBriefings, type BriefingDiff } from './editions/diff.ts';
import { editionOf } from './editions/edition.ts';
import type { Briefing } from './briefing/schema.ts';
import type { BotCommand, CommandContext, CommandServices } from './bot/command.ts';
import { loadCommands } from './bot/load-commands.ts';
import type { Config } from './config.ts';
import type { Lang } from './briefing/schema.ts';
import { langFromLocale } from './i18n/catalogue.ts';
import type { Logger } from './log.ts';
import { buildQaEngineStepwise, createQaEngine, type QaEngine } from './qa/engine.ts';
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
  /**
   * Reads the briefing files again: valid changed files replace their briefing (views, autocomplete and the
   * /ask index swapped at once), invalid ones keep the previous edition serving and are reported. Reloads
   * run one at a time; one asked for meanwhile runs once the current one is done.
   */
  reload(trigger: string): Promise<ReloadOutcome>;
  /** Files that failed their last (re)load, until fixed: shown to admins in /about. */
  loadFailures(): readonly LoadFailure[];
  /** Called after each reload that changed or removed something, or failed (listeners must not throw). */
  onReload(listener: (outcome: ReloadOutcome) => void | Promise<void>): void;
  context(input: {
    locale: string;
    userId: string;
    guildId?: string | null;
    channelId?: string | null;
    memberPermissions?: bigint | null;
    console?: boolean;
    requestId?: string;
  }): CommandContext;
}

/** What a reload did. */
export interface ReloadOutcome {
  trigger: string;
  /** New or replaced briefings; `diff` is against the edition it replaced (absent for a new briefing). */
  changed: Array<{ file: string; before?: Briefing; after: Briefing; diff?: BriefingDiff }>;
  removed: Briefing[];
  failures: LoadFailure[];
  /** How long the event loop was held at most by one step of the reload (parse and validate, or one index build). */
  longestStepMs: number;
  /** Each step and how long it held the event loop. */
  steps: Array<{ step: 'scan' | 'diff' | 'ask-index' | 'swap'; ms: number }>;
  ms: number;
}

export async function createApp(config: Config, log: Logger, extra: Partial<CommandServices> = {}): Promise<App> {
  const library = BriefingLibrary.load(config.BRIEFINGS_DIR ?? DEFAULT_BRIEFINGS_DIR);
  const briefings = new BriefingRegistry(library.briefings);
  // Keyed by the briefing object: a new edition gets its own index, and the old one goes with its edition.
  const engines = new WeakMap<Briefing, QaEngine>();
  const qa = (b: Briefing): QaEngine => {
    let engine = engines.get(b);
    if (!engine) {
      engine = createQaEngine(b);
      engines.set(b, engine);
    }
    return engine;
  };
  const commands = await loadCommands();
  let failures: readonly LoadFailure[] = [];
  const services: CommandServices = { briefings, qa, log, now: () => new Date(), loadFailures: () => failures, ...extra };
  const charts = new ChartService(briefings, new ChartRenderer(), log, config.CHARTS);
  const listeners: Array<(outcome: ReloadOutcome) => void | Promise<void>> = [];

  const reloadOnce = async (trigger: string): Promise<ReloadOutcome> => {
    const started = performance.now();
    const steps: ReloadOutcome['steps'] = [];
    /** The longest stretch the /ask index build held the thread (its slices, not its total). */
    let longestSlice = 0;
    /** Runs one step on its own turn of the event loop (commands waiting meanwhile go first), timing it. */
    const step = async <T>(name: ReloadOutcome['steps'][number]['step'], fn: () => T): Promise<T> => {
      await nextMacrotask();
      const t0 = performance.now();
      try {
        return fn();
      } finally {
        steps.push({ step: name, ms: performance.now() - t0 });
      }
    };
    const scan = await step('scan', () => library.scan());
    const changed: ReloadOutcome['changed'] = [];
    for (const c of scan.changed)
      changed.push({ ...c, ...(c.before ? { diff: await step('diff', () => diffBriefings(c.before!, c.after)) } : {}) });
    // The new editions' /ask indexes are built before the swap, so the first /ask after it is as fast as the rest.
    // Built a slice at a time, each on its own turn, so a command arriving meanwhile waits for one slice at most.
    for (const c of changed) {
      if (c.before && !engines.has(c.before) && c.after.id !== briefings.default.id) continue; // never asked: stays lazy
      let total = 0;
      const engine = await buildQaEngineStepwise(c.after, nextMacrotask, (ms) => {
        total += ms;
        longestSlice = Math.max(longestSlice, ms);
      });
      engines.set(c.after, engine);
      steps.push({ step: 'ask-index', ms: total });
    }
    // The swap: one assignment, after which every command sees the new set.
    // The swap gets its own turn too, so no command waits for the last index slice and the swap together.
    await step('swap', () => {
      if (changed.length > 0 || scan.removed.length > 0) briefings.replace(scan.briefings);
      library.commit();
    });
    failures = scan.failures;
    const outcome: ReloadOutcome = {
      trigger,
      changed,
      removed: scan.removed,
      failures: scan.failures,
      longestStepMs: Math.max(longestSlice, ...steps.filter((x) => x.step !== 'ask-index').map((x) => x.ms)),
      steps,
      ms: performance.now() - started,
    };
    for (const f of scan.failures)
      log.warn(
        { file: f.file, kept: f.kept, trigger },
        `${f.message}${f.kept ? ` (still serving the previous edition of ${f.kept})` : ''}`,
      );
    for (const c of changed)
      log.info(
        { briefing: c.after.id, edition: editionOf(c.after).id, previous: c.before ? editionOf(c.before).id : undefined, trigger },
        'briefing reloaded',
      );
    for (const r of scan.removed)
      log.warn({ briefing: r.id, trigger }, `briefing ${r.id} is no longer in ${library.dir}; stopped serving it`);
    if (changed.length > 0 || scan.removed.length > 0 || scan.failures.length > 0) {
      for (const listener of listeners) {
        try {
          await listener(outcome);
        } catch (err) {
          log.error({ err }, 'reload listener failed');
        }
      }
    }
    if (changed.length > 0) void charts.prerender();
    return outcome;
  };
  let running: Promise<ReloadOutcome> | undefined;
  let queued: Promise<ReloadOutcome> | undefined;
  const reload = (trigger: string): Promise<ReloadOutcome> => {
    if (!running) {
      running = reloadOnce(trigger).finally(() => (running = undefined));
      return running;
    }
    // One more pass after the current one sees every change made meanwhile.
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return reload(trigger);
      });
    return queued;
  };

  return {
    config,
    log,
    briefings,
    commands,
    services,
    charts,
    warmUp: () => void qa(briefings.default),
    reload,
    loadFailures: () => failures,
    onReload: (listener) => void listeners.push(listener),
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
