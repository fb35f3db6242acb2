import type { Lang, LocalizedText, Nature } from '../briefing/schema.ts';

/** Interface strings, both languages; a missing translation does not compile. */
export const UI = {
  asOf: { en: 'As of', zh: '截至' },
  source: { en: 'Source', zh: '来源' },
  keyPoints: { en: 'Key points', zh: '要点' },
  positions: { en: 'Positions', zh: '各方立场' },
  figures: { en: 'Figures', zh: '关键数字' },
  plansOnTopic: { en: 'What the plans propose', zh: '各方案的提议' },
  relatedRisks: { en: 'Related risks', zh: '相关风险' },
  role: { en: 'Role', zh: '身份' },
  affiliation: { en: 'Affiliation', zh: '所属' },
  delegation: { en: 'Delegation', zh: '代表团' },
  sourceSpelling: { en: 'Source spelling', zh: '原文拼写' },
  profile: { en: 'Profile', zh: '简介' },
  inTheSource: { en: 'In the source', zh: '原文中的言行' },
  positionsOnIssues: { en: 'Positions on the sticking points', zh: '在争议问题上的立场' },
  draftedBy: { en: 'Drafted by', zh: '起草' },
  publishedBy: { en: 'Published by', zh: '公布' },
  /** On an actor's page: what they did with a plan ("{plan}" is the plan's name). */
  draftedPlan: { en: 'Drafted the {plan}', zh: '起草了{plan}' },
  publishedPlan: { en: 'Published the {plan}', zh: '公布了{plan}' },
  provisions: { en: 'Provisions', zh: '条款' },
  compareHeadline: { en: 'The plans side by side, topic by topic.', zh: '各方案逐项对比。' },
  notInPlan: { en: 'The source does not say what this plan proposes here.', zh: '原文未说明该方案在此问题上的内容。' },
  drivers: { en: 'Drivers', zh: '成因' },
  watch: { en: 'What to watch', zh: '关注点' },
  positiveSignals: { en: 'Positive signals', zh: '积极信号' },
  risks: { en: 'Risks, ranked', zh: '风险（按严重程度）' },
  timeline: { en: 'Timeline', zh: '时间线' },
  datedEvents: { en: 'Dated events', zh: '相关事件' },
  events: { en: 'Events, oldest first', zh: '事件（按时间先后）' },
  planned: { en: 'planned', zh: '计划中' },
  noNumber: { en: 'no number in the source', zh: '原文未给出数字' },
  labelReported: { en: 'reported', zh: '报道事实' },
  labelClaim: { en: 'claim', zh: '主张' },
  labelAnalysis: { en: 'analysis', zh: '分析' },
  seeAlso: { en: 'See also', zh: '另见' },
  page: { en: 'Page', zh: '第' },
  previous: { en: 'Previous', zh: '上一页' },
  next: { en: 'Next', zh: '下一页' },
  helpful: { en: 'Helpful', zh: '有帮助' },
  unhelpful: { en: 'Not helpful', zh: '没帮助' },
  // Living briefings: editions, what changed, trends, reloads.
  whatChanged: { en: 'What changed', zh: '更新内容' },
  edition: { en: 'Edition', zh: '版本' },
  /** "{to}" and "{from}" are edition labels such as "3f9a1c2b7d10 (as of 12 Mar 2031)". */
  editionCompared: { en: 'Edition {to} compared with edition {from}.', zh: '版本 {to} 与版本 {from} 相比。' },
  changeAdded: { en: 'Added', zh: '新增' },
  changeRemoved: { en: 'Removed', zh: '删除' },
  changeReworded: { en: 'Reworded', zh: '改写' },
  changeRelabelled: { en: 'Relabelled', zh: '标签变更' },
  changeFigure: { en: 'Figure changed', zh: '数字变更' },
  changeTrend: { en: 'Trend', zh: '态势' },
  was: { en: 'was', zh: '原为' },
  trendNone: { en: 'none', zh: '无' },
  trendEscalating: { en: '↑ Escalating', zh: '↑ 升级' },
  trendEasing: { en: '↓ Easing', zh: '↓ 缓和' },
  trendUnchanged: { en: '→ Unchanged', zh: '→ 无变化' },
  /** Counts in a change summary; "{n}" is the number. */
  countAdded: { en: '{n} added', zh: '新增 {n} 条' },
  countRemoved: { en: '{n} removed', zh: '删除 {n} 条' },
  countReworded: { en: '{n} reworded', zh: '改写 {n} 条' },
  countRelabelled: { en: '{n} relabelled', zh: '标签变更 {n} 条' },
  countFigures: { en: '{n} figures changed', zh: '数字变更 {n} 个' },
  countTrends: { en: '{n} trends changed', zh: '态势变更 {n} 项' },
  noChanges: { en: 'Nothing a reader sees changed between these editions.', zh: '这两个版本之间没有读者可见的变化。' },
  noChangesInTopic: { en: 'Nothing changed in this topic between these editions.', zh: '这两个版本之间，该议题没有变化。' },
  onlyOneEdition: { en: 'Only one edition of this briefing is recorded so far, so there is nothing to compare it with yet.', zh: '这份简报目前只记录了一个版本，暂时没有可比较的内容。' },
  changesNeedStore: { en: 'Edition history is kept by the running bot (`npm start`); this one-off command has no database.', zh: '版本历史由运行中的机器人（`npm start`）保存；这个一次性命令没有数据库。' },
  noSuchEdition: { en: 'No such edition', zh: '找不到这个版本' },
  /** "{typed}" is what the user typed; "{list}" the recorded editions. */
  noSuchEditionText: { en: 'There is no edition or date "{typed}" for this briefing. Give an edition id or a date like 2031-03-10. Recorded editions: {list}', zh: '这份简报没有“{typed}”这个版本或日期。请给出版本编号或日期（如 2031-03-10）。已记录的版本：{list}' },
  beforeFirstEdition: { en: 'No edition is dated before {date}; compared with the first recorded edition.', zh: '{date}之前没有版本；以下与最早记录的版本比较。' },
  newMark: { en: '🆕', zh: '🆕' },
  changeAlert: { en: 'What changed', zh: '更新内容' },
  reloadFailedTitle: { en: 'A briefing file failed to load', zh: '有简报文件未能加载' },
  reloadFailedText: { en: 'The previous edition keeps serving until the file is fixed.', zh: '在文件修正之前，继续使用上一个版本。' },
  reloaded: { en: 'Briefing reloaded', zh: '简报已重新加载' },
} satisfies Record<string, LocalizedText>;

export type UiKey = keyof typeof UI;

export function t(key: UiKey, lang: Lang): string {
  return UI[key][lang];
}

/** A catalogue string with its "{name}" slots filled in. */
export function tf(key: UiKey, lang: Lang, values: Record<string, string | number>): string {
  return UI[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

export function natureLabel(nature: Nature, lang: Lang, speaker?: string): string {
  if (nature === 'claim') return speaker ? `${t('labelClaim', lang)}${lang === 'zh' ? '：' : ': '}${speaker}` : t('labelClaim', lang);
  return nature === 'reported' ? t('labelReported', lang) : t('labelAnalysis', lang);
}

/** The languages the console and CLI offer, and how to ask for each. */
export const CONSOLE_LANGUAGES = 'en (English), zh (中文)';

/**
 * What the console accepts for `lang` / `--locale`: en or zh, alone or with a region (en-GB, zh-CN, zh_TW).
 * Anything else is undefined, so the caller can say which languages exist instead of quietly using English.
 */
export function consoleLocale(input: string | undefined): 'en-US' | 'zh-CN' | undefined {
  const m = /^(en|zh)(?:[-_][a-z]{2,4})?$/i.exec(input?.trim() ?? '');
  if (!m) return undefined;
  return m[1]!.toLowerCase() === 'zh' ? 'zh-CN' : 'en-US';
}

/** Discord locales zh-CN and zh-TW read Chinese; everything else English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2025-12-28 → "28 Dec 2025" / "2025年12月28日"; partial dates keep their precision. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-');
  const month = m ? Number(m) : undefined;
  const day = d ? Number(d) : undefined;
  if (lang === 'zh') return `${y}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  return [day, month ? MONTHS_EN[month - 1] : undefined, y].filter((p) => p !== undefined).join(' ');
}
