// Per-rule timing of the whole lint (tsx): npx tsx bench/perf.ts [x]  — with an argument, the 15 slowest rules.
import { readFileSync } from 'node:fs';
import { lint, parseReply, rules } from '../server/src/index';
const seed = readFileSync(new URL('../examples/seed.reply.txt', import.meta.url), 'utf8');
const letter = seed.replace(/ (?=\S)/g, '\n');
let big = ''; while (big.length < 350_000) big += letter + '\n';
for (const [name, t] of [['20KB', letter], ['1MB', big]] as const) {
  const n = name === '1MB' ? 5 : 200;
  for (let i = 0; i < 5; i++) lint({ text: t });
  const ts: number[] = [];
  for (let i = 0; i < n; i++) { const a = performance.now(); lint({ text: t }); ts.push(performance.now() - a); }
  ts.sort((a,b)=>a-b);
  const ps: number[] = [];
  for (let i = 0; i < n; i++) { const a = performance.now(); parseReply(t); ps.push(performance.now() - a); }
  ps.sort((a,b)=>a-b);
  console.log(name, t.length, 'lint median ms', ts[n>>1].toFixed(3), 'parse median', ps[n>>1].toFixed(3));
  if (process.argv[2]) {
    const per: [string, number][] = [];
    for (const r of rules) { const xs: number[] = []; for (let i = 0; i < Math.min(n, 50); i++) { const a = performance.now(); lint({ text: t }, { only: [r.id] }); xs.push(performance.now() - a); } xs.sort((a,b)=>a-b); per.push([r.id, xs[xs.length>>1]]); }
    const base = ps[n>>1];
    per.sort((a,b)=>b[1]-a[1]); console.log(per.slice(0, 15).map(([id, ms]) => `${id} ${(ms - base).toFixed(3)}`).join('\n'));
  }
}
