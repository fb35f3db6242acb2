import { listCommand } from '../src/bot/list-command.ts';
import { timelineView } from '../src/query/list-views.ts';

export const { data, execute, autocomplete } = listCommand({
  name: 'timeline',
  zhName: '时间线',
  description: { en: 'Dated events, oldest first', zh: '按时间顺序列出事件' },
  view: timelineView,
});
