/**
 * A tiny start-up entry: does what console mode does before it can answer (config, briefings, Q&A index,
 * command modules, store + migrations), timing each phase from process start, then answers one command
 * and prints one JSON line. Run by bench/lib/startup.ts as `node --import tsx bench/children/startup-phases.ts`.
 */
const sinceStart = () => performance.now(); // ms since the process started (performance.timeOrigin)
const marks: Record<string, number> = { entry: sinceStart() };

const { parseConfig } = await import('../../src/config.ts');
const { silentLogger } = await import('../../src/log.ts');
const { BriefingRegistry } = await import('../../src/briefing/registry.ts');
const { createQaEngine } = await import('../../src/qa/engine.ts');
const { loadCommands } = await import('../../src/bot/load-commands.ts');
const { openStore } = await import('../../src/store/index.ts');
const { runConsoleCommand } = await import('../../src/console/run-line.ts');
const { createApp } = await import('../../src/app.ts');
marks.imports = sinceStart();

const config = parseConfig({ DATABASE_URL: process.env.DATABASE_URL });
let t = sinceStart();
const registry = BriefingRegistry.fromDir(config.BRIEFINGS_DIR);
marks.briefingLoad = sinceStart() - t;
t = sinceStart();
createQaEngine(registry.default);
marks.qaIndex = sinceStart() - t;
t = sinceStart();
await loadCommands();
marks.commands = sinceStart() - t;
t = sinceStart();
const store = await openStore(config.DATABASE_URL);
marks.store = sinceStart() - t;
// The app as console mode builds it (loads briefings and the index again, now warm; modules are cached).
t = sinceStart();
const app = await createApp(config, silentLogger);
marks.createAppWarm = sinceStart() - t;
t = sinceStart();
const result = await runConsoleCommand(app, ['brief', 'territory'], 'en-US');
marks.firstCommand = sinceStart() - t;
marks.total = sinceStart();
await store.close();
process.stdout.write(`${JSON.stringify({ ok: !result.failed, marks })}\n`);
