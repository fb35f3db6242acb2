import { describe, expect, it } from 'vitest';
import { validateCommandDefinitions } from '../emulator/command-rules.ts';
import { testApp } from '../helpers/app.ts';

const app = await testApp();
const defs = [...app.commands.values()].map((c) => c.data.toJSON());

/** Characters Discord counts towards a command's 8000 limit: names, descriptions, choices, localizations. */
function commandChars(node: Record<string, unknown>): number {
  let n = 0;
  for (const key of ['name', 'description']) n += String(node[key] ?? '').length;
  for (const key of ['name_localizations', 'description_localizations']) {
    const loc = node[key] as Record<string, string> | undefined | null;
    if (loc) n += Math.max(0, ...Object.values(loc).map((v) => v.length));
  }
  for (const c of (node.choices as Array<Record<string, unknown>> | undefined) ?? []) n += String(c.name).length + String(c.value).length;
  for (const o of (node.options as Array<Record<string, unknown>> | undefined) ?? []) n += commandChars(o);
  return n;
}

describe('GIVEN the command definitions the bot registers', () => {
  it('THEN there is one per file and the expected commands exist', () => {
    expect(defs.map((d) => d.name).sort()).toEqual(
      expect.arrayContaining(['about', 'actor', 'ask', 'brief', 'help', 'plan', 'risks', 'timeline']),
    );
  });

  it('THEN they pass Discord registration rules', () => {
    expect(validateCommandDefinitions(defs)).toEqual([]);
  });

  it.each(defs.map((d) => [d.name, d] as const))(
    'THEN /%s has lowercase names, short descriptions, zh-CN and en-US localizations, ≤ 8000 chars',
    (_name, def) => {
      const walk = (node: Record<string, unknown>) => {
        expect(String(node.name)).toMatch(/^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u);
        expect(String(node.description).length).toBeGreaterThan(0);
        expect(String(node.description).length).toBeLessThanOrEqual(100);
        const loc = node.description_localizations as Record<string, string> | undefined;
        expect(Object.keys(loc ?? {})).toEqual(expect.arrayContaining(['zh-CN', 'en-US']));
        const options = (node.options as Array<Record<string, unknown>> | undefined) ?? [];
        expect(options.length).toBeLessThanOrEqual(25);
        expect(((node.choices as unknown[]) ?? []).length).toBeLessThanOrEqual(25);
        options.forEach(walk);
      };
      walk(def as unknown as Record<string, unknown>);
      expect(def.name_localizations?.['zh-CN']).toBeTruthy();
      expect(commandChars(def as unknown as Record<string, unknown>)).toBeLessThanOrEqual(8000);
    },
  );

  it('THEN the validator itself rejects a bad definition', () => {
    expect(validateCommandDefinitions([{ name: 'Bad Name', description: 'x'.repeat(101), type: 1 }]).length).toBeGreaterThan(0);
  });
});

describe('GIVEN the invite link in the README', () => {
  it('THEN it grants exactly the permissions /digest subscribe checks for', async () => {
    const { readFileSync } = await import('node:fs');
    const { PermissionFlagsBits } = await import('discord-api-types/v10');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const granted = BigInt(/permissions=(\d+)/.exec(readme)![1]!);
    const needed =
      PermissionFlagsBits.ViewChannel |
      PermissionFlagsBits.SendMessages |
      PermissionFlagsBits.SendMessagesInThreads |
      PermissionFlagsBits.EmbedLinks;
    expect(granted).toBe(needed);
    expect(readme).toContain(`permission integer \`${needed}\``);
  });
});
