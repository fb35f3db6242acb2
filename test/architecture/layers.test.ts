/**
 * The layer rule (docs/adr/0001-layer-rule.md), checked on every import of every file under src/ and commands/:
 * the domain (briefings, queries, Q&A, digest rules) never reaches up into rendering, Discord or the bot, and
 * only the Discord adapters, the HTTP front, the proxy, the runtime and the command builders import discord.js.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const DOMAIN = ['src/query/', 'src/briefing/', 'src/qa/', 'src/digest/', 'src/editions/', 'src/errors/', 'src/i18n/'];
const ABOVE_DOMAIN = ['src/render/', 'src/discord/', 'src/bot/', 'commands/'];
const MAY_IMPORT_DISCORD_JS = ['src/discord/', 'src/http/', 'src/proxy', 'src/runtime.ts', 'commands/'];

const isDiscordPackage = (target: string) =>
  target === 'discord.js' || target.startsWith('discord.js/') || target.startsWith('@discordjs/');
const isDiscordJs = (target: string) => target === 'discord.js' || target.startsWith('discord.js/');

/**
 * Why `file` may not import `target`, or undefined when it may. Both are repository-relative with `/`
 * (`src/query/ask-view.ts`); a package keeps its name (`discord.js`).
 */
function layerViolation(file: string, target: string): string | undefined {
  if (DOMAIN.some((d) => file.startsWith(d)) && (isDiscordPackage(target) || ABOVE_DOMAIN.some((a) => target.startsWith(a)))) {
    return 'the domain (src/query, src/briefing, src/qa, src/digest, src/editions, src/errors, src/i18n) is pure and Discord-free: no rendering, Discord, bot or command imports';
  }
  if (isDiscordJs(target) && !MAY_IMPORT_DISCORD_JS.some((m) => file.startsWith(m))) {
    return 'only src/discord/, src/http/, src/proxy*.ts, src/runtime.ts and commands/ import discord.js';
  }
  return undefined;
}

/** Every module a file imports or re-exports (static, dynamic and type-only), relative ones resolved from the root. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.map(({ fileName }) =>
    fileName.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName)) : fileName,
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('the layer rule', () => {
  it('names what it forbids (the rule itself can fail)', () => {
    expect(layerViolation('src/query/ask-view.ts', 'src/render/discord-limits.ts')).toMatch(/domain/);
    expect(layerViolation('src/briefing/load.ts', 'discord.js')).toMatch(/domain/);
    expect(layerViolation('src/qa/engine.ts', '@discordjs/builders')).toMatch(/domain/);
    expect(layerViolation('src/digest/rules.ts', 'commands/digest.ts')).toMatch(/domain/);
    expect(layerViolation('src/bot/command.ts', 'discord.js')).toMatch(/only src\/discord/);
    expect(layerViolation('src/scheduler/digest-scheduler.ts', 'discord.js')).toMatch(/only src\/discord/);
  });

  it('allows what the layers are for', () => {
    expect(layerViolation('src/discord/client.ts', 'discord.js')).toBeUndefined();
    expect(layerViolation('src/proxy-main.ts', 'discord.js')).toBeUndefined();
    expect(layerViolation('commands/digest.ts', 'discord.js')).toBeUndefined();
    expect(layerViolation('src/bot/command-helpers.ts', '@discordjs/builders')).toBeUndefined();
    expect(layerViolation('src/render/discord-render.ts', 'src/query/view.ts')).toBeUndefined();
    expect(layerViolation('src/query/topic-view.ts', 'src/briefing/items.ts')).toBeUndefined();
  });

  it('reads every kind of import, so none slips past', () => {
    const imports = ts
      .preProcessFile(
        "import a from 'x1';\nimport type { B } from 'x2';\nexport { c } from 'x3';\nexport * from 'x4';\nconst d = await import('x5');\nimport 'x6';",
        true,
        true,
      )
      .importedFiles.map((f) => f.fileName);
    expect(imports).toEqual(['x1', 'x2', 'x3', 'x4', 'x5', 'x6']);
  });

  it('holds for every file under src/ and commands/', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('commands')];
    expect(files.length).toBeGreaterThan(50);
    const violations = files.flatMap((file) =>
      importsOf(file).flatMap((target) => {
        const why = layerViolation(file, target);
        return why ? [`${file} imports ${target}: ${why}`] : [];
      }),
    );
    expect(violations).toEqual([]);
  });
});
