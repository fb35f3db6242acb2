import type { IncomingHttpHeaders } from 'node:http';
import type { BucketRule } from './rate-limits.ts';
import type { RecordedFile } from './types.ts';

export interface RouteContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
  headers: IncomingHttpHeaders;
}

export interface RouteResult {
  status: number;
  /** Omitted for 204. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteDef {
  method: string;
  /** e.g. `/channels/:channel_id/messages`. */
  template: string;
  /** Requires `Authorization: Bot <token>`. Interaction callback/webhook-token routes don't. */
  auth: boolean;
  /** Rate-limit bucket; omitted for interaction callbacks (discord.js treats them as burst routes). */
  bucket?: BucketRule;
  handler: (ctx: RouteContext) => RouteResult | Promise<RouteResult>;
}

export const ok = (body: unknown, status = 200): RouteResult => ({ status, body });
export const noContent = (): RouteResult => ({ status: 204 });
export const fail = (status: number, body: unknown): RouteResult => ({ status, body });
