/**
 * `npm run build` (and `prepare`, so `npm ci` builds): compiles src/ and commands/ to dist/ for plain Node.
 *
 * Each file is transpiled on its own with TypeScript's compiler API, using tsconfig.build.json: no type check
 * (that is `npm run typecheck`, part of `npm test`), so the build needs only the `typescript` package and no
 * type declarations from devDependencies. That is what lets a production install (`npm ci --omit=dev`)
 * build and then start.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configFile = path.join(root, 'tsconfig.build.json');

const read = ts.readConfigFile(configFile, ts.sys.readFile);
if (read.error) fail([read.error]);
const config = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configFile);
if (config.errors.length > 0) fail(config.errors);

// Files are transpiled one by one, without the package.json context NodeNext reads the module format from:
// the package is "type": "module", so emit ES modules (import paths are still rewritten from .ts to .js).
const options = { ...config.options, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler };
const outDir = options.outDir;
const rootDir = options.rootDir ?? root;
// Start clean: a source file deleted since the last build must not live on in dist/ (commands/ is loaded by listing it).
for (const dir of new Set(config.fileNames.map((f) => path.relative(rootDir, f).split(path.sep)[0]))) {
  rmSync(path.join(outDir, dir), { recursive: true, force: true });
}

let count = 0;
for (const file of config.fileNames) {
  if (file.endsWith('.d.ts')) continue;
  const out = path.join(outDir, path.relative(rootDir, file)).replace(/\.ts$/, '.js');
  const result = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: options, fileName: file, reportDiagnostics: true });
  if (result.diagnostics?.length) fail(result.diagnostics);
  mkdirSync(path.dirname(out), { recursive: true });
  const mapName = `${path.basename(out)}.map`;
  writeFileSync(out, result.outputText);
  if (result.sourceMapText) writeFileSync(path.join(path.dirname(out), mapName), result.sourceMapText);
  count++;
}
console.log(`build: ${count} files → ${path.relative(process.cwd(), outDir) || outDir}`);

// /ask reads WordNet and CC-CEDICT (glosses, character readings) once and caches their tables in node_modules/.cache: do it now, not on the first start.
const { englishThesaurus } = await import(pathToFileURL(path.join(outDir, 'src/qa/wordnet.js')).href);
englishThesaurus();
const { chineseGlosses } = await import(pathToFileURL(path.join(outDir, 'src/qa/cedict.js')).href);
chineseGlosses();
const { characterReadings } = await import(pathToFileURL(path.join(outDir, 'src/qa/homophones.js')).href);
characterReadings();

function fail(diagnostics) {
  console.error(
    ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }),
  );
  process.exit(1);
}
