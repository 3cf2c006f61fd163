// npm run fuzz [-- N]  — runs the engine's invariants on N generated inputs (default 1,000,000)
// and reports every failure (shrunk counterexample, error, replayable seed/path) and the slowest
// inputs. A failure does not stop the run: the next batch continues with the next seed, so one
// run finds several distinct problems (at most FUZZ_MAX_FAILURES, default 20).
// FUZZ_SEED=n fixes the seed; FUZZ_FORMAT=md lints the inputs as Markdown.
// Then the growth check at full size (test/properties/growth.ts): each pathological shape linted
// at n and 4n (100,000 characters, a 5 MB line, 100,000 lines), the time ratio under 6.
// `npm run fuzz -- 0` runs the growth check alone.
import fc from 'fast-check';
import { anyInput } from '../test/properties/arbitraries';
import { checkInvariants } from '../test/properties/invariants';
import { MAX_RATIO, SHAPES, formatGrowth, growth } from '../test/properties/growth';

const total = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const format = process.env.FUZZ_FORMAT === 'md' ? 'md' : 'txt';
const maxFailures = Number(process.env.FUZZ_MAX_FAILURES ?? 20);
type Timed = { ms: number; perKChar: number; text: string };
/** Slowest by time per 1,000 characters (inputs of 1,000+ characters: tiny ones measure only overhead) and by absolute time. */
const slowest: Timed[] = [];
const slowestAbs: Timed[] = [];
const keep = (list: Timed[], x: Timed, key: (t: Timed) => number) => {
  if (list.length < 10 || key(x) > key(list[list.length - 1])) {
    list.push(x);
    list.sort((a, b) => key(b) - key(a));
    list.length = Math.min(list.length, 10);
  }
};
let done = 0;
let chars = 0;
const t0 = performance.now();
const batch = 10_000;
const failures: string[] = [];
for (let b = 0; done < total && failures.length < maxFailures; b++) {
  const n = Math.min(batch, total - done);
  const details = fc.check(
    fc.property(anyInput, (text) => {
      const t = performance.now();
      checkInvariants(text, format);
      const ms = performance.now() - t;
      chars += text.length;
      const x = { ms, perKChar: ms / (text.length / 1000), text };
      if (text.length >= 1000) keep(slowest, x, (s) => s.perKChar);
      keep(slowestAbs, x, (s) => s.ms);
    }),
    { numRuns: n, seed: seed + b },
  );
  if (details.failed) {
    const err = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    const msg = `${fc.defaultReportMessage(details) ?? 'failed'}\nError: ${err}`;
    failures.push(msg);
    console.error(`[fuzz] FAILURE ${failures.length} (batch seed ${seed + b}):\n${msg}\n`);
    done += details.numRuns;
  } else done += n;
  if (b % 10 === 9) console.log(`[fuzz] ${done} inputs, ${((performance.now() - t0) / 1000).toFixed(0)} s, ${failures.length} failures`);
}
const secs = (performance.now() - t0) / 1000;
console.log(`[fuzz] ${done} inputs (${(chars / 1e6).toFixed(1)} M characters, ${format}) in ${secs.toFixed(1)} s, ${(done / secs).toFixed(0)} inputs/s (seed ${seed}); ${failures.length} failures`);
const show = (s: Timed) => `  ${s.ms.toFixed(1).padStart(8)} ms  ${s.perKChar.toFixed(2).padStart(8)}  ${String(s.text.length).padStart(6)}  ${JSON.stringify(s.text.slice(0, 60))}`;
console.log('[fuzz] slowest inputs of 1,000+ characters (ms, ms per 1,000 characters, length, start of text):');
for (const s of slowest) console.log(show(s));
console.log('[fuzz] slowest inputs overall:');
for (const s of slowestAbs) console.log(show(s));
console.log(`[fuzz] growth, n vs 4n (ratio under ${MAX_RATIO}; ratio, time at n, time at 4n, shape):`);
for (const shape of SHAPES) {
  const g = growth(shape, shape.full, { format });
  const superlinear = g.ratio >= MAX_RATIO;
  console.log(formatGrowth(g, shape.unit) + (superlinear ? '   ← SUPERLINEAR' : ''));
  if (superlinear) failures.push(`superlinear: ${shape.name}`);
}
if (failures.length) process.exit(1);
