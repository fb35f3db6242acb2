import type { Briefing, Lang } from '../briefing/schema.ts';
import { topicTitle } from '../query/common.ts';
import type { Statement, View } from '../query/view.ts';
import { nextFireTime } from '../scheduler/fire-times.ts';
import type { Delivery, Subscription } from '../store/index.ts';

/** Discord renders `<t:unix:F>` in each reader's own time zone. */
export const discordTime = (d: Date, style: 'F' | 'R' = 'F') => `<t:${Math.floor(d.getTime() / 1000)}:${style}>`;

const STATUS: Record<Subscription['status'], { en: string; zh: string }> = {
  active: { en: '🟢 active', zh: '🟢 运行中' },
  paused: { en: '⏸️ paused', zh: '⏸️ 已暂停' },
  disabled: { en: '⛔ disabled', zh: '⛔ 已停用' },
};

const WEEKDAYS_ZH: Record<string, string> = { monday: '一', tuesday: '二', wednesday: '三', thursday: '四', friday: '五', saturday: '六', sunday: '日' };

/** A stored schedule label ("weekdays 09:00", "cron 0 9 * * 1-5") in the reader's language; cron stays in a code span. */
export function scheduleText(label: string, lang: Lang): string {
  const zh = lang === 'zh';
  let m: RegExpExecArray | null;
  if ((m = /^daily (\d\d:\d\d)$/.exec(label))) return zh ? `每天 ${m[1]}` : label;
  if ((m = /^weekdays (\d\d:\d\d)$/.exec(label))) return zh ? `工作日 ${m[1]}` : label;
  if ((m = /^weekly ([a-z]+) (\d\d:\d\d)$/.exec(label)) && WEEKDAYS_ZH[m[1]!]) return zh ? `每周${WEEKDAYS_ZH[m[1]!]} ${m[2]}` : label;
  if ((m = /^cron (.+)$/.exec(label))) return zh ? `cron 表达式 \`${m[1]}\`` : `cron \`${m[1]}\``;
  return label;
}

export function sectionLabel(b: Briefing, section: string, lang: Lang): string {
  return section === 'rotate' ? (lang === 'zh' ? '轮换（每次一个章节）' : 'rotate (one section per run)') : topicTitle(b, section, lang);
}

/** One subscription as a short block: where, what, when, and how the last runs went. */
export function subscriptionStatements(b: Briefing, sub: Subscription, recent: Delivery[], now: Date, lang: Lang): Statement[] {
  const zh = lang === 'zh';
  const lines: Statement[] = [
    { text: `${zh ? '频道' : 'Channel'}: <#${sub.channelId}> · ${sectionLabel(b, sub.section, lang)} · ${scheduleText(sub.scheduleLabel, lang)} (${sub.timezone}) · ${sub.language === 'zh' ? '中文' : 'English'}` },
    { text: `${zh ? '简报' : 'Briefing'}: ${b.title[lang]}` },
    { text: `${zh ? '状态' : 'Status'}: ${STATUS[sub.status][lang]}${sub.disabledReason ? ` · ${zh ? '原因' : 'reason'}: ${sub.disabledReason}` : ''}` },
  ];
  if (sub.status === 'active') {
    const next = sub.nextFireAt && sub.nextFireAt > now ? sub.nextFireAt : nextFireTime(sub.schedule, sub.timezone, now);
    if (next) lines.push({ text: `${zh ? '下次' : 'Next'}: ${discordTime(next)} (${discordTime(next, 'R')})` });
  }
  if (sub.lastDeliveredAt) lines.push({ text: `${zh ? '上次送达' : 'Last delivered'}: ${discordTime(sub.lastDeliveredAt)}` });
  const missed = recent.filter((d) => d.status === 'missed');
  const failed = recent.filter((d) => d.status === 'failed');
  if (missed.length > 0) lines.push({ text: `${zh ? '错过' : 'Missed'}: ${missed.length} (${zh ? '最近' : 'latest'} ${discordTime(missed[0]!.fireTime)}${missed[0]!.error ? `: ${missed[0]!.error}` : ''})` });
  if (failed.length > 0) lines.push({ text: `${zh ? '失败' : 'Failed'}: ${failed.length} (${zh ? '最近' : 'latest'}: ${failed[0]!.error ?? '?'})` });
  return lines;
}

/** Every subscription of a server; `briefingOf` gives the briefing each one follows (for its section's name). */
export function subscriptionListView(briefingOf: (sub: Subscription) => Briefing, subs: Array<{ sub: Subscription; recent: Delivery[] }>, now: Date, lang: Lang): View {
  const zh = lang === 'zh';
  if (subs.length === 0) {
    return {
      lang,
      tone: 'info',
      title: zh ? '本服务器没有摘要订阅' : 'No digest subscriptions in this server',
      headline: zh ? '用 `/digest subscribe` 让机器人定时向频道推送章节摘要。' : 'Use `/digest subscribe` to have a section digest posted to a channel on a schedule.',
      blocks: [],
    };
  }
  return {
    lang,
    tone: 'info',
    title: zh ? `摘要订阅（${subs.length}）` : `Digest subscriptions (${subs.length})`,
    blocks: subs.map(({ sub, recent }) => ({ heading: `#${sub.id}`, statements: subscriptionStatements(briefingOf(sub), sub, recent, now, lang) })),
  };
}
