import { EventEmitter } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ERR } from './errors.ts';
import type { Gateway } from './gateway.ts';
import { RateLimiter, rateLimitedBody } from './rate-limits.ts';
import type { RouteContext, RouteDef, RouteResult } from './route-types.ts';
import type { FaultSpec, RecordedFile, RecordedRequest } from './types.ts';

const API_PREFIX = '/api/v10';

interface CompiledRoute {
  def: RouteDef;
  segments: string[];
  key: string;
}

export interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
}

export interface RestCounters {
  requests: number;
  /** 429s from real bucket exhaustion (not injected). */
  route429: number;
  global429: number;
  /** 429s served by injected faults. */
  injected429: number;
  faultsServed: number;
}

const normaliseTemplate = (t: string) => t.replace(/:[A-Za-z_]+/g, ':id');

function matchSegments(segments: string[], path: string[]): Record<string, string> | null {
  if (segments.length !== path.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const actual = path[i]!;
    if (seg.startsWith(':')) params[seg.slice(1)] = actual;
    else if (seg !== actual) return null;
  }
  return params;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Request('http://emulator.local/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: raw,
    }).formData();
    let body: unknown;
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
        continue;
      }
      const data = Buffer.from(await value.arrayBuffer());
      files.push({ field, filename: value.name, contentType: value.type || 'application/octet-stream', size: data.length, data });
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')), files: [] };
}

/** HTTP side of the emulator: routing, auth, fault injection, rate limits, request log. */
export class RestServer extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  readonly unknownRequests: RecordedRequest[] = [];
  readonly counters: RestCounters = { requests: 0, route429: 0, global429: 0, injected429: 0, faultsServed: 0 };
  readonly http: http.Server;
  private readonly routes: CompiledRoute[];
  private faults: ActiveFault[] = [];

  constructor(
    routes: RouteDef[],
    private readonly gateway: Gateway,
    private readonly limiter: RateLimiter,
    private readonly opts: { acceptsToken: (token: string) => boolean; globalExemptsInteractions: boolean },
  ) {
    super();
    this.routes = routes.map((def) => ({ def, segments: def.template.split('/').filter(Boolean), key: `${def.method} ${def.template}` }));
    this.http = http.createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent)
          this.send(res, { status: 500, body: { message: '500: Internal Server Error', code: 0, emulatorError: String(err) } });
        this.emit('error', err);
      });
    });
    this.http.on('upgrade', (req, socket, head) => {
      if (!this.gateway.handleUpgrade(req, socket, head)) socket.destroy();
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    return (this.http.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  injectFault(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { spec, remaining: spec.times ?? 1 };
    this.faults.push(fault);
    return fault;
  }

  clearFaults(): void {
    this.faults = [];
  }

  private takeFault(method: string, path: string, template: string): FaultSpec | undefined {
    const fault = this.faults.find((f) => {
      if (f.remaining <= 0) return false;
      if (f.spec.method && f.spec.method.toUpperCase() !== method) return false;
      const r = f.spec.route;
      if (r === undefined) return true;
      if (r instanceof RegExp) return r.test(path);
      return r === path || normaliseTemplate(r) === normaliseTemplate(template);
    });
    if (!fault) return undefined;
    fault.remaining--;
    return fault.spec;
  }

  private send(res: ServerResponse, result: RouteResult, extraHeaders: Record<string, string> = {}): void {
    const headers: Record<string, string> = { ...extraHeaders, ...result.headers };
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status, headers);
      res.end();
      return;
    }
    if (typeof result.body === 'string') {
      res.writeHead(result.status, { 'Content-Type': 'text/html', ...headers });
      res.end(result.body);
      return;
    }
    res.writeHead(result.status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(result.body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const rawPath = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) || '/' : url.pathname;
    const pathSegments = rawPath
      .split('/')
      .filter(Boolean)
      .map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          return s;
        }
      });
    const path = `/${pathSegments.join('/')}`;
    const record: RecordedRequest = {
      at: Date.now(),
      method,
      path,
      rawPath: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: undefined,
      files: [],
      route: null,
    };
    this.requests.push(record);
    this.counters.requests++;
    const respond = (result: RouteResult, extra?: Record<string, string>) => {
      record.status = result.status;
      this.send(res, result, extra);
      this.emit('request', record);
    };

    try {
      const parsed = await parseBody(raw, headers['content-type'] ?? '');
      record.body = parsed.body;
      record.files = parsed.files;
    } catch {
      return respond({ status: 400, body: { message: 'The request body contains invalid JSON.', code: 50109 } });
    }

    const candidates = url.pathname.startsWith(API_PREFIX)
      ? this.routes.map((r) => ({ r, params: matchSegments(r.segments, pathSegments) })).filter((m) => m.params)
      : [];
    const match = candidates.find((m) => m.r.def.method === method);
    if (!match) {
      this.unknownRequests.push(record);
      return respond(candidates.length ? { status: 405, body: ERR.methodNotAllowed } : { status: 404, body: ERR.notFound });
    }
    const { def, key } = match.r;
    record.route = key;

    if (def.auth) {
      const auth = headers.authorization ?? '';
      const m = /^Bot (.+)$/.exec(auth);
      if (!m || !this.opts.acceptsToken(m[1]!)) return respond({ status: 401, body: ERR.unauthorized });
    }

    const fault = this.takeFault(method, path, def.template);
    if (fault) {
      this.counters.faultsServed++;
      const injected = this.faultResult(fault, key, def);
      if (injected) {
        if (injected.status === 429) this.counters.injected429++;
        return respond(injected);
      }
      await sleep(fault.delayMs ?? 2000);
    }

    const params = match.params!;
    const countsGlobally = def.auth || !this.opts.globalExemptsInteractions;
    if (countsGlobally) {
      const wait = this.limiter.takeGlobal();
      if (wait !== null) {
        this.counters.global429++;
        return respond({ status: 429, body: rateLimitedBody(wait, true), headers: RateLimiter.globalHeaders(wait) });
      }
    }

    let bucketHeaders: Record<string, string> = {};
    if (def.bucket) {
      const major = params.webhook_id ? `${params.webhook_id}/${params.token}` : (params.channel_id ?? params.guild_id ?? 'global');
      const taken = this.limiter.take(key, major, def.bucket);
      bucketHeaders = taken.headers;
      if (taken.limited) {
        this.counters.route429++;
        return respond({ status: 429, body: rateLimitedBody(taken.retryAfter, false), headers: bucketHeaders });
      }
    }

    const ctx: RouteContext = {
      method,
      path,
      params,
      query: url.searchParams,
      body: record.body,
      files: record.files,
      headers: req.headers,
    };
    const result = await def.handler(ctx);
    respond(result, bucketHeaders);
  }

  private faultResult(fault: FaultSpec, key: string, def: RouteDef): RouteResult | null {
    const retryAfter = fault.retryAfter ?? 1;
    switch (fault.kind) {
      case '429-route':
        return {
          status: 429,
          body: rateLimitedBody(retryAfter, false),
          headers: RateLimiter.exhaustedHeaders(key, def.bucket ?? { limit: 5, windowMs: 5000 }, retryAfter),
        };
      case '429-global':
        return { status: 429, body: rateLimitedBody(retryAfter, true), headers: RateLimiter.globalHeaders(retryAfter) };
      case '500':
        return { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
      case '502':
        return {
          status: 502,
          body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>',
        };
      case '403': {
        const code = fault.code ?? 50001;
        return { status: 403, body: { message: fault.message ?? (code === 50013 ? 'Missing Permissions' : 'Missing Access'), code } };
      }
      case '404':
        return { status: 404, body: { message: fault.message ?? 'Unknown Channel', code: fault.code ?? 10003 } };
      case 'slow':
        return null;
    }
  }
}
