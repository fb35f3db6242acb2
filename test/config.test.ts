import { describe, expect, it } from 'vitest';
import { ConfigError, httpListenAddress, parseConfig } from '../src/config.ts';

describe('GIVEN the environment', () => {
  it('THEN an empty one is console mode with defaults', () => {
    const c = parseConfig({});
    expect(c.DISCORD_TOKEN).toBeUndefined();
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.DIGEST_GRACE_MINUTES).toBe(15);
    expect(c.DEFAULT_TIMEZONE).toBe('UTC');
  });

  it('THEN DISCORD_GATEWAY defaults to on and accepts false/off/0', () => {
    expect(parseConfig({}).DISCORD_GATEWAY).toBe(true);
    for (const v of ['false', 'off', '0', 'FALSE']) expect(parseConfig({ DISCORD_GATEWAY: v }).DISCORD_GATEWAY).toBe(false);
  });

  it('THEN numbers are read as plain decimal only', () => {
    expect(parseConfig({ DIGEST_GRACE_MINUTES: '30' }).DIGEST_GRACE_MINUTES).toBe(30);
    expect(parseConfig({ DIGEST_GRACE_MINUTES: ' 07 ' }).DIGEST_GRACE_MINUTES).toBe(7);
    expect(() => parseConfig({ DIGEST_GRACE_MINUTES: '1e3' })).toThrow(
      /DIGEST_GRACE_MINUTES: must be a whole number in plain decimal digits/,
    );
  });

  it('THEN blank values count as unset', () => {
    expect(parseConfig({ DISCORD_TOKEN: '  ', DATABASE_URL: '' }).DISCORD_TOKEN).toBeUndefined();
  });

  it.each([
    ['DISCORD_CLIENT_ID', 'abc'],
    ['DISCORD_GUILD_ID', '12'],
    ['DISCORD_API_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['DISCORD_GATEWAY', 'maybe'],
    ['DIGEST_GRACE_MINUTES', '-3'],
    ['DIGEST_GRACE_MINUTES', '0'],
    ['DIGEST_GRACE_MINUTES', '1e3'],
    ['DIGEST_GRACE_MINUTES', '0x10'],
    ['DIGEST_GRACE_MINUTES', '1.5'],
    ['DIGEST_GRACE_MINUTES', '+5'],
    ['DEFAULT_TIMEZONE', 'Mars/Base'],
    ['DISCORD_INTERACTIONS', 'webhook'],
    ['DISCORD_PUBLIC_KEY', 'abc123'],
    ['DISCORD_PUBLIC_KEY', 'g'.repeat(64)],
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '3e3'],
    ['HOST', 'http://example.com/'],
  ])('THEN a bad %s stops start-up with a message naming it', (name, value) => {
    let error: unknown;
    try {
      parseConfig({ [name]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(`${name}:`);
  });

  it('THEN interactions come over the gateway by default, with no HTTP server unless PORT is set', () => {
    const c = parseConfig({ DISCORD_TOKEN: 't' });
    expect(c.DISCORD_INTERACTIONS).toBe('gateway');
    expect(httpListenAddress(c)).toBeUndefined();
    expect(httpListenAddress(parseConfig({ DISCORD_TOKEN: 't', PORT: '9100' }))).toEqual({ port: 9100, host: '0.0.0.0' });
    // The console never listens.
    expect(httpListenAddress(parseConfig({ PORT: '9100' }))).toBeUndefined();
  });

  it('THEN DISCORD_INTERACTIONS=http listens on 3000 on every interface unless PORT and HOST say otherwise', () => {
    const key = 'AB'.repeat(32);
    const c = parseConfig({ DISCORD_TOKEN: 't', DISCORD_INTERACTIONS: ' HTTP ', DISCORD_PUBLIC_KEY: key });
    expect(c.DISCORD_INTERACTIONS).toBe('http');
    expect(c.DISCORD_PUBLIC_KEY).toBe(key.toLowerCase());
    expect(httpListenAddress(c)).toEqual({ port: 3000, host: '0.0.0.0' });
    expect(
      httpListenAddress(
        parseConfig({ DISCORD_TOKEN: 't', DISCORD_INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: key, PORT: '8081', HOST: '127.0.0.1' }),
      ),
    ).toEqual({ port: 8081, host: '127.0.0.1' });
  });

  it('THEN DISCORD_INTERACTIONS=http without a public key or a token stops start-up, saying what is missing', () => {
    expect(() => parseConfig({ DISCORD_TOKEN: 't', DISCORD_INTERACTIONS: 'http' })).toThrow(
      /DISCORD_PUBLIC_KEY: is needed with DISCORD_INTERACTIONS=http/,
    );
    expect(() => parseConfig({ DISCORD_INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: 'ab'.repeat(32) })).toThrow(
      /DISCORD_TOKEN: is needed with DISCORD_INTERACTIONS=http/,
    );
  });

  it('THEN every variable the schema reads is documented in .env.example', async () => {
    const { readFileSync } = await import('node:fs');
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const { ConfigSchema } = await import('../src/config.ts');
    for (const key of Object.keys(ConfigSchema.shape)) expect(example).toMatch(new RegExp(`^${key}=`, 'm'));
  });
});
