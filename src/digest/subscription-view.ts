import type { Briefing, Lang } from '../briefing/schema.ts';
import { topicTitle } from '../query/common.ts';
import type { Statement, View } from '../query/view.ts';
import { runs, type RichText } from '../query/rich-text.ts';
import { t } from '../i18n/catalogue.ts';
import { nextFireTime } from '../scheduler/fire-times.ts';
import type { Delivery, Subscription } from '../store/index.ts';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** A stored schedule label ("weekdays 09:00", "cron 0 9 * * 1-5") in the reader's language; cron stays in a code span. */
export function scheduleText(label: string, lang: Lang): RichText {
  const words = t(lang).digest;
  let m: RegExpExecArray | null;
  if ((m = /^daily (\d\d:\d\d)$/.exec(label))) return words.schedule.daily(m[1]!);
  if ((m = /^weekdays (\d\d:\d\d)$/.exec(label))) return words.schedule.weekdays(m[1]!);
  const day = (name: string | undefined) => DAYS.find((d) => d === name);
  if ((m = /^weekly ([a-z]+) (\d\d:\d\d)$/.exec(label)) && day(m[1])) return words.schedule.weekly(words.weekdays[day(m[1])!], m[2]!);
  if ((m = /^cron (.+)$/.exec(label))) return [words.schedule.cron, { code: m[1]! }];
  return label;
}

export function sectionLabel(b: Briefing, section: string, lang: Lang): string {
  return section === 'rotate' ? t(lang).digest.rotate : topicTitle(b, section, lang);
}

/** One subscription as a short block: where, what, when, and how the last runs went. */
export function subscriptionStatements(b: Briefing, sub: Subscription, recent: Delivery[], now: Date, lang: Lang): Statement[] {
  const words = t(lang).digest;
  const c = t(lang).colon;
  const digests = sub.delivers !== 'changes';
  const when: RichText = digests ? [...runs(scheduleText(sub.scheduleLabel, lang)), ` (${sub.timezone})`] : t(lang).living.delivers.changes;
  const lines: Statement[] = [
    {
      text: [
        `${words.channel}${c}`,
        { channel: sub.channelId },
        ` · ${sectionLabel(b, sub.section, lang)} · `,
        ...runs(when),
        ` · ${t(sub.language).languageName}`,
      ],
    },
    { text: `${t(lang).living.deliversLabel}${c}${t(lang).living.delivers[sub.delivers]}` },
    { text: `${words.briefing}${c}${b.title[lang]}` },
    {
      text: `${words.statusLabel}${c}${words.status[sub.status]}${sub.disabledReason ? ` · ${words.reason}${c}${sub.disabledReason}` : ''}`,
    },
  ];
  if (sub.status === 'active' && digests) {
    const next = sub.nextFireAt && sub.nextFireAt > now ? sub.nextFireAt : nextFireTime(sub.schedule, sub.timezone, now);
    if (next) lines.push({ text: [`${words.next}${c}`, { time: next }, ' (', { time: next, relative: true }, ')'] });
  }
  if (sub.lastDeliveredAt) lines.push({ text: [`${words.lastDelivered}${c}`, { time: sub.lastDeliveredAt }] });
  const missed = recent.filter((d) => d.status === 'missed');
  const failed = recent.filter((d) => d.status === 'failed');
  if (missed.length > 0)
    lines.push({
      text: [
        `${words.missed}${c}${missed.length} (${words.latest} `,
        { time: missed[0]!.fireTime },
        `${missed[0]!.error ? `${c}${missed[0]!.error}` : ''})`,
      ],
    });
  if (failed.length > 0) lines.push({ text: `${words.failed}${c}${failed.length} (${words.latest}${c}${failed[0]!.error ?? '?'})` });
  return lines;
}

/** Every subscription of a server, each with the briefing it follows (for its section's name) and its recent runs. */
export function subscriptionListView(
  subs: Array<{ sub: Subscription; briefing: Briefing; recent: Delivery[] }>,
  now: Date,
  lang: Lang,
): View {
  const words = t(lang).digest;
  if (subs.length === 0) return { lang, tone: 'info', title: words.noneTitle, headline: words.noneHeadline, blocks: [] };
  return {
    lang,
    tone: 'info',
    title: words.listTitle(subs.length),
    blocks: subs.map(({ sub, briefing, recent }) => ({
      heading: `#${sub.id}`,
      statements: subscriptionStatements(briefing, sub, recent, now, lang),
    })),
  };
}
