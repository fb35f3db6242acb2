import type { Issue } from './errors.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const len = (v: unknown): number => (typeof v === 'string' ? [...v].length : 0);

function maxLen(issues: Issue[], path: (string | number)[], value: unknown, max: number): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') {
    issues.push({ path, code: 'BASE_TYPE_STRING', message: 'Must be a string.' });
  } else if (len(value) > max) {
    issues.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
}

function required(issues: Issue[], path: (string | number)[], value: unknown, max: number): void {
  if (typeof value !== 'string' || value.length === 0) {
    issues.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  } else maxLen(issues, path, value, max);
}

function embedIssues(embed: unknown, i: number, issues: Issue[]): number {
  const p = ['embeds', i];
  if (!isObj(embed)) {
    issues.push({ path: p, code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' });
    return 0;
  }
  maxLen(issues, [...p, 'title'], embed.title, 256);
  maxLen(issues, [...p, 'description'], embed.description, 4096);
  let total = len(embed.title) + len(embed.description);
  if (isObj(embed.footer)) {
    maxLen(issues, [...p, 'footer', 'text'], embed.footer.text, 2048);
    total += len(embed.footer.text);
  }
  if (isObj(embed.author)) {
    maxLen(issues, [...p, 'author', 'name'], embed.author.name, 256);
    total += len(embed.author.name);
  }
  if (embed.fields !== undefined) {
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > 25) {
      issues.push({ path: [...p, 'fields'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    }
    fields.forEach((f: unknown, j) => {
      const fo = isObj(f) ? f : {};
      required(issues, [...p, 'fields', j, 'name'], fo.name, 256);
      required(issues, [...p, 'fields', j, 'value'], fo.value, 1024);
      total += len(fo.name) + len(fo.value);
    });
  }
  return total;
}

function componentIssues(components: unknown[], issues: Issue[], componentsV2: boolean): void {
  if (!componentsV2 && components.length > 5) {
    issues.push({ path: ['components'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' });
  }
  components.forEach((row, i) => {
    const p = ['components', i];
    if (!isObj(row)) return;
    if (!componentsV2 && row.type !== 1) {
      issues.push({ path: [...p, 'type'], code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', message: 'Top-level components must be action rows.' });
      return;
    }
    if (row.type !== 1) return;
    const children = Array.isArray(row.components) ? row.components : [];
    if (children.length < 1 || children.length > 5) {
      issues.push({ path: [...p, 'components'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 5 in length.' });
    }
    children.forEach((c: unknown, j) => {
      if (!isObj(c)) return;
      const cp = [...p, 'components', j];
      if (c.type === 2) {
        maxLen(issues, [...cp, 'label'], c.label, 80);
        if (c.style === 5) {
          if (typeof c.url !== 'string')
            issues.push({ path: [...cp, 'url'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
        } else if (c.style !== 6) {
          required(issues, [...cp, 'custom_id'], c.custom_id, 100);
        }
      } else if (typeof c.type === 'number' && c.type >= 3 && c.type <= 8) {
        required(issues, [...cp, 'custom_id'], c.custom_id, 100);
        if (c.type === 3) {
          const opts = Array.isArray(c.options) ? c.options : [];
          if (opts.length < 1 || opts.length > 25) {
            issues.push({ path: [...cp, 'options'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 25 in length.' });
          }
        }
      }
    });
  });
}

export interface MessageCheck {
  issues: Issue[];
  /** True when the resulting message would have no content, embeds, components, attachments, stickers or poll. */
  empty: boolean;
}

/** Discord's upload limit for a bot in a server without boosts. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Validates a message create/edit body like Discord does (content/embeds/components/nonce/attachment limits). */
export function checkMessageBody(body: Obj, files: number | ReadonlyArray<{ size: number }> = 0): MessageCheck {
  const issues: Issue[] = [];
  const fileCount = typeof files === 'number' ? files : files.length;
  if (typeof files !== 'number') {
    if (files.length > 10) issues.push({ path: ['files'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
    files.forEach((f, i) => {
      if (f.size > MAX_FILE_BYTES)
        issues.push({ path: ['files', i], code: 'FILE_TOO_LARGE', message: `File exceeds maximum size of ${MAX_FILE_BYTES} bytes.` });
    });
  }
  if (Array.isArray(body.attachments)) {
    (body.attachments as unknown[]).forEach((a, i) => {
      if (isObj(a)) maxLen(issues, ['attachments', i, 'description'], a.description, 1024);
    });
  }
  maxLen(issues, ['content'], body.content, 2000);
  let embedTotal = 0;
  if (body.embeds !== undefined && body.embeds !== null) {
    const embeds = Array.isArray(body.embeds) ? body.embeds : [];
    if (embeds.length > 10) issues.push({ path: ['embeds'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
    embeds.forEach((e, i) => (embedTotal += embedIssues(e, i, issues)));
    if (embedTotal > 6000) {
      issues.push({ path: ['embeds'], code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' });
    }
  }
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  if (Array.isArray(body.components)) componentIssues(body.components, issues, (flags & (1 << 15)) !== 0);
  if (body.nonce !== undefined && body.nonce !== null) {
    const ok = (typeof body.nonce === 'string' && body.nonce.length <= 25) || Number.isInteger(body.nonce);
    if (!ok) issues.push({ path: ['nonce'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  }
  const hasContent = typeof body.content === 'string' && body.content.trim().length > 0;
  const hasEmbeds = Array.isArray(body.embeds) && body.embeds.length > 0;
  const hasComponents = Array.isArray(body.components) && body.components.length > 0;
  const hasAttachments = fileCount > 0 || (Array.isArray(body.attachments) && body.attachments.length > 0);
  const hasOther = (Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0) || isObj(body.poll);
  return { issues, empty: !(hasContent || hasEmbeds || hasComponents || hasAttachments || hasOther) };
}
