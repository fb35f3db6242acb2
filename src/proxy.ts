/**
 * One REST proxy (@discordjs/proxy) in front of Discord for every bot instance. Each
 * instance alone would pace itself to the bot's global 50 requests/s, so three of them could send 150;
 * pointed at this proxy (DISCORD_API_URL=http://<proxy>:8080/api) they share one queue and one set of
 * rate-limit buckets. The instances' own Authorization header is forwarded; the proxy holds no token.
 * `npm run proxy` runs it (src/proxy-main.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { proxyRequests } from '@discordjs/proxy';
import { REST } from 'discord.js';

export const DEFAULT_PROXY_PORT = 8080;

export interface RunningProxy {
  url: string;
  rest: REST;
  close(): Promise<void>;
}

/** Starts the proxy; `upstream` is the API base the proxy itself calls (Discord's by default). */
export async function startProxy(opts: { port: number; host: string; upstream?: string; onError?: (err: unknown) => void }): Promise<RunningProxy> {
  const rest = new REST(opts.upstream ? { api: opts.upstream } : {});
  const handle = proxyRequests(rest);
  const server = http.createServer((req, res) => {
    Promise.resolve(handle(req, res)).catch((err: unknown) => {
      opts.onError?.(err);
      // proxyRequests ends the response itself in every case; only a response still open is answered here.
      if (res.writableEnded) return;
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'proxy could not reach the Discord API' }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host}:${port}/api`,
    rest,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

