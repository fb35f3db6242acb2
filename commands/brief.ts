import { lookupCommand } from '../src/bot/lookup-command.ts';
import { topicNames } from '../src/query/common.ts';
import { topicView } from '../src/query/topic-view.ts';

export const { data, execute, autocomplete } = lookupCommand({
  name: 'brief',
  option: { name: 'topic', texts: 'brief.topic' },
  kind: 'topic',
  entries: topicNames,
  title: (e, lang) => e.topic.title[lang],
  choiceName: (e, lang) => `${e.topic.title[lang]} (${e.id})`,
  view: (b, e, lang) => topicView(b, e.topic, lang),
});
