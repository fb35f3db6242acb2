import type { Lang, Trend } from '../briefing/schema.ts';
import { t } from '../i18n/catalogue.ts';

/** "↑ Escalating", "↓ Easing", "→ Unchanged", or "none" when no trend is set. */
export function trendName(trend: Trend | undefined, lang: Lang): string {
  return trend ? t(lang).living.trends[trend.direction] : t(lang).living.trendNone;
}

/** "↑ Escalating: reason", the way a topic's trend is shown beside it. */
export function trendText(trend: Trend, lang: Lang): string {
  return `${trendName(trend, lang)}${t(lang).colon}${trend.reason[lang]}`;
}
