import { listCommand } from '../src/bot/list-command.ts';
import { figuresView } from '../src/query/list-views.ts';

export const { data, execute, autocomplete } = listCommand({
  name: 'figures',
  view: figuresView,
});
