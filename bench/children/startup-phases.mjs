/**
 * Start-up phases of console mode as `npm start` runs it (plain `node` on compiled dist/, no tsx), in a
 * fresh process, each timed from process start (performance.now() = ms since performance.timeOrigin):
 *   entry         node boot (process start → this module runs)
 *   imports       + what dist/src/main.js imports statically (config, log, runtime → app, briefing registry,
 *                 js-yaml, zod, Q&A engine code, console REPL, renderers)
 *   briefingLoad  BriefingRegistry.fromDir (read YAML, parse, validate)
 *   commands      loadCommands (imports commands/*.js)
 *   ready         process start → here: what console mode has done when it prints its prompt
 *   store         import the store + scheduler modules (start() loads them on demand) and open/migrate SQLite
 *   qaIndex       createQaEngine (built just after the prompt)
 *   createAppWarm createApp again, warm (briefings re-read, modules cached) to get an App for the command
 *   firstCommand  `brief territory` through runConsoleCommand
 *   total         process start → first command answered (includes createAppWarm)
 * Run by bench/lib/startup.ts as `node bench/children/startup-phases.mjs` after `npm run build`. Prints one JSON line.
 */
const sinceStart = () => performance.now();
const marks = { entry: sinceStart() };

const dist = new URL('../../dist/src/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const [{ parseConfig }, { silentLogger }] = await Promise.all([load('config.js'), load('log.js'), load('runtime.js')]);
const [{ BriefingRegistry }, { createQaEngine }, { loadCommands }, { runConsoleCommand }, { createApp }] = await Promise.all([
  load('briefing/registry.js'),
  load('qa/engine.js'),
  load('bot/load-commands.js'),
  load('console/run-line.js'),
  load('app.js'),
]);
marks.imports = sinceStart();

const config = parseConfig({ DATABASE_URL: process.env.DATABASE_URL, DISCORD_TOKEN: '' });
let t = sinceStart();
const registry = BriefingRegistry.fromDir(config.BRIEFINGS_DIR);
marks.briefingLoad = sinceStart() - t;
t = sinceStart();
await loadCommands();
marks.commands = sinceStart() - t;
marks.ready = sinceStart();
t = sinceStart();
const [{ openStore }] = await Promise.all([load('store/index.js'), load('scheduler/digest-scheduler.js')]);
const store = await openStore(config.DATABASE_URL);
marks.store = sinceStart() - t;
t = sinceStart();
createQaEngine(registry.default);
marks.qaIndex = sinceStart() - t;
t = sinceStart();
const app = await createApp(config, silentLogger);
marks.createAppWarm = sinceStart() - t;
t = sinceStart();
const result = await runConsoleCommand(app, ['brief', 'territory'], 'en-US');
marks.firstCommand = sinceStart() - t;
marks.total = sinceStart();
await store.close();
process.stdout.write(`${JSON.stringify({ ok: !result.failed, marks })}\n`);
