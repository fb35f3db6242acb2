import type { DigestSender } from '../scheduler/types.ts';
import type { MessagePayload } from '../render/discord-payload.ts';
import { stripMarkdown } from '../render/statement-text.ts';

/** Console "channels": digests are printed to the terminal instead of posted, so the flow can be tried offline. */
export function consoleDigestSender(print: (text: string) => void): DigestSender {
  let next = 1;
  const seen = new Map<string, string>();
  return {
    async send(channelId, payload, nonce) {
      const known = seen.get(nonce);
      if (known) return { ok: true, messageId: known };
      const id = `console-${next++}`;
      seen.set(nonce, id);
      print(`\n── digest → #${channelId} ──\n${payloadText(payload as MessagePayload)}\n`);
      return { ok: true, messageId: id };
    },
  };
}

export function payloadText(p: MessagePayload): string {
  const out: string[] = [];
  if (p.content) out.push(stripMarkdown(p.content));
  for (const e of p.embeds) {
    if (e.title) out.push(e.title);
    if (e.description) out.push(stripMarkdown(e.description));
    for (const f of e.fields ?? []) out.push(`▸ ${f.name}`, ...f.value.split('\n').map((l) => `  ${stripMarkdown(l)}`));
    if (e.footer) out.push(`— ${e.footer.text}`);
  }
  for (const f of p.files ?? []) out.push(`[picture ${f.name}: ${f.description}]`);
  return out.join('\n');
}
