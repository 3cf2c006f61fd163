// npm run bench — one run, on this machine, of Reply Lint against its anchors.
// Prints a table of medians and ratios, then each target as met or not. Timings are wall
// clock on a noisy 2-core machine: only ratios measured in the same run mean anything.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { generate } from './inputs.mjs';
import { lspBench } from './lsp.mjs';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..');
const node = process.execPath;
const cli = join(root, 'bin', 'replylint.cjs');
const bin = (name) => join(here, 'node_modules', '.bin', name);

if (!existsSync(bin('remark')) || !existsSync(bin('markdownlint-cli2'))) {
  console.log('[bench] installing the anchors (remark-cli, markdownlint-cli2) into bench/node_modules');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
}
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const { letter, dir } = generate();
const loadAtStart = loadavg()[0];

function once(cmd, args, opts = {}) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: opts.cwd ?? dir, env: opts.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const s = (performance.now() - t) / 1000;
  if (r.status !== null && r.status > 1 && !opts.anyStatus) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return s;
}
const median = (ts) => [...ts].sort((a, b) => a - b)[ts.length >> 1];

/**
 * CPU seconds (user + system) a command used, from bash's `times` (its children's line): when
 * other work shares the cores, wall time grows with the load and CPU time much less.
 */
function cpuOnce(cmd, args, opts = {}) {
  const q = (a) => `'${String(a).replace(/'/g, `'\\''`)}'`;
  const r = spawnSync('bash', ['-c', `${[cmd, ...args].map(q).join(' ')} >/dev/null 2>&1; times`], { cwd: opts.cwd ?? dir, encoding: 'utf8' });
  const m = /\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s/.exec(r.stdout);
  return m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]) : NaN;
}

function wall(cmd, args, runs = 3, opts = {}) {
  const ts = [];
  for (let i = 0; i < runs; i++) ts.push(once(cmd, args, opts));
  return median(ts);
}

/**
 * Several commands run in turns (a, b, c, a, b, c, …), median each: the ratios between them are
 * then measured over the same phases of this shared machine.
 */
function walls(cmds, runs, measure = once) {
  const ts = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [k, [cmd, args, opts]] of Object.entries(cmds)) ts[k].push(measure(cmd, args, opts));
  return Object.fromEntries(Object.entries(ts).map(([k, v]) => [k, median(v)]));
}

const FLOOR = `const fs=require('fs'),p=require('path');const d=process.argv[1];let n=0;` +
  `const walk=(x)=>{for(const f of fs.readdirSync(x)){const q=p.join(x,f);if(fs.statSync(q).isDirectory())walk(q);else{const t=fs.readFileSync(q,'utf8');n+=(t.match(/《[^》]*》/g)||[]).length}}};` +
  `const s=fs.statSync(d);if(s.isDirectory())walk(d);else{const t=fs.readFileSync(d,'utf8');n+=(t.match(/《[^》]*》/g)||[]).length}`;

const rows = [];
const row = (work, ours, floor, remark, mdl) => rows.push({ work, ours, floor, remark, mdl });

console.log('[bench] bulk: 1,000 letters (as .txt and as .md, in turns with the anchors)');
const bulkCmds = {
  ours: [node, [cli, '--format', 'json', 'letters']],
  // A folder turns the cross-letter checks on (workspace index, #17); the same run without them.
  oursAlone: [node, [cli, '--format', 'json', '--no-workspace', 'letters']],
  oursMd: [node, [cli, '--format', 'json', 'letters-md']],
  floor: [node, ['-e', FLOOR, 'letters']],
  remark: [bin('remark'), ['letters-md', '--use', 'remark-preset-lint-recommended', '--quiet', '--no-stdout'], { anyStatus: true }],
  mdl: [bin('markdownlint-cli2'), ['letters-md/**/*.md'], { anyStatus: true }],
};
const bulk = walls(bulkCmds, 3);
const bulkCpu = walls({ ours: bulkCmds.ours, oursAlone: bulkCmds.oursAlone, oursMd: bulkCmds.oursMd, remark: bulkCmds.remark }, 3, cpuOnce);
row('1,000 letters (20 MB)', bulk.ours, bulk.floor, bulk.remark, bulk.mdl);
row('1,000 letters as .md', bulk.oursMd, bulk.floor, bulk.remark, bulk.mdl);
console.log('[bench] 1 MB and 10 MB files');
const one = {
  ours: wall(node, [cli, '--format', 'json', 'big-1mb.txt'], 3),
  floor: wall(node, ['-e', FLOOR, 'big-1mb.txt'], 3),
  remark: wall(bin('remark'), ['big-1mb.md', '--use', 'remark-preset-lint-recommended', '--quiet', '--no-stdout'], 3, { anyStatus: true }),
  mdl: wall(bin('markdownlint-cli2'), ['big-1mb.md'], 3, { anyStatus: true }),
};
row('one 1 MB file', one.ours, one.floor, one.remark, one.mdl);
const ten = {
  // The CLI skips files over 5 MB by default; the benchmark lints the whole 10 MB file.
  ours: wall(node, [cli, '--format', 'json', '--max-file-size', '20MB', 'big-10mb.txt'], 1),
  floor: wall(node, ['-e', FLOOR, 'big-10mb.txt'], 1),
  remark: wall(bin('remark'), ['big-10mb.md', '--use', 'remark-preset-lint-recommended', '--quiet', '--no-stdout'], 1, { anyStatus: true }),
  mdl: wall(bin('markdownlint-cli2'), ['big-10mb.md'], 1, { anyStatus: true }),
};
row('one 10 MB file', ten.ours, ten.floor, ten.remark, ten.mdl);

console.log('[bench] in-process engine timings');
// The engine bundled as the product bundles it (esbuild, no keepNames), not run through tsx.
const inprocBundle = join(dir, 'inprocess.cjs');
execFileSync(node, [join(here, 'bundle.mjs'), join(here, 'inprocess.ts'), inprocBundle], { cwd: root, stdio: 'inherit' });
const inproc = JSON.parse(execFileSync(node, [inprocBundle, dir], { cwd: root, maxBuffer: 1 << 26 }).toString());

console.log('[bench] start-up');
const startOurs = wall(node, [cli, '--version'], 11);
const startNode = wall(node, ['-e', '0'], 11);
// One letter: the engine loaded from V8's code cache (written by the runs above), and without it.
const oneLetter = walls({
  cached: [node, [cli, '--format', 'json', 'letter.txt']],
  uncached: [node, [cli, '--format', 'json', 'letter.txt'], { env: { ...process.env, REPLYLINT_NO_CODE_CACHE: '1' } }],
}, 11);

let lsp;
const server = join(root, 'dist', 'server.cjs');
if (existsSync(server)) {
  console.log('[bench] language server over stdio');
  lsp = await lspBench(server, letter, readFileSync(join(dir, 'big-1mb.txt'), 'utf8'));
}

const f = (s) => (s === undefined ? '—' : s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const ms = (x) => (x === undefined ? '—' : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
console.log('\n| work | replylint | Node floor | remark-cli | markdownlint-cli2 | vs remark | vs markdownlint | vs floor |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.work} | ${f(r.ours)} | ${f(r.floor)} | ${f(r.remark)} | ${f(r.mdl)} | ${(r.remark / r.ours).toFixed(1)}× faster | ${(r.mdl / r.ours).toFixed(1)}× faster | ${(r.ours / r.floor).toFixed(1)}× floor |`);
}
console.log(`\n| in-process (warm median) | time |\n|---|---|`);
console.log(`| 20 KB letter (.txt, ${inproc.letterChars} chars) | ${ms(inproc.letter20kbMs)} |`);
console.log(`| 20 KB letter (.md, the same text) | ${ms(inproc.letter20kbMdMs)} |`);
console.log(`| 20 KB letter (.md with front matter and # headings) | ${ms(inproc.letter20kbMdDressedMs)} |`);
console.log(`| 1 MB | ${ms(inproc.oneMbMs)} |`);
console.log(`| 10 MB | ${ms(inproc.tenMbMs)} |`);
console.log(`| 100,000 unmatched 《 | ${ms(inproc.pathoOpenTitlesMs)} |`);
console.log(`| 100,000 一、 markers | ${ms(inproc.pathoMarkersMs)} |`);
console.log(`| one 5 MB line | ${ms(inproc.pathoOneLineMs)} |`);
console.log(`\n| start-up | time |\n|---|---|\n| replylint --version | ${f(startOurs)} |\n| node -e 0 | ${f(startNode)} |`);
console.log(`| replylint on one 20 KB letter (engine from the code cache) | ${f(oneLetter.cached)} |\n| the same, REPLYLINT_NO_CODE_CACHE=1 | ${f(oneLetter.uncached)} |`);
if (lsp) {
  console.log(`\n| language server (stdio) | p50 | p95 |\n|---|---|---|`);
  console.log(`| didChange → publishDiagnostics, 20 KB .reply.txt, 200 edits | ${ms(lsp.small.p50)} | ${ms(lsp.small.p95)} |`);
  console.log(`| didChange → publishDiagnostics, 20 KB .reply.md, 200 edits | ${ms(lsp.smallMd.p50)} | ${ms(lsp.smallMd.p95)} |`);
  console.log(`| didChange → publishDiagnostics, 1 MB, 20 edits | ${ms(lsp.big.p50)} | ${ms(lsp.big.p95)} |`);
  console.log(`| peak RSS with 50 letters open | ${lsp.rss50.toFixed(0)} MB | |`);
}

const targets = [
  ['bulk ≥ 10× faster than remark-cli', bulk.remark / bulk.ours >= 10, `${(bulk.remark / bulk.ours).toFixed(1)}×`],
  ['bulk within 3× of the floor', bulk.ours / bulk.floor <= 3, `${(bulk.ours / bulk.floor).toFixed(1)}×`],
  ['bulk with the workspace index ≤ 1.3× of --no-workspace', bulk.ours / bulk.oursAlone <= 1.3, `${(bulk.ours / bulk.oursAlone).toFixed(2)}× (CPU ${(bulkCpu.ours / bulkCpu.oursAlone).toFixed(2)}×)`],
  ['single-file CLI start within 2× of node -e 0', startOurs / startNode <= 2, `${(startOurs / startNode).toFixed(1)}×`],
  ['20 KB in-process ≤ 1 ms median', inproc.letter20kbMs <= 1, ms(inproc.letter20kbMs)],
  ['1 MB in-process ≤ 50 ms', inproc.oneMbMs <= 50, ms(inproc.oneMbMs)],
  ['linear: 10 MB ≤ 12× the 1 MB time', inproc.tenMbMs <= 12 * inproc.oneMbMs, `${(inproc.tenMbMs / inproc.oneMbMs).toFixed(1)}×`],
  ['pathological files ≤ 1 s each', Math.max(inproc.pathoOpenTitlesMs, inproc.pathoMarkersMs, inproc.pathoOneLineMs) <= 1000, ms(Math.max(inproc.pathoOpenTitlesMs, inproc.pathoMarkersMs, inproc.pathoOneLineMs))],
];
if (lsp) {
  targets.push(['keystroke-to-diagnostics p95 ≤ 15 ms on 20 KB', lsp.small.p95 <= 15, ms(lsp.small.p95)]);
  targets.push(['server RSS ≤ 120 MB with 50 letters open', lsp.rss50 <= 120, `${lsp.rss50.toFixed(0)} MB`]);
}
console.log('\n| target | measured | met |\n|---|---|---|');
for (const [name, ok, v] of targets) console.log(`| ${name} | ${v} | ${ok ? 'met' : 'NOT met'} |`);

// The Markdown goals (issue #18): Markdown letters as fast as the same letters as text, well
// ahead of remark-cli on its own format, and no keystroke lag on either.
const x = (r) => `${r.toFixed(2)}×`;
const goals = [
  // Wall-clock ratios decide; the CPU-time ratio is shown beside them.
  ['bulk: 1,000 .md within 1.2× of the same letters as .txt', bulk.oursMd / bulk.ours <= 1.2, `${x(bulk.oursMd / bulk.ours)} (CPU ${x(bulkCpu.oursMd / bulkCpu.ours)})`],
  ['in-process: 20 KB .md within 1.2× of .txt', inproc.letter20kbMdMs / inproc.letter20kbMs <= 1.2, x(inproc.letter20kbMdMs / inproc.letter20kbMs)],
  ['bulk: 1,000 .md ≥ 3× faster than remark-cli', bulk.remark / bulk.oursMd >= 3, `${x(bulk.remark / bulk.oursMd)} (CPU ${x(bulkCpu.remark / bulkCpu.oursMd)})`],
  ['bulk: 1,000 .txt ≥ 5× faster than remark-cli', bulk.remark / bulk.ours >= 5, `${x(bulk.remark / bulk.ours)} (CPU ${x(bulkCpu.remark / bulkCpu.ours)})`],
];
if (lsp) {
  goals.push(['keystroke → diagnostics p95 ≤ 15 ms, 20 KB .reply.md', lsp.smallMd.p95 <= 15, ms(lsp.smallMd.p95)]);
  goals.push(['keystroke → diagnostics p95 ≤ 15 ms, 20 KB .reply.txt', lsp.small.p95 <= 15, ms(lsp.small.p95)]);
}
console.log(`\nBulk CPU time (user + system, median of 3): replylint .txt ${f(bulkCpu.ours)}, .md ${f(bulkCpu.oursMd)}, remark-cli ${f(bulkCpu.remark)}` +
  ` (remark-cli / replylint: .md ${x(bulkCpu.remark / bulkCpu.oursMd)}, .txt ${x(bulkCpu.remark / bulkCpu.ours)}; .md / .txt ${x(bulkCpu.oursMd / bulkCpu.ours)}).`);
console.log(`Load average (1 min) at the start ${loadAtStart.toFixed(1)}, at the end ${loadavg()[0].toFixed(1)}, on ${availableParallelism()} cores.`);
console.log('\n| Markdown goal (#18) | measured | goal |\n|---|---|---|');
for (const [name, ok, v] of goals) console.log(`| ${name} | ${v} | ${ok ? 'met' : 'not met'} |`);
