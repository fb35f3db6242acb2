import { listCommand } from '../src/bot/list-command.ts';
import { positionsView } from '../src/query/list-views.ts';

export const { data, execute, autocomplete } = listCommand({
  name: 'positions',
  zhName: '立场',
  description: { en: 'Who stands where: every party’s position on every sticking point', zh: '各方在每个争议问题上的立场' },
  view: positionsView,
});
