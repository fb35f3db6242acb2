import { listCommand } from '../src/bot/list-command.ts';
import { positionsView } from '../src/query/list-views.ts';

export const { data, execute, autocomplete } = listCommand({
  name: 'positions',
  view: positionsView,
});
