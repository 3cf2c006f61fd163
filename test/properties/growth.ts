/**
 * Linear time on pathological inputs: each shape is linted at size n and 4n and the time ratio
 * must stay under MAX_RATIO (4 is linear; a quadratic step shows as ~16). Used small by
 * growth.test.ts (npm test) and at full size by scripts/fuzz.ts (npm run fuzz).
 *
 * Timing is the CPU time of the fastest of several interleaved runs of each size, each after a
 * full garbage collection, so that load from other processes hardly shows; a shape is measured
 * again (at most `attempts` times) before it counts as superlinear, since a real quadratic step
 * fails every time.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint } from '../../server/src/engine/lint';

// A full garbage collection before each timed lint, so that no run pays for an earlier one's garbage.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export const MAX_RATIO = 6;

export interface Shape {
  name: string;
  /** A text of about `size` units (characters, bytes or lines: see `unit`). */
  make: (size: number) => string;
  unit: 'characters' | 'bytes' | 'lines';
  /** The larger (4n) size at full scale (npm run fuzz) and in the small test (npm test). */
  full: number;
  small: number;
  /** In the small test too (one of each kind of shape); npm run fuzz runs them all. */
  inTest?: boolean;
}

const BRACKETS = ['《》', '〈〉', '（）', '()', '〔〕', '【】', '“”', '‘’'];
/** A sentence with most of the constructs the parser and the rules look for. */
const SENTENCE = '根据《厦门市促进科技成果转化若干规定》（厦府规〔2022〕5号），2024年1月1日起，我们（一）认真研究,并答复如下：';

// Under ~50,000 characters a lint takes a few milliseconds and the ratio mostly measures caches
// and timer noise, so the small test uses the full 100,000 characters on fewer shapes.
const chars = (name: string, make: (n: number) => string, inTest = false): Shape => ({ name, make, unit: 'characters', full: 100_000, small: 100_000, inTest });
const repeat = (unit: string) => (n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

export const SHAPES: Shape[] = [
  // Deep nesting of every bracket kind: o…o中c…c (Han inside, as in the issue) and o…oc…c.
  ...BRACKETS.flatMap(([o, c]) => [
    chars(`nested ${o}${c} around Han`, (n) => o.repeat(n / 2) + '中' + c.repeat(n / 2), true),
    chars(`nested ${o}${c} around nothing`, (n) => o.repeat(n / 2) + c.repeat(n / 2), o === '（'),
  ]),
  // Openers never closed, closers never opened.
  ...BRACKETS.flatMap(([o, c]) => [chars(`unclosed ${o}`, repeat(o), '（《“'.includes(o)), chars(`unopened ${c}`, repeat(c))]),
  // Long runs of markers, on one line and one per line.
  ...['（一）', '一、', '1.', '(1)', '1、', '①', '第一，'].flatMap((m) => [chars(`run of ${m}`, repeat(m), m === '（一）'), chars(`lines of ${m}`, repeat(m + '\n'), m === '一、')]),
  // Long runs of marks.
  ...['，', ',', '。', '、', '：', '…', '—', ' ', '　'].map((m) => chars(`run of “${m}”`, (n) => '中' + m.repeat(n) + '中', m === '，')),
  { name: 'one 5 MB line', unit: 'bytes', full: 5 * 1024 * 1024, small: 1024 * 1024, inTest: true, make: (bytes) => SENTENCE.repeat(Math.round(bytes / Buffer.byteLength(SENTENCE))) },
  { name: '100,000 short lines', unit: 'lines', full: 100_000, small: 20_000, inTest: true, make: (lines) => '短行。\n'.repeat(lines) },
];

export interface Growth {
  shape: string;
  n: number;
  ms: number;
  ms4: number;
  ratio: number;
}

/** Milliseconds of CPU time this process spent linting: unlike wall time, not inflated while other processes hold the cores. */
function timeOf(text: string, format: 'txt' | 'md'): number {
  collectGarbage();
  const t = process.cpuUsage();
  lint({ text, path: format === 'md' ? 'letter.md' : 'letter.txt' }, { today: new Date('2026-11-27T00:00:00Z') });
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/** The fastest of `runs` interleaved lints at size/4 and size. */
export function measure(shape: Shape, size: number, opts: { runs?: number; format?: 'txt' | 'md' } = {}): Growth {
  const format = opts.format ?? 'txt';
  const n = Math.round(size / 4);
  const a = shape.make(n);
  const b = shape.make(size);
  // Warm-up at both sizes: the code paths this shape takes are compiled before any timing.
  timeOf(a, format);
  timeOf(b, format);
  let ms = Infinity;
  let ms4 = Infinity;
  for (let i = 0; i < (opts.runs ?? 7); i++) {
    ms = Math.min(ms, timeOf(a, format));
    ms4 = Math.min(ms4, timeOf(b, format));
  }
  // Under a millisecond the ratio measures timer noise: count the small size as at least 1 ms.
  return { shape: shape.name, n, ms, ms4, ratio: ms4 / Math.max(ms, 1) };
}

/** `measure`, repeated while the ratio is at or over MAX_RATIO, at most `attempts` times; the best one. */
export function growth(shape: Shape, size: number, opts: { runs?: number; format?: 'txt' | 'md'; attempts?: number } = {}): Growth {
  let best = measure(shape, size, opts);
  for (let k = 1; k < (opts.attempts ?? 3) && best.ratio >= MAX_RATIO; k++) {
    const again = measure(shape, size, opts);
    if (again.ratio < best.ratio) best = again;
  }
  return best;
}

export function formatGrowth(g: Growth, unit: string): string {
  return `${g.ratio.toFixed(1).padStart(5)}  ${g.ms.toFixed(1).padStart(8)} ms  ${g.ms4.toFixed(1).padStart(8)} ms  n=${g.n} ${unit}  ${g.shape}`;
}
