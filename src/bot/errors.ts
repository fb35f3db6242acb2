import { randomBytes } from 'node:crypto';
import type { Lang } from '../briefing/schema.ts';
import type { View } from '../query/view.ts';

/** Short id a user can quote to whoever reads the logs, e.g. "E-3FQ9KD". */
export function newErrorId(): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  return `E-${[...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

export function apologyView(errorId: string, lang: Lang): View {
  return lang === 'zh'
    ? { lang, tone: 'error', title: '抱歉，出了点问题', headline: `处理这条命令时发生了意外错误。请稍后再试；如果问题持续，请把错误编号 \`${errorId}\` 告诉管理员。`, blocks: [] }
    : { lang, tone: 'error', title: 'Sorry, something went wrong', headline: `An unexpected error stopped this command. Please try again; if it keeps happening, give an admin the error id \`${errorId}\`.`, blocks: [] };
}

/** A friendly, expected failure (bad input, missing permission): shown to the user as is. */
export function noticeView(lang: Lang, title: string, headline: string, tone: View['tone'] = 'warning', blocks: View['blocks'] = []): View {
  return { lang, tone, title, headline, blocks };
}
