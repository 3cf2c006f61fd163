// Profiling driver: node --cpu-prof --import tsx bench/profile.ts [file] [runs] [parse]
// Lints (or only parses) the file several times; read the profile with bench/top.mjs.
import { readFileSync } from 'node:fs';
import { lint, parseReply } from '../server/src/index';
const file = process.argv[2] ?? new URL('./.work/big-1mb.txt', import.meta.url).pathname;
const runs = Number(process.argv[3] ?? 3);
const text = readFileSync(file, 'utf8');
const walls: number[] = [];
const cpus: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  if (process.argv[4] === 'parse') parseReply(text); else lint({ text, path: file });
  const d = process.cpuUsage(c);
  walls.push(performance.now() - t);
  cpus.push((d.user + d.system) / 1000);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const min = (xs: number[]) => Math.min(...xs);
console.log(`${text.length} chars, ${runs} runs: wall median ${med(walls).toFixed(2)} ms (min ${min(walls).toFixed(2)}), cpu median ${med(cpus).toFixed(2)} ms (min ${min(cpus).toFixed(2)})`);
