// In-process timings of the engine (the same code the CLI and the server bundle), printed as
// JSON for bench/run.mjs: warm medians for a 20 KB letter (as .txt, as .md, as .md with front
// matter and headings) and a 1 MB letter, 10 MB, pathological files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/index';

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

/**
 * The same letters as text and as Markdown, timed alternately (one lint of each in turn), so
 * that a slower phase of this shared machine weighs on both alike: median per path.
 */
function timePaired(inputs: Array<{ text: string; path: string }>, runs: number, warm: number): number[] {
  for (let i = 0; i < warm; i++) for (const x of inputs) lint(x);
  const ts = inputs.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    inputs.forEach((x, k) => {
      const t = performance.now();
      lint(x);
      ts[k].push(performance.now() - t);
    });
  }
  return ts.map(median);
}

/** The letter as a writer keeps it in Markdown: front matter, the title and sections as # headings. */
function dressedMd(text: string): string {
  const lines = text.split('\n').map((l) => (/^[一二三四五六七八九十]+、/.test(l) ? `## ${l}` : /^[（(][一二三四五六七八九十]+[）)]/.test(l) ? `### ${l}` : l));
  return ['---', '建议编号: "20230019"', '代表: 郭海峰', '---', '', `# ${lines[0]}`, ...lines.slice(1)].join('\n');
}

const letter = read('letter.txt');
// Warm: every rule's check has run often enough for V8 to optimise it (50 lints were not).
const [letter20kbMs, letter20kbMdMs, letter20kbMdDressedMs] = timePaired(
  [{ text: letter, path: 'letter.txt' }, { text: letter, path: 'letter.md' }, { text: dressedMd(letter), path: 'letter.md' }], 1000, 1000);
const out = {
  letter20kbMs,
  letter20kbMdMs,
  letter20kbMdDressedMs,
  oneMbMs: time(read('big-1mb.txt'), 'big.txt', 11, 3),
  tenMbMs: time(read('big-10mb.txt'), 'big.txt', 3, 1),
  pathoOpenTitlesMs: time(read('patho-open-titles.txt'), 'p.txt', 3, 1),
  pathoMarkersMs: time(read('patho-markers.txt'), 'p.txt', 3, 1),
  pathoOneLineMs: time(read('patho-one-line.txt'), 'p.txt', 3, 1),
  letterChars: letter.length,
  letterBytes: Buffer.byteLength(letter),
};
process.stdout.write(JSON.stringify(out));
