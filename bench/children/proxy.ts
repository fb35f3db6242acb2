/**
 * The shared REST proxy (src/proxy.ts, @discordjs/proxy) in its own process, in front of `argv[2]` (the
 * emulator's API URL). → { type: 'ready', url }; counts the 429s it received from upstream on request.
 *   ← { type: 'stats' } → { type: 'stats', upstream429, errors }      ← { type: 'stop' } → exits
 */
import { RESTEvents } from 'discord.js';
import { startProxy } from '../../src/proxy.ts';

const upstream = process.argv[2]!;
let errors = 0;
let upstream429 = 0;
const proxy = await startProxy({ port: 0, host: '127.0.0.1', upstream, onError: () => void errors++ });
proxy.rest.on(RESTEvents.Response, (_req, res) => void (res.status === 429 && upstream429++));
process.on('message', (msg: { type: string }) => {
  if (msg.type === 'stats') process.send?.({ type: 'stats', upstream429, errors });
  if (msg.type === 'stop') void proxy.close().finally(() => process.exit(0));
});
process.on('disconnect', () => void proxy.close().finally(() => process.exit(0)));
process.send?.({ type: 'ready', url: proxy.url });
