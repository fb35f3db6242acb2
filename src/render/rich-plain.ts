import type { Lang } from '../briefing/schema.ts';
import type { RichText, Span } from '../query/rich-text.ts';
import { plainRuns } from '../query/rich-text.ts';
import { t } from '../i18n/catalogue.ts';
import { withoutInvisibles } from './user-text.ts';

/** Terminal text for a view's text: no formatting, times in UTC or relative to `now`, channels as #id. */
export function plain(text: RichText, lang: Lang, now: Date = new Date()): string {
  return plainRuns(text, (span: Span) => {
    if ('strong' in span) return span.strong;
    // Commands and cron expressions stay between backticks, so they read as something to type.
    if ('code' in span) return `\`${span.code}\``;
    if ('typed' in span) return withoutInvisibles(span.typed).replace(/\s+/g, ' ').trim();
    if ('channel' in span) return `#${span.channel}`;
    return span.relative
      ? relative(span.time.getTime() - now.getTime(), lang)
      : `${span.time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  });
}

function relative(ms: number, lang: Lang): string {
  const minutes = Math.round(ms / 60_000);
  const abs = Math.abs(minutes);
  const [amount, unit] =
    abs < 90
      ? ([abs, 'minutes'] as const)
      : abs < 36 * 60
        ? ([Math.round(abs / 60), 'hours'] as const)
        : ([Math.round(abs / 1440), 'days'] as const);
  return t(lang).relativeTime(amount, unit, minutes >= 0);
}
