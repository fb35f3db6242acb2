import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.ts';
import type { BotMetrics } from '../metrics.ts';
import type { EndpointResponse } from './interactions-endpoint.ts';

/** A readiness check: resolves with a short description when fine, rejects (or throws) when not. */
export type ReadinessCheck = () => Promise<string>;

export interface BotHttpServerOptions {
  log: Logger;
  metrics: BotMetrics;
  /** Each must pass for `GET /readyz` to answer 200. */
  readiness: Record<string, ReadinessCheck>;
  /** `POST /interactions`; absent in gateway mode. */
  interactions?: (req: IncomingMessage) => Promise<EndpointResponse>;
  /** A readiness check taking longer than this counts as failed. */
  checkTimeoutMs?: number;
}

export interface BotHttpServer {
  readonly server: http.Server;
  /** `http://host:port` actually bound (port 0 picks a free one). */
  readonly url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, contentType = 'application/json'): void {
  const text = contentType === 'application/json' ? JSON.stringify(body) : String(body);
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

async function readiness(
  checks: Record<string, ReadinessCheck>,
  timeoutMs: number,
): Promise<{ ready: boolean; checks: Record<string, string> }> {
  const results = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        return [name, true, await withTimeout(check(), timeoutMs)] as const;
      } catch (err) {
        return [name, false, `failed: ${err instanceof Error ? err.message : String(err)}`] as const;
      }
    }),
  );
  return { ready: results.every(([, ok]) => ok), checks: Object.fromEntries(results.map(([name, , text]) => [name, text])) };
}

/**
 * The bot's HTTP side: `GET /healthz` (the process is up), `GET /readyz` (database reachable and briefings
 * loaded), `GET /metrics` (Prometheus) and, in HTTP interactions mode, `POST /interactions`.
 */
export async function startBotHttpServer(opts: BotHttpServerOptions, listen: { port: number; host: string }): Promise<BotHttpServer> {
  const timeoutMs = opts.checkTimeoutMs ?? 2000;
  const server = http.createServer((req, res) => {
    const started = performance.now();
    const path = (req.url ?? '/').split('?')[0];
    const route = `${req.method ?? 'GET'} ${path}`;
    const answer = async (): Promise<void> => {
      switch (route) {
        case 'POST /interactions': {
          if (!opts.interactions)
            return send(res, 404, { message: 'interactions arrive over the gateway on this instance (DISCORD_INTERACTIONS=gateway)' });
          const r = await opts.interactions(req);
          send(res, r.status, r.body);
          opts.metrics.interactionAnswered(r.kind, r.status, (performance.now() - started) / 1000);
          return;
        }
        case 'GET /healthz':
        case 'HEAD /healthz':
          return send(res, 200, { status: 'ok' });
        case 'GET /readyz':
        case 'HEAD /readyz': {
          const r = await readiness(opts.readiness, timeoutMs);
          return send(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not ready', checks: r.checks });
        }
        case 'GET /metrics': {
          const m = await opts.metrics.render();
          return send(res, 200, m.body, m.contentType);
        }
        default:
          return send(res, ['/interactions', '/healthz', '/readyz', '/metrics'].includes(path ?? '') ? 405 : 404, {
            message: `no route for ${route}`,
          });
      }
    };
    answer().catch((err: unknown) => {
      opts.log.error({ err, route }, 'HTTP request failed');
      if (!res.headersSent) send(res, 500, { message: 'internal error' });
      else res.destroy();
    });
  });
  // Discord holds its connections open; a restart should not wait for them.
  server.keepAliveTimeout = 5_000;
  // A client trickling its request (headers or body) cannot hold a connection for long.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
