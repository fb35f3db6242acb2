/** Discord's documented message limits (characters unless noted). */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  buttonLabel: 80,
  customId: 100,
  actionRows: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Our own, stricter page budget so a page stays readable on a phone. */
export const PAGE_BUDGET = { fields: 8, chars: 3500, headline: 1500, footer: 300 } as const;

const ELLIPSIS = '…';

/**
 * Cuts text to at most `max` characters (code points counted as Discord does, by UTF-16 length),
 * at a word boundary when there is one nearby, and marks the cut with an ellipsis.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  let cut = text.slice(0, room);
  const endsOnBoundary = /\s/.test(text[room] ?? ' ');
  const space = cut.search(/\s\S*$/);
  if (!endsOnBoundary && space > room * 0.6) cut = cut.slice(0, space);
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

export interface EmbedLike {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string; inline?: boolean }>;
  footer?: { text: string };
  author?: { name: string };
}

/** Characters Discord counts towards the 6000 total of one message's embeds. */
export function embedChars(e: EmbedLike): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Lists every limit a message payload breaks; empty when it is within all of them. */
export function limitViolations(payload: {
  content?: string;
  embeds?: EmbedLike[];
  components?: ReadonlyArray<{ components: ReadonlyArray<object> }>;
}): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check((payload.content ?? '').length <= LIMITS.content, 'content > 2000');
  const embeds = payload.embeds ?? [];
  check(embeds.length <= LIMITS.embedsPerMessage, 'more than 10 embeds');
  check(embeds.reduce((n, e) => n + embedChars(e), 0) <= LIMITS.embedTotal, 'embeds total > 6000');
  embeds.forEach((e, i) => {
    check((e.title ?? '').length <= LIMITS.title, `embed ${i} title > 256`);
    check((e.description ?? '').length <= LIMITS.description, `embed ${i} description > 4096`);
    check((e.fields ?? []).length <= LIMITS.fields, `embed ${i} more than 25 fields`);
    check((e.footer?.text ?? '').length <= LIMITS.footer, `embed ${i} footer > 2048`);
    (e.fields ?? []).forEach((f, j) => {
      check(f.name.length > 0 && f.name.length <= LIMITS.fieldName, `embed ${i} field ${j} name length ${f.name.length}`);
      check(f.value.length > 0 && f.value.length <= LIMITS.fieldValue, `embed ${i} field ${j} value length ${f.value.length}`);
    });
  });
  const rows = payload.components ?? [];
  check(rows.length <= LIMITS.actionRows, 'more than 5 action rows');
  rows.forEach((row, i) =>
    row.components.forEach((component, j) => {
      const c = component as { custom_id?: string; label?: string };
      check((c.custom_id ?? '').length <= LIMITS.customId, `row ${i} button ${j} custom_id > 100`);
      check((c.label ?? '').length <= LIMITS.buttonLabel, `row ${i} button ${j} label > 80`);
    }),
  );
  return problems;
}
