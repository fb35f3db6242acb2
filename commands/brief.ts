import { lookupCommand } from '../src/bot/lookup-command.ts';
import { topicNames } from '../src/query/common.ts';
import { topicView } from '../src/query/topic-view.ts';

export const { data, execute, autocomplete } = lookupCommand({
  name: 'brief',
  zhName: '简报',
  description: { en: 'Summary of one topic or section of the briefing', zh: '查看简报中某个议题或章节的摘要' },
  option: { name: 'topic', zhName: '议题', description: { en: 'A topic or section of the briefing (type to search)', zh: '简报中的议题或章节（输入以搜索）' } },
  kind: { en: 'topic', zh: '议题' },
  entries: topicNames,
  title: (e, lang) => e.topic.title[lang],
  choiceName: (e, lang) => `${e.topic.title[lang]} (${e.id})`,
  view: (b, e, lang) => topicView(b, e.topic, lang),
});
