import { randomBytes } from 'node:crypto';
import type { Lang } from '../briefing/schema.ts';
import type { View } from '../query/view.ts';
import { t } from '../i18n/catalogue.ts';

/** Short id a user can quote to whoever reads the logs, e.g. "E-3FQ9KD". */
export function newErrorId(): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  return `E-${[...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

export function apologyView(errorId: string, lang: Lang): View {
  return { lang, tone: 'error', title: t(lang).apologyTitle, headline: t(lang).apology(errorId), blocks: [] };
}

/** A friendly, expected failure (bad input, missing permission): shown to the user as is. */
export function noticeView(lang: Lang, title: string, headline: string, tone: View['tone'] = 'warning', blocks: View['blocks'] = []): View {
  return { lang, tone, title, headline, blocks };
}
