/**
 * Where the characters that scanners look for stand in a text, found in ONE pass and shared by
 * the parser and the rules. Each scanner names its characters once, at module load
 * (`charSet('《》。')`); the parser builds the index of its text for every set at once (a table
 * lookup per character) and keeps it with the tree, and every scanner reads its sorted list of
 * offsets instead of running its own scan over the letter.
 */
import { partitionPoint } from './search';

/** A named set of characters (at most 32 sets; each gets one bit). */
export interface CharSet {
  readonly id: number;
  readonly chars: string;
}

const sets: CharSet[] = [];
/** Bit `id` of MASK[c] is set when character code c belongs to set `id`. */
const MASK = new Uint32Array(0x10000);

/** Declares a set of characters (BMP only); call at module load. */
export function charSet(chars: string): CharSet {
  const known = sets.find((s) => s.chars === chars);
  if (known) return known;
  if (sets.length >= 32) throw new Error('char-index: more than 32 character sets');
  const set: CharSet = { id: sets.length, chars };
  sets.push(set);
  for (let i = 0; i < chars.length; i++) MASK[chars.charCodeAt(i)] |= 1 << set.id;
  return set;
}

export class CharIndex {
  /** Offsets per set id, ascending; sets declared after the build are scanned on demand. */
  private readonly lists: Int32Array[] = [];
  private readonly built: number;

  constructor(readonly text: string) {
    this.built = sets.length;
    // Typed arrays that double when full: no per-offset boxing, and the garbage collector does
    // not scan their contents (a 10 MB letter has several hundred thousand offsets).
    const lists: Int32Array[] = [];
    const counts = new Int32Array(this.built);
    for (let k = 0; k < this.built; k++) lists.push(new Int32Array(64));
    for (let i = 0; i < text.length; i++) {
      let m = MASK[text.charCodeAt(i)];
      while (m !== 0) {
        const bit = 31 - Math.clz32(m);
        m ^= 1 << bit;
        let list = lists[bit];
        const n = counts[bit];
        if (n === list.length) {
          const bigger = new Int32Array(n * 2);
          bigger.set(list);
          lists[bit] = list = bigger;
        }
        list[n] = i;
        counts[bit] = n + 1;
      }
    }
    for (let k = 0; k < this.built; k++) this.lists.push(lists[k].subarray(0, counts[k]));
  }

  /** The offsets of the set's characters in the text, ascending. Read only. */
  positions(set: CharSet): Int32Array {
    if (set.id < this.built) return this.lists[set.id];
    const out: number[] = [];
    const bit = 1 << set.id;
    for (let i = 0; i < this.text.length; i++) if ((MASK[this.text.charCodeAt(i)] & bit) !== 0) out.push(i);
    return (this.lists[set.id] = Int32Array.from(out));
  }

  /** A forward cursor over the set's offsets (see CharCursor). */
  cursor(set: CharSet): CharCursor {
    return new CharCursor(this.positions(set), this.text.length);
  }
}

/**
 * The next offset of a set's character at or after a position, for scans that move forward
 * through a text block by block: queries in increasing order cost O(1) each (amortised).
 */
export class CharCursor {
  private k = 0;

  constructor(
    private readonly list: ArrayLike<number>,
    private readonly end: number,
  ) {}

  /** The first offset at or after `from` holding a character of the set, or the text's length. */
  next(from: number): number {
    const list = this.list;
    let k = this.k;
    // Backwards (rare): restart with a binary search.
    if (k > 0 && list[k - 1] >= from) k = partitionPoint(k, (i) => list[i] < from);
    while (k < list.length && list[k] < from) k++;
    this.k = k;
    return k < list.length ? list[k] : this.end;
  }
}
