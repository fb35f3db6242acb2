/**
 * A deliberately generous estimate of text width in ems, for wrapping and shortening labels before a chart
 * is drawn (the renderer measures with the real font; this only has to err on the wide side).
 */
export function estimateEms(text: string): number {
  let ems = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (isWide(c)) ems += 1;
    else if (ch === ' ') ems += 0.26;
    else if (/[.,:;'’|!il()[\]]/.test(ch)) ems += 0.3;
    else if (/[A-Z0-9$%&@MW]/.test(ch)) ems += 0.64;
    else ems += 0.54;
  }
  return ems;
}

/** CJK ideographs, kana, hangul and full-width forms take a whole em. */
export function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6)
  );
}

const hasWide = (s: string) => [...s].some((ch) => isWide(ch.codePointAt(0)!));

/** At most `max` characters: cut at a word boundary in spaced text, anywhere in Chinese, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return text.trim();
  let cut = chars.slice(0, max - 1).join('');
  if (!hasWide(cut)) {
    const space = cut.lastIndexOf(' ');
    if (space > max / 2) cut = cut.slice(0, space);
  }
  return `${cut.replace(/[\s,;:，；：、]+$/, '')}…`;
}

/**
 * Breaks text into lines no wider than `widthPx` at `fontSize`: at spaces in spaced text, between any two
 * characters in Chinese (never before closing punctuation). A single word wider than a line stays whole.
 */
export function wrapText(text: string, widthPx: number, fontSize: number): string[] {
  const limit = widthPx / fontSize;
  const tokens = hasWide(text) ? splitCjk(text) : text.split(/(?<=\s)/);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && estimateEms((line + token).trimEnd()) > limit) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Chinese text as break units: each ideograph alone, runs of Latin letters/digits together, punctuation kept with what precedes it. */
function splitCjk(text: string): string[] {
  const units: string[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9$.,%'’\-–]+\s*|\s+|./gu)) {
    const unit = m[0];
    if (units.length > 0 && /^[，。；：、！？）》”’,.;:!?)]/.test(unit)) units[units.length - 1] += unit;
    else units.push(unit);
  }
  return units;
}
