import { copyFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseBriefingText } from '../../src/briefing/load.ts';
import type { Briefing } from '../../src/briefing/schema.ts';
import { SECOND_DIR, SECOND_FILE } from '../second-briefing/fixture.ts';

/** Editions of the fictional Quillmouth briefing, made the way an analyst makes them: by editing its YAML. */
export const FIRST_EDITION = readFileSync(SECOND_FILE, 'utf8');

/** The first edition with each `[from, to]` text replaced once (fails loudly if `from` is not in the file). */
export function edited(...edits: Array<[string, string]>): string {
  let text = FIRST_EDITION;
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`fixture edit: "${from.slice(0, 60)}" is not in the file`);
    text = text.replace(from, to);
  }
  return text;
}

export const parse = (text: string): Briefing => parseBriefingText(text, 'quillmouth-barrier-2031.yaml');

/** A new fact on the proposals topic. */
export const ADD: Array<[string, string]> = [
  [
    `          zh: "听证会上各方都同意必须修建某种防潮闸。"\n`,
    `          zh: "听证会上各方都同意必须修建某种防潮闸。"\n      - id: pr-second-hearing\n        nature: reported\n        cite: II\n        text:\n          en: "A second hearing on the barrier is set for 20 March."\n          zh: "第二次防潮闸听证会定于3月20日举行。"\n`,
  ],
];
/** The Guild's position on barrier height retracted. */
export const REMOVE: Array<[string, string]> = [
  [
    `      - id: bh-guild\n        actor: fishers-guild\n        cite: II(2)\n        stance: { en: "Wants a lower barrier, 3.8 metres, so a channel can stay open.", zh: "希望建较低的3.8米闸，以便保留常开航道。" }\n`,
    '',
  ],
];
/** The surge fact corrected. */
export const REWORD: Array<[string, string]> = [
  [
    `en: "In November 2029 the sea came 0.9 metres over the old harbour wall and flooded the lower town."`,
    `en: "In November 2029 the sea came 0.9 metres over the old harbour wall and flooded the lower town and the quay."`,
  ],
];
/** The council's promise re-read as the Courier's analysis, cited to another section. */
export const RELABEL: Array<[string, string]> = [
  [`  - id: ps-vote-promised\n    nature: reported\n    cite: III\n`, `  - id: ps-vote-promised\n    nature: analysis\n    cite: II(1)\n`],
];
/** The council's cost estimate revised from £86 million to £95 million. */
export const FIGURE: Array<[string, string]> = [
  [
    `    value: 86000000\n    unit: { en: "pounds", zh: "英镑" }\n    display: { en: "£86 million", zh: "8600万英镑" }`,
    `    value: 95000000\n    unit: { en: "pounds", zh: "英镑" }\n    display: { en: "£95 million", zh: "9500万英镑" }`,
  ],
];
/** The analysts' trend on barrier height. */
export const TREND: Array<[string, string]> = [
  [
    `  - id: barrier-height\n    title: { en: "Barrier height", zh: "闸高" }\n`,
    `  - id: barrier-height\n    title: { en: "Barrier height", zh: "闸高" }\n    trend: { direction: escalating, reason: { en: "The engineers now push for 5.6 metres.", zh: "工程师现在主张5.6米。" } }\n`,
  ],
];
/** Only search keywords (never shown): no change a reader sees. */
export const KEYWORDS_ONLY: Array<[string, string]> = [
  [
    `keywords: ["survey", "勘测", "once a century", "百年一遇"]`,
    `keywords: ["survey", "勘测", "once a century", "百年一遇", "every 25 years"]`,
  ],
];
/** A broken edit: a position by an actor nobody declared. */
export const INVALID: Array<[string, string]> = [
  [`      - id: bh-council\n        actor: town-council\n`, `      - id: bh-council\n        actor: nobody\n`],
];

/** A fresh folder holding the fixture briefing (and its source text), and a way to save edits into it. */
export function fixtureFolder(): { dir: string; file: string; write(text: string): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'living-'));
  const file = path.join(dir, path.basename(SECOND_FILE));
  copyFileSync(SECOND_FILE, file);
  copyFileSync(path.join(SECOND_DIR, 'quillmouth-barrier-2031.txt'), path.join(dir, 'quillmouth-barrier-2031.txt'));
  return {
    dir,
    file,
    // As editors do: write a temporary file, then rename it over the old one.
    write(text) {
      const tmp = `${file}.tmp-${process.pid}`;
      writeFileSync(tmp, text);
      renameSync(tmp, file);
    },
  };
}
