import { isUtf8 } from 'node:buffer';
import { formatPath, type BriefingIssue } from './validate.ts';

/**
 * Size limits a briefing file must keep before it is validated and indexed. A hand-written briefing is far
 * below all of them (the first one: 115 KB, 3,500 values, texts under 400 characters, lists under 30); they
 * stop a bad or hostile file (YAML anchors expanding one huge list many times over, megabyte texts) from
 * taking gigabytes and minutes at start-up. Checked in one walk that stops at the first limit it passes.
 */
export const BRIEFING_LIMITS = {
  fileBytes: 8 * 1024 * 1024,
  /** Every value in the file, counting a YAML alias once per use (what validation and indexing would see). */
  values: 250_000,
  /** Uses of YAML aliases (`*name`). */
  aliases: 1_000,
  textChars: 10_000,
  listItems: 10_000,
  /** Lists of search words (keywords, aliases, source spellings, glossary forms) and each word in them. */
  wordListItems: 200,
  wordChars: 200,
} as const;

const WORD_LISTS = new Set(['keywords', 'aliases', 'sourceSpellings', 'forms']);

/** The first problem that makes a parsed briefing too big to load, or undefined. */
export function sizeIssue(data: unknown, limits = BRIEFING_LIMITS): BriefingIssue | undefined {
  let values = 0;
  let aliases = 0;
  const seen = new Set<object>();
  const walk = (value: unknown, path: PropertyKey[], inWordList: boolean): BriefingIssue | undefined => {
    if (++values > limits.values) {
      return {
        path: formatPath(path),
        message: `the briefing expands to more than ${limits.values.toLocaleString('en')} values (each use of a YAML alias counts again); split it or remove repetition`,
      };
    }
    if (typeof value === 'string') {
      const max = inWordList ? limits.wordChars : limits.textChars;
      return value.length > max
        ? {
            path: formatPath(path),
            message: `text of ${value.length.toLocaleString('en')} characters; at most ${max.toLocaleString('en')}`,
          }
        : undefined;
    }
    if (value === null || typeof value !== 'object') return undefined;
    if (seen.has(value)) {
      if (++aliases > limits.aliases)
        return { path: formatPath(path), message: `more than ${limits.aliases.toLocaleString('en')} uses of YAML aliases (*name)` };
    } else seen.add(value);
    if (Array.isArray(value)) {
      const key = path[path.length - 1];
      const words = typeof key === 'string' && WORD_LISTS.has(key);
      const max = words ? limits.wordListItems : limits.listItems;
      if (value.length > max)
        return {
          path: formatPath(path),
          message: `list of ${value.length.toLocaleString('en')} items; at most ${max.toLocaleString('en')}`,
        };
      for (let i = 0; i < value.length; i++) {
        const issue = walk(value[i], [...path, i], words);
        if (issue) return issue;
      }
      return undefined;
    }
    for (const [key, v] of Object.entries(value)) {
      const issue = walk(v, [...path, key], false);
      if (issue) return issue;
    }
    return undefined;
  };
  return walk(data, [], false);
}

export function fileSizeIssue(bytes: number, limits = BRIEFING_LIMITS): BriefingIssue | undefined {
  if (bytes <= limits.fileBytes) return undefined;
  return {
    path: '(file)',
    message: `${bytes.toLocaleString('en')} bytes; a briefing file may have at most ${limits.fileBytes.toLocaleString('en')}`,
  };
}

/** Checks the raw bytes of a briefing file: size, and UTF-8 (a stray byte would otherwise become U+FFFD in the text). */
export function bytesIssue(bytes: Uint8Array, limits = BRIEFING_LIMITS): BriefingIssue | undefined {
  const tooBig = fileSizeIssue(bytes.length, limits);
  if (tooBig) return tooBig;
  if (isUtf8(bytes)) return undefined;
  const at = invalidUtf8Offset(bytes);
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  const shown = [...bytes.subarray(at, at + 4)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
  return { path: `byte ${at} (line ${line})`, message: `not valid UTF-8 (${shown}); save the file as UTF-8` };
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (no overlongs, surrogates or code points past U+10FFFF). */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const extra = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0 || i + extra >= bytes.length) return i;
    let cp = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((extra === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (extra === 3 && (cp < 0x10000 || cp > 0x10ffff))) return i;
    i += extra + 1;
  }
  return -1;
}
