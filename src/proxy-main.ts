/**
 * `npm run proxy`: the shared REST proxy (src/proxy.ts) as a process.
 *
 *   PORT (default 8080), HOST (default 0.0.0.0), DISCORD_API_URL (upstream, default Discord), LOG_LEVEL
 */
import { ConfigSchema, loadConfigOrExit, parseEnv } from './config.ts';
import { createLogger } from './log.ts';
import { DEFAULT_PROXY_PORT, startProxy } from './proxy.ts';

const ProxyConfig = ConfigSchema.pick({ PORT: true, HOST: true, DISCORD_API_URL: true, LOG_LEVEL: true });

async function main(): Promise<void> {
  const config = loadConfigOrExit((env) => parseEnv(ProxyConfig, env));
  const log = createLogger(config.LOG_LEVEL);
  const proxy = await startProxy({
    port: config.PORT ?? DEFAULT_PROXY_PORT,
    host: config.HOST ?? '0.0.0.0',
    upstream: config.DISCORD_API_URL,
    onError: (err) => log.error({ err }, 'proxied request failed'),
  });
  proxy.rest.on('rateLimited', (info) =>
    log.debug({ route: info.route, global: info.global, ms: info.timeToReset }, 'waiting on a rate limit'),
  );
  log.info(
    { url: proxy.url, upstream: config.DISCORD_API_URL ?? 'https://discord.com/api' },
    "REST proxy listening; point every instance's DISCORD_API_URL here",
  );
  const stop = () => void proxy.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`The REST proxy could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
