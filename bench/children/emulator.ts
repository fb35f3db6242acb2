/**
 * The local Discord emulator in its own process (as Discord is remote: the bot's event loop and SQLite
 * writes must not delay the emulator's answers, and vice versa). Driven over IPC by bench/lib/fanout.ts.
 *
 *   argv[2]: number of text channels in the one guild
 *   → { type: 'ready', apiUrl, token, channelIds }
 *   ← { type: 'stats' } → { type: 'stats', stats }      ← { type: 'stop' } → exits
 */
import { DiscordEmulator } from '../../test/emulator/index.ts';

const channels = Number(process.argv[2] ?? '10');
const send = (msg: unknown) => process.send?.(msg);

const emu = await DiscordEmulator.start({
  guilds: [{ name: 'Bench Guild', channels: Array.from({ length: channels }, (_, i) => ({ name: `digest-${i + 1}` })) }],
  // The defaults, spelled out: what this benchmark is about.
  globalRateLimitPerSecond: 50,
  channelMessageRateLimit: { limit: 5, windowMs: 5000 },
  heartbeatIntervalMs: 45_000,
});
const guildId = emu.guildId();
const channelIds = Array.from({ length: channels }, (_, i) => emu.channelId(`digest-${i + 1}`, guildId));

export interface EmulatorBenchStats {
  requests: number;
  route429: number;
  global429: number;
  /** POST /channels/:id/messages answered 200. */
  postsOk: number;
  /** Messages stored per channel: min/max, total and duplicates by nonce (must be 0). */
  messages: number;
  minPerChannel: number;
  maxPerChannel: number;
  duplicateNonces: number;
  firstOkAt: number | null;
  lastOkAt: number | null;
  /** Highest number of 200 POSTs in any sliding 1-second window. */
  maxOkPerSecond: number;
}

function stats(): EmulatorBenchStats {
  const s = emu.stats();
  const ok = emu.requests
    .filter((r) => r.method === 'POST' && r.route === 'POST /channels/:channel_id/messages' && r.status === 200)
    .map((r) => r.at);
  ok.sort((a, b) => a - b);
  let maxOkPerSecond = 0;
  for (let i = 0, j = 0; i < ok.length; i++) {
    while (ok[i]! - ok[j]! >= 1000) j++;
    maxOkPerSecond = Math.max(maxOkPerSecond, i - j + 1);
  }
  let messages = 0;
  let minPerChannel = Infinity;
  let maxPerChannel = 0;
  let duplicateNonces = 0;
  for (const id of channelIds) {
    const list = emu.channelMessages(id, { includeEphemeral: false });
    messages += list.length;
    minPerChannel = Math.min(minPerChannel, list.length);
    maxPerChannel = Math.max(maxPerChannel, list.length);
    const nonces = new Set<string>();
    for (const m of list) {
      if (m.nonce === undefined) continue;
      const key = String(m.nonce);
      if (nonces.has(key)) duplicateNonces++;
      nonces.add(key);
    }
  }
  return {
    requests: s.requests,
    route429: s.route429,
    global429: s.global429,
    postsOk: ok.length,
    messages,
    minPerChannel: channelIds.length ? minPerChannel : 0,
    maxPerChannel,
    duplicateNonces,
    firstOkAt: ok[0] ?? null,
    lastOkAt: ok[ok.length - 1] ?? null,
    maxOkPerSecond,
  };
}

process.on('message', (msg: { type: string }) => {
  if (msg.type === 'stats') send({ type: 'stats', stats: stats() });
  if (msg.type === 'stop') {
    void emu.stop().finally(() => process.exit(0));
  }
});
process.on('disconnect', () => {
  void emu.stop().finally(() => process.exit(0));
});

send({ type: 'ready', apiUrl: emu.apiUrl, token: emu.token, channelIds });
