import type { Lang } from '../briefing/schema.ts';
import { t } from '../i18n/catalogue.ts';
import type { View } from '../query/view.ts';
import type { Failure, FailureMessage } from './failure.ts';

/** The message of a failure in one language (the catalogue's map is exhaustive, so every code has one). */
export function failureMessage(f: Failure, lang: Lang): FailureMessage {
  const message = t(lang).failures[f.code] as (params: typeof f.params) => FailureMessage;
  return message(f.params);
}

/** A failure as the notice a user sees. */
export function failureView(f: Failure, lang: Lang): View {
  const m = failureMessage(f, lang);
  return { lang, tone: m.tone ?? 'warning', title: m.title, headline: m.body, blocks: m.blocks ?? [] };
}
