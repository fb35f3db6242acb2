import { benchLatency } from './lib/latency.ts';
const t = performance.now();
const r = await benchLatency({ samples: 300 });
console.log('total s', (performance.now()-t)/1000, r.failed);
for (const m of r.metrics) console.log(m.name, m.value, m.conditions.samples, m.target?.met);
