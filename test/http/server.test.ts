import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotHttpServer, type BotHttpServer } from '../../src/http/server.ts';
import { silentLogger } from '../../src/log.ts';
import { BotMetrics } from '../../src/metrics.ts';

let server: BotHttpServer;
let databaseUp = true;
const metrics = new BotMetrics({ processMetrics: false });

beforeAll(async () => {
  server = await startBotHttpServer(
    {
      log: silentLogger,
      metrics,
      checkTimeoutMs: 200,
      readiness: {
        database: async () => {
          if (!databaseUp) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
          return 'reachable (postgres)';
        },
        briefings: async () => '1 loaded',
      },
    },
    { port: 0, host: '127.0.0.1' },
  );
});
afterAll(() => server.close());

describe('GIVEN the health server', () => {
  it('THEN /readyz is 503 with the failing check named while the database is down, 200 once it is back; /healthz stays 200', async () => {
    databaseUp = false;
    const down = await fetch(`${server.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({
      status: 'not ready',
      checks: { database: 'failed: connect ECONNREFUSED 127.0.0.1:5432', briefings: '1 loaded' },
    });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    databaseUp = true;
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('THEN /metrics is Prometheus text with digest and command counters', async () => {
    metrics.digest('delivered');
    metrics.digest('disabled');
    metrics.commandFinished('brief', 'ok', 0.0004);
    metrics.commandFinished('brief', 'refused', 0.0002);
    metrics.restRateLimited(true);
    const res = await fetch(`${server.url}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('briefing_bot_digests_total{outcome="delivered"} 1');
    expect(text).toContain('briefing_bot_digests_total{outcome="missed"} 0');
    expect(text).toContain('briefing_bot_digests_total{outcome="disabled"} 1');
    expect(text).toContain('briefing_bot_commands_total{command="brief",outcome="refused"} 1');
    expect(text).toContain('briefing_bot_command_duration_seconds_bucket{le="0.0005",command="brief"} 2');
    expect(text).toContain('briefing_bot_discord_rest_429_total{scope="global"} 1');
  });

  it('THEN unknown paths are 404 and wrong methods 405; /interactions is 404 without the HTTP mode', async () => {
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    expect((await fetch(`${server.url}/healthz`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${server.url}/interactions`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
