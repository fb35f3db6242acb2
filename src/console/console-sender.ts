import type { BriefingRegistry } from '../briefing/registry.ts';
import type { Lang } from '../briefing/schema.ts';
import { digestView, type DigestView } from '../digest/digest-message.ts';
import { renderConsole } from '../render/console-render.ts';
import { plain } from '../render/rich-plain.ts';
import type { DigestSender, RenderDigest } from '../scheduler/types.ts';

/** What the console "posts": terminal text. */
interface ConsoleMessage {
  text: string;
}

/** Digests as terminal text: the header line, then the section's view as the console shows every view. */
export function consoleDigest(briefings: BriefingRegistry): RenderDigest {
  return (sub, section) => consoleMessage(digestView(briefings.orDefault(sub.briefingId), section, sub.language), sub.language);
}

/** Any digest-like post (a digest, a change alert) as terminal text. */
export function consoleMessage(digest: DigestView, lang: Lang): ConsoleMessage {
  return { text: `${plain(digest.header, lang)}\n\n${renderConsole(digest.view)}` };
}

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
      print(`\n── digest → #${channelId} ──\n${(payload as ConsoleMessage).text}\n`);
      return { ok: true, messageId: id };
    },
  };
}
