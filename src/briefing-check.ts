/**
 * `npm run briefing:check [dir]`: checks the briefings in `dir`, else in BRIEFINGS_DIR (read as the bot reads it,
 * `.env` included), else in briefings/. The checks themselves are src/briefing/check.ts.
 */
import path from 'node:path';
import { main } from './briefing/check.ts';
import { ConfigSchema, loadConfigOrExit, parseEnv } from './config.ts';

const dir = process.argv[2] ?? loadConfigOrExit((env) => parseEnv(ConfigSchema.pick({ BRIEFINGS_DIR: true }), env)).BRIEFINGS_DIR;
process.exitCode = main(dir ? path.resolve(dir) : undefined);
