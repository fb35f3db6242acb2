/** The first and last day a date covers: "2026-01" runs from 2026-01-01 to 2026-01-31, "2025" is the whole year. */
export function dateSpan(date: string): { first: string; last: string } {
  const [y, m, d] = date.split('-');
  if (d !== undefined) return { first: date, last: date };
  if (m !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(days).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/**
 * Chronological order for dates of any precision. A month or year counts as the whole period, so it comes
 * after the days inside it ("1 Jan 2026" before "Jan 2026 (planned)"); of two periods ending on the same
 * day, the shorter comes first. Equal dates compare as 0, so a stable sort keeps their file order.
 */
export function compareDates(a: string, b: string): number {
  const x = dateSpan(a);
  const y = dateSpan(b);
  return x.last.localeCompare(y.last) || y.first.localeCompare(x.first);
}
