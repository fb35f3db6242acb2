/**
 * A large sorted word list kept as one string (lines `key` or `key<TAB>value`, sorted by key) and
 * searched by bisection over a typed array of line starts: a dictionary of 100,000 words without
 * 100,000 live strings or map entries for the garbage collector to walk on every question.
 */
export class SortedLines {
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    let count = text === '' ? 0 : 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    this.starts = new Uint32Array(count);
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts[line++] = i + 1;
  }

  private lineEnd(line: number): number {
    const end = this.text.indexOf('\n', this.starts[line]!);
    return end < 0 ? this.text.length : end;
  }

  private keyAt(line: number): string {
    const start = this.starts[line]!;
    const end = this.lineEnd(line);
    const tab = this.text.indexOf('\t', start);
    return this.text.slice(start, tab >= 0 && tab < end ? tab : end);
  }

  /** The line number of a key, or -1. */
  find(key: string): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keyAt(mid);
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** What follows the key's tab on a line ('' when the line has no value). */
  valueAt(line: number): string {
    const start = this.starts[line]!;
    const end = this.lineEnd(line);
    const tab = this.text.indexOf('\t', start);
    return tab >= 0 && tab < end ? this.text.slice(tab + 1, end) : '';
  }
}
