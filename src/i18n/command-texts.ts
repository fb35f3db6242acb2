import type { Lang } from '../briefing/schema.ts';
import { CATALOGUES, type Catalogue } from './catalogue.ts';
import type { CommandText } from './en.ts';

export type CommandTextKey = keyof Catalogue['commands'];

/** A slash command's or option's words in every language. */
export function commandTexts(key: CommandTextKey): Record<Lang, CommandText> {
  return { en: CATALOGUES.en.commands[key], zh: CATALOGUES.zh.commands[key] };
}
