/**
 * Binary search over sorted lists, written once: the parser, the rules, the fixer and the
 * document maps all ask "where does x fall in this ascending list?".
 */

/**
 * The partition point of `0..n`: the first index i for which `before(i)` is false, given that
 * `before` is true for a prefix of the indices and false after it (n when it is true for all).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Last index i with key(list[i]) <= x, or -1 (list sorted by key). */
export function lastAtOrBefore<T>(list: readonly T[], x: number, key: (t: T) => number): number {
  return partitionPoint(list.length, (i) => key(list[i]) <= x) - 1;
}

/** The first index in an ascending list whose value is at or after `from` (the length when none). */
export function firstAtOrAfter(list: ArrayLike<number>, from: number): number {
  return partitionPoint(list.length, (i) => list[i] < from);
}
