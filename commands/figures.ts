import { listCommand } from '../src/bot/list-command.ts';
import { figuresView } from '../src/query/list-views.ts';

export const { data, execute, autocomplete } = listCommand({
  name: 'figures',
  zhName: '数字',
  description: { en: 'Key figures: what each number measures, and numbers the source leaves out', zh: '关键数字：每个数字的含义，以及原文缺失的数字' },
  view: figuresView,
});
