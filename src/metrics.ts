import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CommandMetrics, CommandOutcome } from './bot/command.ts';
import type { DigestEvent } from './scheduler/digest-scheduler.ts';

/** Seconds; commands answer in well under a millisecond, /ask in a few, a slow /digest in seconds. */
const COMMAND_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
/** Request to response on the interactions endpoint, against Discord's 3-second window. */
const INTERACTION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3];

/**
 * The Prometheus metrics of one bot process (`GET /metrics`). Each instance has its own registry, so
 * several bots in one process (tests) do not mix their counts.
 */
export class BotMetrics implements CommandMetrics {
  readonly registry = new Registry();
  private readonly commands = new Counter({
    name: 'briefing_bot_commands_total',
    help: 'Commands run, by command and outcome (ok, refused: a friendly refusal of bad input, error: an unexpected failure).',
    labelNames: ['command', 'outcome'],
    registers: [this.registry],
  });
  private readonly commandSeconds = new Histogram({
    name: 'briefing_bot_command_duration_seconds',
    help: 'Time to run a command (parse, query, view), by command.',
    labelNames: ['command'],
    buckets: COMMAND_BUCKETS,
    registers: [this.registry],
  });
  private readonly interactions = new Counter({
    name: 'briefing_bot_http_interactions_total',
    help: 'Requests to POST /interactions, by interaction type and HTTP status.',
    labelNames: ['type', 'status'],
    registers: [this.registry],
  });
  private readonly interactionSeconds = new Histogram({
    name: 'briefing_bot_http_interaction_duration_seconds',
    help: 'POST /interactions: request received to response sent, by interaction type.',
    labelNames: ['type'],
    buckets: INTERACTION_BUCKETS,
    registers: [this.registry],
  });
  private readonly digests = new Counter({
    name: 'briefing_bot_digests_total',
    help: 'Digest runs by final state (delivered, failed, missed) and subscriptions disabled (disabled).',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  private readonly rest429 = new Counter({
    name: 'briefing_bot_discord_rest_429_total',
    help: 'HTTP 429 responses from the Discord API (or the REST proxy), by scope (global, route).',
    labelNames: ['scope'],
    registers: [this.registry],
  });

  constructor(opts: { processMetrics?: boolean } = {}) {
    // Process metrics (CPU, memory, event-loop lag) are global to the process: one registry collects them.
    if (opts.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'briefing_bot_' });
    for (const outcome of ['delivered', 'failed', 'missed', 'disabled'] as const) this.digests.inc({ outcome }, 0);
    for (const scope of ['global', 'route'] as const) this.rest429.inc({ scope }, 0);
  }

  commandFinished(command: string, outcome: CommandOutcome, seconds: number): void {
    this.commands.inc({ command, outcome });
    this.commandSeconds.observe({ command }, seconds);
  }

  interactionAnswered(type: string, status: number, seconds: number): void {
    this.interactions.inc({ type, status: String(status) });
    this.interactionSeconds.observe({ type }, seconds);
  }

  digest(event: DigestEvent): void {
    this.digests.inc({ outcome: event });
  }

  restRateLimited(global: boolean): void {
    this.rest429.inc({ scope: global ? 'global' : 'route' });
  }

  /** The text exposition format Prometheus scrapes. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
