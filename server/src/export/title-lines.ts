/**
 * Breaking a long title into lines (GB/T 9704 7.3.1: 回行时，要做到词意完整，排列对称，长短适宜).
 * The fewest lines that fit, broken where a phrase ends (before 关于, after the meeting's name,
 * after 号, before 办理/答复…), as even in length as those places allow; never inside a
 * number, before closing punctuation or after an opening bracket.
 */

/** Printed width in characters: a full-width character is 1, a Latin letter or digit half of one. */
export function charWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff\u2000-\u206f]/.test(ch) && ch !== '—' && ch !== '“' && ch !== '”' ? 0.5 : 1;
  return w;
}

const OPENERS = '（《〔【“‘(';
const CLOSERS = '）》〕】”’)，。、；：！？,.;:';
/** Phrase starts a title line may begin with. */
const GOOD_BEFORE = ['关于', '办理', '答复', '建议', '提案', '第', '的函', '情况'];
/** Phrase ends a title line may stop after. */
const GOOD_AFTER = ['关于', '会议', '号', '的', '局', '委', '办', '厅', '府', '院', '会'];

/** The cost of a line break before chars[i]: 0 at a phrase start, 1 after a phrase end, 6 elsewhere. */
function breakCost(chars: string[], i: number): number {
  const prev = chars[i - 1];
  const next = chars[i];
  if (CLOSERS.includes(next) || OPENERS.includes(prev)) return Infinity;
  if (/[0-9A-Za-z]/.test(prev) && /[0-9A-Za-z]/.test(next)) return Infinity;
  const rest = chars.slice(i, i + 2).join('');
  const before = chars.slice(Math.max(0, i - 2), i).join('');
  if (GOOD_BEFORE.some((w) => rest.startsWith(w))) return 0;
  if (GOOD_AFTER.some((w) => before.endsWith(w))) return 1;
  return 6;
}

/** `title` broken into lines of at most `capacity` characters (see charWidth). */
export function titleLines(title: string, capacity: number): string[] {
  const chars = [...title];
  const total = charWidth(title);
  if (total <= capacity || chars.length < 2) return [title];
  const n = chars.length;
  const widthTo: number[] = [0];
  for (const ch of chars) widthTo.push(widthTo[widthTo.length - 1] + charWidth(ch));
  const cost: number[] = chars.map((_, i) => (i === 0 ? Infinity : breakCost(chars, i)));
  // The fewest lines, or one more when that avoids breaking inside a phrase (a line costs 40).
  let chosen: { cost: number; lines: string[] } | undefined;
  const fewest = Math.ceil(total / capacity);
  for (let lines = fewest; lines <= Math.min(n, fewest + 1); lines++) {
    const set = setIn(chars, widthTo, cost, lines, capacity, total / lines);
    if (set && (!chosen || set.cost + 40 * (lines - fewest) < chosen.cost)) chosen = { cost: set.cost + 40 * (lines - fewest), lines: set.lines };
  }
  if (chosen) return chosen.lines;
  return [title];
}

/** The cheapest setting of `chars` in exactly `lines` lines (uneven lengths and poor breaks cost), or undefined. */
function setIn(chars: string[], widthTo: number[], cost: number[], lines: number, capacity: number, ideal: number): { cost: number; lines: string[] } | undefined {
  const n = chars.length;
  // best[k][i]: cheapest way to set chars[0..i) in k lines.
  const best: number[][] = Array.from({ length: lines + 1 }, () => new Array(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: lines + 1 }, () => new Array(n + 1).fill(-1));
  best[0][0] = 0;
  for (let k = 1; k <= lines; k++) {
    for (let i = 1; i <= n; i++) {
      const brk = i === n ? 0 : cost[i];
      if (brk === Infinity) continue;
      for (let j = i - 1; j >= 0; j--) {
        const w = widthTo[i] - widthTo[j];
        if (w > capacity) break;
        if (best[k - 1][j] === Infinity) continue;
        const c = best[k - 1][j] + (w - ideal) ** 2 + brk * 10;
        if (c < best[k][i]) {
          best[k][i] = c;
          from[k][i] = j;
        }
      }
    }
  }
  if (best[lines][n] === Infinity) return undefined;
  const out: string[] = [];
  for (let k = lines, i = n; k > 0; k--) {
    const j = from[k][i];
    out.unshift(chars.slice(j, i).join(''));
    i = j;
  }
  return { cost: best[lines][n], lines: out };
}
