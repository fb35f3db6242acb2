/**
 * One bot instance's digest delivery, in its own process (as on its own machine): the bot's DigestScheduler +
 * DiscordDigestSender over a discord.js REST client pointed at `apiUrl` (the emulator directly, or the shared
 * REST proxy), on the shared PostgreSQL database. Driven over IPC by bench/lib/scaleout.ts.
 *
 *   ← { type: 'init', databaseUrl, apiUrl, token, nowAt, briefingsDir? } → { type: 'ready' }
 *   ← { type: 'tick' } → { type: 'done', result }           ← { type: 'stop' } → exits
 */
import { REST, RESTEvents } from 'discord.js';
import type { Lang } from '../../src/briefing/schema.ts';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { rotationSections } from '../../src/digest/digest-message.ts';
import { digestMessage } from '../../src/render/digest-payload.ts';
import { DigestScheduler, DiscordDigestSender } from '../../src/scheduler/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';

export interface InstanceResult {
  outcomes: Record<string, number>;
  tickStartedAt: number;
  tickEndedAt: number;
  firstSendAt: number | null;
  lastSendEndAt: number | null;
  sends: number;
  client429: number;
  clientGlobal429: number;
}

const send = (msg: unknown) => process.send?.(msg);
let store: Store | undefined;
let scheduler: DigestScheduler | undefined;
const counts = { client429: 0, clientGlobal429: 0, sends: 0, firstSendAt: null as number | null, lastSendEndAt: null as number | null };

process.on('message', (msg: { type: string; databaseUrl: string; apiUrl: string; token: string; nowAt: number }) => {
  if (msg.type === 'init') void init(msg);
  if (msg.type === 'tick') void tick();
  if (msg.type === 'stop') void (store?.close() ?? Promise.resolve()).finally(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));

async function init(msg: { databaseUrl: string; apiUrl: string; token: string; nowAt: number }): Promise<void> {
  const briefing = BriefingRegistry.fromDir().default;
  store = await openStore(msg.databaseUrl);
  const rest = new REST({ api: msg.apiUrl }).setToken(msg.token);
  rest.on(RESTEvents.Response, (_req, res) => {
    if (res.status !== 429) return;
    counts.client429++;
    if (res.headers.get('X-RateLimit-Global')) counts.clientGlobal429++;
  });
  const inner = new DiscordDigestSender(rest);
  const offset = msg.nowAt - Date.now();
  scheduler = new DigestScheduler({
    store,
    sender: {
      async send(channelId, payload, nonce) {
        counts.firstSendAt ??= Date.now();
        counts.sends++;
        try {
          return await inner.send(channelId, payload, nonce);
        } finally {
          counts.lastSendEndAt = Date.now();
        }
      },
    },
    // As src/runtime.ts configures it (DIGEST_GRACE_MINUTES=15): default concurrency, retries and backoff.
    graceMs: 15 * 60_000,
    claimLeaseMs: 60_000,
    rotationFor: () => rotationSections(briefing),
    render: (sub, section) => digestMessage(briefing, section, sub.language as Lang),
    clock: { now: () => new Date(Date.now() + offset) },
  });
  send({ type: 'ready' });
}

async function tick(): Promise<void> {
  const tickStartedAt = Date.now();
  const summary = await scheduler!.tick();
  const outcomes: Record<string, number> = {};
  for (const o of summary.outcomes) outcomes[o.status] = (outcomes[o.status] ?? 0) + 1;
  const result: InstanceResult = { outcomes, tickStartedAt, tickEndedAt: Date.now(), ...counts };
  send({ type: 'done', result });
}
