/**
 * Operations: a production install (`npm ci --omit=dev`, then `npm start`) must build and start with the
 * production dependencies alone, and the README must tell an operator how to run and back up the bot.
 *
 * The install is reproduced offline: a copy of the project whose node_modules holds only the packages the
 * lockfile does not mark as development-only (what `--omit=dev` installs), linked from the shared install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };

/** Scripts an operator runs on a production install. */
const PRODUCTION_SCRIPTS = ['prepare', 'build', 'start', 'cli', 'deploy-commands', 'briefing:check'];

/** Bare package names imported by a JavaScript or TypeScript file (`node:` and relative imports left out). */
function importedPackages(code: string): string[] {
  const names = new Set<string>();
  const specs = [
    ...code.matchAll(/^\s*(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  for (const spec of specs) {
    if (spec.startsWith('.') || spec.startsWith('/')) continue;
    if (spec.startsWith('node:') || builtinModules.includes(spec)) continue;
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return [...names];
}

describe('GIVEN package.json', () => {
  it('THEN every script a production install runs uses plain node and no development tool', () => {
    for (const name of PRODUCTION_SCRIPTS) {
      const script = pkg.scripts[name];
      expect(script, name).toBeDefined();
      expect(script, name).toMatch(/^node /);
      for (const devTool of ['tsx', 'tsc', 'vitest']) expect(script, `${name} uses ${devTool}`).not.toMatch(new RegExp(`\\b${devTool}\\b`));
    }
  });

  it('THEN typescript (used by the build) is a dependency, and tsx (development only) is not', () => {
    expect(pkg.dependencies.typescript).toBeDefined();
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
    expect(lock.packages['node_modules/typescript']?.dev).toBeUndefined();
    expect(lock.packages['node_modules/tsx']?.dev).toBe(true);
  });

  it('THEN the build script imports nothing but production dependencies', () => {
    const used = importedPackages(readFileSync(path.join(ROOT, 'scripts/build.mjs'), 'utf8'));
    expect(used).toEqual(['typescript']);
  });
});

describe('GIVEN a production install (no devDependencies)', { timeout: 180_000 }, () => {
  const work = mkdtempSync(path.join(tmpdir(), 'bb-production-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(() => {
    for (const entry of [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'scripts',
      'src',
      'commands',
      'briefings',
    ]) {
      cpSync(path.join(ROOT, entry), path.join(work, entry), { recursive: true });
    }
    // node_modules as `npm ci --omit=dev` lays it out: every top-level package the lockfile does not mark dev.
    mkdirSync(path.join(work, 'node_modules', '.bin'), { recursive: true });
    for (const [key, meta] of Object.entries(lock.packages)) {
      const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(key);
      if (!m || meta.dev === true || !existsSync(path.join(ROOT, key))) continue;
      mkdirSync(path.dirname(path.join(work, key)), { recursive: true });
      symlinkSync(path.join(ROOT, key), path.join(work, key));
    }
  });

  it('THEN no development package is there (the setting the rest of this block relies on)', () => {
    const installed = readdirSync(path.join(work, 'node_modules'));
    for (const dev of ['tsx', 'vitest', 'esbuild', 'vite']) expect(installed).not.toContain(dev);
    expect(installed).toContain('typescript');
  });

  it('WHEN prepare runs THEN it builds dist/, and dist/ imports only production dependencies', () => {
    const out = execFileSync('node', ['scripts/build.mjs'], { cwd: work, encoding: 'utf8' });
    expect(out).toMatch(/^build: \d+ files/);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (e.name.endsWith('.js')) files.push(path.join(dir, e.name));
      }
    };
    walk(path.join(work, 'dist'));
    expect(files.length).toBeGreaterThan(50);
    const imported = new Set(files.flatMap((f) => importedPackages(readFileSync(f, 'utf8'))));
    expect([...imported].filter((p) => pkg.dependencies[p] === undefined)).toEqual([]);
  });

  it('WHEN npm start runs THEN the console starts and answers', () => {
    const r = spawnSync('node', ['dist/src/main.js'], {
      cwd: work,
      encoding: 'utf8',
      input: 'brief territory\nexit\n',
      env: { PATH: process.env.PATH ?? '', HOME: work, DATABASE_URL: `file:${path.join(work, 'data', 'bot.db')}` },
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Briefing Bot console');
    expect(r.stdout).toMatch(/\nbriefing> Territory\n═+\n/);
  });

  it('WHEN briefing:check and the CLI run THEN they work too', () => {
    const check = spawnSync('node', ['dist/src/briefing-check.js'], { cwd: work, encoding: 'utf8', timeout: 60_000 });
    expect(check.stdout).toMatch(/briefings\/maralago-2025-12-28\.yaml: OK/);
    const cli = spawnSync('node', ['dist/src/cli.js', 'actor', 'rubio'], {
      cwd: work,
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? '', HOME: work },
    });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/^Marco Rubio\n/);
  });
});

describe('GIVEN an operator reading the README', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('THEN .nvmrc names a Node version the engines field accepts', () => {
    const nvmrc = readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim();
    expect(nvmrc).toMatch(/^\d+(\.\d+){0,2}$/);
    const [major] = nvmrc.split('.').map(Number);
    const [minMajor, minMinor] = /^>=(\d+)\.(\d+)/.exec(pkg.engines.node)!.slice(1).map(Number);
    expect(major! > minMajor! || (major === minMajor && (nvmrc.split('.').length === 1 || Number(nvmrc.split('.')[1]) >= minMinor!))).toBe(
      true,
    );
    expect(readme).toContain('.nvmrc');
  });

  it('THEN it says to keep SQLite on persistent storage and how to back up either database consistently while running', () => {
    expect(readme).toMatch(/persistent storage/);
    expect(readme).toMatch(/sqlite3 \S+ "VACUUM INTO '[^']+'"/);
    expect(readme).toContain('.backup');
    expect(readme).toMatch(/pg_dump --format=custom/);
    expect(readme).toContain('do not copy `bot.db` alone');
  });

  it('THEN it gives a systemd unit that starts the bot with npm start, restarts it and stops it with SIGTERM', () => {
    const unit = /```ini\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    for (const line of [
      '[Unit]',
      '[Service]',
      '[Install]',
      'ExecStart=/usr/bin/npm start',
      'Restart=on-failure',
      'KillSignal=SIGTERM',
      'WorkingDirectory=',
      'EnvironmentFile=',
    ]) {
      expect(unit).toContain(line);
    }
    expect(unit).toMatch(/DATABASE_URL=file:\/var\/lib\//);
    expect(readme).toContain('npm ci --omit=dev');
  });
});
