import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordDigestSender } from '../../src/discord/digest-sender.ts';

// A real discord.js REST client against a local stand-in for the Discord API, so the error classes
// and the 429 queueing are discord.js's own.
describe('DiscordDigestSender', () => {
  let server: Server;
  let rest: REST;
  const bodies: Record<string, unknown>[] = [];
  let rateLimitedOnce = false;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const channel = /\/channels\/([^/]+)\/messages/.exec(req.url ?? '')?.[1] ?? '';
        const json = (status: number, body: object, headers: Record<string, string> = {}) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(body));
        };
        if (raw) bodies.push(JSON.parse(raw));
        switch (channel) {
          case 'ok':
            return json(200, { id: '111', channel_id: 'ok' });
          case 'limited':
            if (!rateLimitedOnce) {
              rateLimitedOnce = true;
              return json(
                429,
                { message: 'You are being rate limited.', retry_after: 0.05, global: false },
                { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
              );
            }
            return json(200, { id: '222' });
          case 'no-perms':
            return json(403, { code: 50013, message: 'Missing Permissions' });
          case 'no-access':
            return json(403, { code: 50001, message: 'Missing Access' });
          case 'gone':
            return json(404, { code: 10003, message: 'Unknown Channel' });
          case 'bad':
            return json(400, { code: 50035, message: 'Invalid Form Body', errors: {} });
          case 'down':
            res.writeHead(502, { 'content-type': 'text/html' });
            return res.end('<html>bad gateway</html>');
          case 'hang':
            return; // never answers: REST times out
          default:
            return json(500, {});
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    rest = new REST({ api: `http://127.0.0.1:${port}/api`, retries: 0, timeout: 300 }).setToken('test-token');
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const send = (channel: string) => new DiscordDigestSender(rest).send(channel, { content: 'hello' }, '424242');

  it('posts the payload with the nonce and enforce_nonce, returning the message id', async () => {
    expect(await send('ok')).toEqual({ ok: true, messageId: '111' });
    expect(bodies.at(-1)).toEqual({ content: 'hello', nonce: '424242', enforce_nonce: true });
  });

  it('waits out a 429 in the REST queue instead of failing', async () => {
    expect(await send('limited')).toEqual({ ok: true, messageId: '222' });
    expect(rateLimitedOnce).toBe(true);
  });

  it.each([
    ['no-perms', { kind: 'forbidden', status: 403, code: 50013 }],
    ['no-access', { kind: 'forbidden', status: 403, code: 50001 }],
    ['gone', { kind: 'not-found', status: 404, code: 10003 }],
    ['bad', { kind: 'fatal', status: 400, code: 50035 }],
    ['down', { kind: 'retryable', status: 502 }],
    ['hang', { kind: 'retryable' }],
  ])('maps %s to %o', async (channel, expected) => {
    const result = await send(channel);
    expect(result).toMatchObject({ ok: false, ...expected, message: expect.any(String) });
  });
});
