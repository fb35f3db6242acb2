import { BriefingRegistry } from '../src/briefing/registry.ts';
import { createQaEngine } from '../src/qa/engine.ts';
import { evaluateBlind, formatBlindMisses, formatBlindReport, loadBlindSet } from '../src/qa/eval-blind.ts';
const b = BriefingRegistry.fromDir().default;
const engine = createQaEngine(b);
const r = evaluateBlind(engine, b, loadBlindSet('test/qa/blind/dev.yaml'));
console.log(formatBlindReport('blind dev', r));
if (process.argv.includes('--misses')) console.log(formatBlindMisses(r));
