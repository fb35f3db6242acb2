import { listCommand } from '../src/bot/list-command.ts';
import { risksView } from '../src/query/list-views.ts';

export const { data, execute, autocomplete } = listCommand({
  name: 'risks',
  view: risksView,
});
