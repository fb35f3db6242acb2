import type { Lang } from '../briefing/schema.ts';
import { formatDate, t } from '../i18n/ui.ts';
import { changesView, type ChangesRequest } from '../query/changes-view.ts';
import { topicById } from '../query/common.ts';
import { LIMITS } from '../render/discord-limits.ts';
import { renderEmbedPages } from '../render/discord-render.ts';
import type { MessagePayload } from '../render/discord-payload.ts';
import { fitInOneMessage } from './digest-message.ts';

/**
 * The "what changed" post for a channel that follows a section: the `/changes` view of that section (or of the
 * whole briefing, for a rotation), as one message; anything that does not fit is pointed to with the command.
 */
export function changeAlertMessage(req: ChangesRequest, lang: Lang): MessagePayload {
  const pages = renderEmbedPages(changesView(req, lang));
  const embeds = fitInOneMessage(pages);
  const b = req.after;
  const where = req.topic ? `${topicById(b, req.topic)?.title[lang] ?? req.topic}${lang === 'zh' ? '：' : ': '}` : '';
  const header =
    lang === 'zh'
      ? `🔔 **${t('changeAlert', lang)}** · ${where}${b.title.zh}（截至 ${formatDate(b.asOf, 'zh')}）`
      : `🔔 **${t('changeAlert', lang)}** · ${where}${b.title.en} (as of ${formatDate(b.asOf, 'en')})`;
  const command = `/changes briefing:${b.id} since:${req.from.id}${req.topic ? ` topic:${req.topic}` : ''}`;
  const more = embeds.length < pages.length ? (lang === 'zh' ? `\n完整内容：\`${command}\`` : `\nThe rest: \`${command}\``) : '';
  return { content: `${header}${more}`.slice(0, LIMITS.content), embeds, components: [], allowed_mentions: { parse: [] } };
}
