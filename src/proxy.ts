/**
 * One REST proxy in front of Discord for every bot instance. Each instance alone would pace itself to the
 * bot's global 50 requests/s, so three of them could send 150; pointed at this proxy
 * (DISCORD_API_URL=http://<proxy>:8080/api) they share one discord.js REST queue: one global limit and one set
 * of per-route buckets. The instances' own Authorization header is forwarded; the proxy holds no token.
 * `npm run proxy` runs it (src/proxy-main.ts).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { populateErrorResponse, populateSuccessfulResponse } from '@discordjs/proxy';
// The ESM build of @discordjs/rest, as @discordjs/proxy's helpers use: their `instanceof DiscordAPIError`
// checks only recognise errors from the same module instance (discord.js itself loads the CommonJS build).
import { REST, type RequestMethod } from '@discordjs/rest';

export const DEFAULT_PROXY_PORT = 8080;
/** Larger than any message the bot sends (embeds only, no files). */
const MAX_BODY_BYTES = 1024 * 1024;

export interface RunningProxy {
  url: string;
  rest: REST;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError('request body too large');
    chunks.push(chunk as Buffer);
  }
  return size > 0 ? Buffer.concat(chunks) : undefined;
}

/**
 * Forwards one request through the shared queue. Like @discordjs/proxy's `proxyRequests`, with one difference:
 * the body is read in full first. That handler streams the incoming request into the upstream one, so when the
 * queue retries after a 429 (or a 5xx) the body has already been consumed and the retry goes out empty
 * ("Cannot send an empty message").
 */
async function forward(rest: REST, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://proxy.local');
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'authorization', 'x-audit-log-reason']) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name === 'content-type' ? 'Content-Type' : name] = value;
  }
  let body: Buffer | undefined;
  try {
    body = await readBody(req);
  } catch {
    res.writeHead(413, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'request body too large for the proxy' }));
    return;
  }
  try {
    const upstream = await rest.queueRequest({
      fullRoute: url.pathname.replace(/^\/api(\/v\d+)?/, '') as `/${string}`,
      method: (req.method ?? 'GET') as RequestMethod,
      body,
      passThroughBody: true,
      // The instance's own Authorization header goes through as it came.
      auth: false,
      query: url.searchParams,
      headers,
    });
    await populateSuccessfulResponse(res, upstream);
  } catch (error) {
    if (!populateErrorResponse(res, error)) {
      // Not an answer from Discord (a network failure, say): say so rather than end with an empty 200.
      if (!res.headersSent)
        res
          .writeHead(502, { 'Content-Type': 'application/json' })
          .write(JSON.stringify({ message: 'proxy could not reach the Discord API' }));
      throw error;
    }
  } finally {
    res.end();
  }
}

/** Starts the proxy; `upstream` is the API base the proxy itself calls (Discord's by default). */
export async function startProxy(opts: {
  port: number;
  host: string;
  upstream?: string;
  onError?: (err: unknown) => void;
}): Promise<RunningProxy> {
  const rest = new REST(opts.upstream ? { api: opts.upstream } : {});
  const server = http.createServer((req, res) => {
    forward(rest, req, res).catch((err: unknown) => {
      opts.onError?.(err);
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
