import { listCommand } from '../src/bot/list-command.ts';
import { risksView } from '../src/query/list-views.ts';

export const { data, execute, autocomplete } = listCommand({
  name: 'risks',
  zhName: '风险',
  description: { en: 'Risks ranked, with drivers and what to watch', zh: '按严重程度列出风险、成因与关注点' },
  view: risksView,
});
