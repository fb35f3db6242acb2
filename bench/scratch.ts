import { benchColdStart, benchBriefingLoad, benchMemory } from './lib/startup.ts';
const log = (s: string) => console.log(s);
let t = Date.now();
for (const m of await benchColdStart({ runs: 3, log })) console.log(m.name, m.value);
console.log('cold s', (Date.now()-t)/1000); t = Date.now();
for (const m of benchBriefingLoad({ runs: 5 })) console.log(m.name, m.value, m.conditions.samplesMs);
console.log('load s', (Date.now()-t)/1000); t = Date.now();
for (const m of await benchMemory({ subscriptions: 10000, log })) console.log(m.name, m.value);
console.log('mem s', (Date.now()-t)/1000);
