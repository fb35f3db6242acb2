import { listCommand } from '../src/bot/list-command.ts';
import { timelineView } from '../src/query/list-views.ts';

export const { data, execute, autocomplete } = listCommand({
  name: 'timeline',
  view: timelineView,
});
