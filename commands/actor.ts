import { lookupCommand } from '../src/bot/lookup-command.ts';
import { actorView } from '../src/query/actor-view.ts';
import { actorNames, nameWithRole } from '../src/query/common.ts';

export const { data, execute, autocomplete } = lookupCommand({
  name: 'actor',
  option: { name: 'name', texts: 'actor.name' },
  kind: 'actor',
  entries: actorNames,
  title: (e, lang) => e.actor.name[lang],
  choiceName: (e, lang) => nameWithRole(e.actor, lang),
  view: (b, e, lang) => actorView(b, e.actor, lang),
});
