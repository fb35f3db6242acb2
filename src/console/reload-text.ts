import type { ReloadOutcome } from '../app.ts';
import type { Lang } from '../briefing/schema.ts';
import { editionOf } from '../editions/edition.ts';
import { t } from '../i18n/catalogue.ts';
import { changesView } from '../query/changes-view.ts';
import { renderConsole } from '../render/console-render.ts';

/** What the console prints after a reload: each new edition's changes as `/changes` shows them, and every failure. */
export function reloadText(outcome: ReloadOutcome, lang: Lang): string {
  const w = t(lang).living;
  const out: string[] = [];
  for (const c of outcome.changed) {
    const to = editionOf(c.after);
    if (c.before && c.diff) {
      const from = editionOf(c.before);
      out.push(
        `── ${w.reloaded(c.after.id)} ──`,
        renderConsole(
          changesView(
            { before: c.before, after: c.after, diff: c.diff, from: { id: from.id, asOf: from.asOf }, to: { id: to.id, asOf: to.asOf } },
            lang,
          ),
        ),
      );
    } else {
      out.push(`── ${w.loaded(c.after.id, to.id)} ──`);
    }
  }
  for (const r of outcome.removed) out.push(`── ${w.stoppedServing(r.id)} ──`);
  for (const f of outcome.failures) out.push(`⚠ ${w.reloadFailedTitle}. ${w.reloadFailedText}`, f.message);
  return out.join('\n');
}
