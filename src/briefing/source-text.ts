import type { Source } from './schema.ts';

/**
 * Splits the source article into the sections of a briefing's outline, using each section's
 * `heading` as it appears at the start of a line. A section's text runs to the next heading of any
 * level, so a parent section ("III") holds only its lead paragraph, not its subsections.
 */
export function splitSourceSections(text: string, source: Source): Map<string, string> {
  const starts: Array<{ id: string; at: number }> = [];
  for (const section of source.outline) {
    if (section.heading === undefined) {
      starts.push({ id: section.id, at: 0 });
      continue;
    }
    const at = findHeading(text, section.heading);
    if (at < 0) throw new Error(`source heading for ${section.id} not found: "${section.heading}"`);
    starts.push({ id: section.id, at });
  }
  starts.sort((a, b) => a.at - b.at);
  const sections = new Map<string, string>();
  starts.forEach((s, i) => sections.set(s.id, text.slice(s.at, starts[i + 1]?.at ?? text.length)));
  return sections;
}

function findHeading(text: string, heading: string): number {
  if (text.startsWith(heading)) return 0;
  const at = text.indexOf(`\n${heading}`);
  return at < 0 ? -1 : at + 1;
}
