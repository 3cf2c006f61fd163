// Summarises a .cpuprofile: self time per function (top N), then inclusive time per file.
import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const n = Number(process.argv[3] ?? 40);
const dt = new Map();
for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const byId = new Map(p.nodes.map((x) => [x.id, x]));
const self = new Map();
const total = new Map();
const parent = new Map();
for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
for (const x of p.nodes) {
  const us = dt.get(x.id) ?? 0;
  const f = x.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*\/main\//, '')}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + us);
  // inclusive per file: walk up, count each file once
  const seen = new Set();
  for (let id = x.id; id !== undefined; id = parent.get(id)) {
    const u = byId.get(id).callFrame.url.replace(/.*\/main\//, '');
    if (u && !seen.has(u)) { seen.add(u); total.set(u, (total.get(u) ?? 0) + us); }
  }
}
const all = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`total ${(all / 1000).toFixed(0)} ms`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
console.log('--- inclusive per file');
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
