import type { Lang, Trend } from '../briefing/schema.ts';
import { t } from '../i18n/ui.ts';

/** "↑ Escalating", "↓ Easing", "→ Unchanged", or "none" when no trend is set. */
export function trendName(trend: Trend | undefined, lang: Lang): string {
  if (!trend) return t('trendNone', lang);
  return t(trend.direction === 'escalating' ? 'trendEscalating' : trend.direction === 'easing' ? 'trendEasing' : 'trendUnchanged', lang);
}

/** "↑ Escalating: reason", the way a topic's trend is shown beside it. */
export function trendText(trend: Trend, lang: Lang): string {
  return `${trendName(trend, lang)}${lang === 'zh' ? '：' : ': '}${trend.reason[lang]}`;
}
