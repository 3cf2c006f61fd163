// In-process timings of the engine (the same code the CLI and the server bundle), printed as
// JSON for bench/run.mjs: warm medians for a 20 KB and a 1 MB letter, 10 MB, pathological files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/engine/lint';

const dir = process.argv[2];
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}
function time(text: string, path: string, runs: number, warm: number) {
  for (let i = 0; i < warm; i++) lint({ text, path });
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    lint({ text, path });
    ts.push(performance.now() - t);
  }
  return median(ts);
}

const letter = read('letter.txt');
const out = {
  // Warm: every rule's check has run often enough for V8 to optimise it (50 lints were not).
  letter20kbMs: time(letter, 'letter.txt', 1000, 1000),
  letter20kbMdMs: time(letter, 'letter.md', 500, 500),
  oneMbMs: time(read('big-1mb.txt'), 'big.txt', 11, 3),
  tenMbMs: time(read('big-10mb.txt'), 'big.txt', 3, 1),
  pathoOpenTitlesMs: time(read('patho-open-titles.txt'), 'p.txt', 3, 1),
  pathoMarkersMs: time(read('patho-markers.txt'), 'p.txt', 3, 1),
  pathoOneLineMs: time(read('patho-one-line.txt'), 'p.txt', 3, 1),
  letterChars: letter.length,
  letterBytes: Buffer.byteLength(letter),
};
process.stdout.write(JSON.stringify(out));
