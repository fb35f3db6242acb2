import type { Lang } from '../briefing/schema.ts';
import { formatDate, t } from '../i18n/catalogue.ts';
import { changesView, type ChangesRequest } from '../query/changes-view.ts';
import { topicById } from '../query/common.ts';
import type { DigestView } from './digest-message.ts';

/**
 * The "what changed" post for a channel that follows a section: the `/changes` view of that section (or of the
 * whole briefing, for a rotation), headed like a digest; what does not fit is pointed to with the command.
 */
export function changeAlertView(req: ChangesRequest, lang: Lang): DigestView {
  const b = req.after;
  const words = t(lang);
  const where = req.topic ? `${topicById(b, req.topic)?.title[lang] ?? req.topic}${words.colon}` : '';
  const command = `/changes briefing:${b.id} since:${req.from.id}${req.topic ? ` topic:${req.topic}` : ''}`;
  return {
    header: words.living.alertHeader(where, b.title[lang], formatDate(b.asOf, lang)),
    view: changesView(req, lang),
    rest: words.living.rest(command),
  };
}
