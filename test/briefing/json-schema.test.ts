import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILE, jsonSchemaIsCurrent, renderJsonSchema } from '../../src/briefing/write-json-schema.ts';

describe('briefings/briefing.schema.json', () => {
  it('is up to date with the zod schema (run `npm run briefing:schema` if not)', () => {
    expect(jsonSchemaIsCurrent()).toBe(true);
  });

  it('describes the input side: defaulted fields are optional, required ones are required', () => {
    const schema = JSON.parse(renderJsonSchema());
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'source', 'actors', 'figures']));
    const actor = schema.properties.actors.items;
    expect(actor.required).toContain('profile');
    expect(actor.required).not.toContain('aliases');
    expect(actor.additionalProperties).toBe(false);
  });

  it('is reported stale when it differs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'briefing-schema-'));
    try {
      const file = path.join(dir, 'briefing.schema.json');
      writeFileSync(file, '{}\n');
      expect(jsonSchemaIsCurrent(file)).toBe(false);
      expect(jsonSchemaIsCurrent(path.join(dir, 'missing.json'))).toBe(false);
      expect(path.basename(JSON_SCHEMA_FILE)).toBe('briefing.schema.json');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
