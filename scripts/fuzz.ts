// npm run fuzz [-- N]  — runs the engine's invariants on N generated inputs (default 1,000,000)
// and reports failures (with a replayable seed/path) and the slowest inputs per character.
import fc from 'fast-check';
import { anyInput } from '../test/properties/arbitraries';
import { checkInvariants } from '../test/properties/invariants';

const total = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const slowest: Array<{ ms: number; perKChar: number; text: string }> = [];
let done = 0;
const t0 = performance.now();
const batch = 10_000;
let failure: string | undefined;
for (let b = 0; done < total && !failure; b++) {
  const n = Math.min(batch, total - done);
  const details = fc.check(
    fc.property(anyInput, (text) => {
      const t = performance.now();
      checkInvariants(text);
      const ms = performance.now() - t;
      const perKChar = ms / Math.max(1, text.length / 1000);
      if (slowest.length < 10 || perKChar > slowest[slowest.length - 1].perKChar) {
        slowest.push({ ms, perKChar, text });
        slowest.sort((x, y) => y.perKChar - x.perKChar);
        slowest.length = Math.min(slowest.length, 10);
      }
    }),
    { numRuns: n, seed: seed + b },
  );
  if (details.failed) failure = fc.defaultReportMessage(details) ?? 'failed';
  done += n;
  if (b % 10 === 9) console.log(`[fuzz] ${done} inputs, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
console.log(`[fuzz] ${done} inputs in ${((performance.now() - t0) / 1000).toFixed(1)} s (seed ${seed})`);
console.log('[fuzz] slowest inputs (ms per 1,000 characters, length, start of text):');
for (const s of slowest) console.log(`  ${s.perKChar.toFixed(2).padStart(8)}  ${String(s.text.length).padStart(6)}  ${JSON.stringify(s.text.slice(0, 60))}`);
if (failure) {
  console.error(failure);
  process.exit(1);
}
