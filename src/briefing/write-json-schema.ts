import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BriefingSchema } from './schema.ts';
import { fromRoot } from '../paths.ts';

/** Where the generated JSON Schema lives; briefings point at it with `$schema: ./briefing.schema.json`. */
export const JSON_SCHEMA_FILE = fromRoot('briefings', 'briefing.schema.json');

/**
 * The briefing JSON Schema, generated from the zod schema (input side, so fields with defaults are
 * optional) for YAML editors' autocomplete and inline checks. Cross-references are checked by
 * `npm run briefing:check`, not by the JSON Schema.
 */
export function renderJsonSchema(): string {
  const schema = z.toJSONSchema(BriefingSchema, { io: 'input', target: 'draft-2020-12' });
  const withMeta = {
    ...schema,
    title: 'Briefing',
    description: 'A Briefing Bot briefing file. Generated from src/briefing/schema.ts by `npm run briefing:schema`; do not edit by hand.',
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}

/** True when the file on disk matches what the zod schema generates now. */
export function jsonSchemaIsCurrent(file = JSON_SCHEMA_FILE): boolean {
  try {
    return readFileSync(file, 'utf8') === renderJsonSchema();
  } catch {
    return false;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(JSON_SCHEMA_FILE, renderJsonSchema());
  console.log(`wrote ${JSON_SCHEMA_FILE}`);
}
