import { lookupCommand } from '../src/bot/lookup-command.ts';
import { actorView } from '../src/query/actor-view.ts';
import { actorNames, nameWithRole } from '../src/query/common.ts';

export const { data, execute, autocomplete } = lookupCommand({
  name: 'actor',
  zhName: '人物',
  description: { en: 'Who someone is and where they stand', zh: '查看人物或国家的身份与立场' },
  option: { name: 'name', zhName: '名称', description: { en: 'A person, state or bloc (any spelling)', zh: '人物、国家或集团（任意拼写）' } },
  kind: { en: 'actor', zh: '人物' },
  entries: actorNames,
  title: (e, lang) => e.actor.name[lang],
  choiceName: (e, lang) => nameWithRole(e.actor, lang),
  view: (b, e, lang) => actorView(b, e.actor, lang),
});
