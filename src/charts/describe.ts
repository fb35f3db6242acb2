import type { ChartData, FiguresChartData, PositionsChartData, TimelineChartData } from './types.ts';

/** Discord accepts up to 1024 characters of alt text per attachment. */
export const DESCRIPTION_LIMIT = 1024;

/** Joins a summary and as many detail items as fit the limit, saying how many were left out. */
function fit(summary: string, items: string[], sep: string, more: (n: number) => string): string {
  let out = summary;
  for (let i = 0; i < items.length; i++) {
    const next = `${out}${i === 0 ? ' ' : sep}${items[i]}`;
    const rest = items.length - i - 1;
    if ([...next].length + (rest > 0 ? [...more(rest)].length + 1 : 0) > DESCRIPTION_LIMIT) return `${out} ${more(items.length - i)}`;
    out = next;
  }
  return out;
}

function timeline(d: TimelineChartData): string {
  const zh = d.lang === 'zh';
  const planned = d.rows.filter((r) => r.planned).length;
  const first = d.rows[0]?.dateText ?? '';
  const last = d.rows.at(-1)?.dateText.replace(/ \(planned\)|（计划中）/, '') ?? '';
  const summary = zh
    ? `时间线图：${d.rows.length} 个事件，从${first}到${last}${planned > 0 ? `，其中 ${planned} 个为计划中` : ''}。圆点为确切日期，横条表示只知道月份或年份。`
    : `Timeline chart of ${d.rows.length} events from ${first} to ${last}${planned > 0 ? `, ${planned} of them planned` : ''}. Dots are exact days; bars are events known only by month or year.`;
  return fit(summary, d.rows.map((r) => `${r.dateText}: ${r.spoken}`), zh ? '；' : '; ', (n) => (zh ? `另有 ${n} 个事件。` : `and ${n} more.`));
}

function figures(d: FiguresChartData): string {
  const zh = d.lang === 'zh';
  const summary = zh ? `条形图，并列比较 ${d.groups.length} 组数字（原文未给出的数字不画条形）。` : `Bar charts comparing ${d.groups.length} sets of figures side by side (figures the source does not give are not drawn).`;
  const items = d.groups.map((g) => `${g.title} (${g.unit}): ${g.bars.map((b) => `${b.spoken} ${b.valueText}`).join(zh ? '，' : ', ')}`);
  return fit(summary, items, zh ? '；' : '; ', (n) => (zh ? `另有 ${n} 组。` : `and ${n} more sets.`));
}

function positions(d: PositionsChartData): string {
  const zh = d.lang === 'zh';
  const names = d.parties.map((p) => p.name).join(zh ? '、' : ', ');
  const summary = zh
    ? `立场矩阵：${d.parties.length} 方（${names}）× ${d.topics.length} 个争议问题，每格为该方立场的简述，空白表示原文未提及。`
    : `Positions matrix: ${d.parties.length} parties (${names}) by ${d.topics.length} sticking points; each cell sums up that party's position, blank where the source gives none.`;
  const party = new Map(d.parties.map((p) => [p.id, p.name]));
  const items = d.topics.map((topic) => {
    const cells = d.cells.filter((c) => c.topicId === topic.id).map((c) => `${party.get(c.partyId)}: ${c.text}`);
    return `${topic.title}: ${cells.join(zh ? '，' : ', ')}`;
  });
  return fit(summary, items, zh ? '；' : '; ', (n) => (zh ? `另有 ${n} 个问题。` : `and ${n} more sticking points.`));
}

/** Alt text for a chart: what it shows, then its content as far as the limit allows. */
export function describeChart(d: ChartData): string {
  switch (d.kind) {
    case 'timeline':
      return timeline(d);
    case 'figures':
      return figures(d);
    case 'positions':
      return positions(d);
  }
}
