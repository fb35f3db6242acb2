import { readFileSync, readdirSync } from 'node:fs';
const dir='/tmp/prof'; 
for (const f of readdirSync(dir)) {
 const p = JSON.parse(readFileSync(dir+'/'+f,'utf8'));
 const self = new Map<number, number>();
 const dt = p.timeDeltas as number[]; const samples = p.samples as number[];
 for (let i=0;i<samples.length;i++) self.set(samples[i]!, (self.get(samples[i]!)??0)+(dt[i]??0));
 const byFn = new Map<string, number>();
 for (const n of p.nodes) { const k = `${n.callFrame.functionName||'(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; byFn.set(k,(byFn.get(k)??0)+(self.get(n.id)??0)); }
 console.log(f, [...byFn].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>`${(v/1000).toFixed(0)}ms ${k}`).join('\n'));
}
