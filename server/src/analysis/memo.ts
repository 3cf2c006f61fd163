/**
 * One typed per-lint memo. What several rules compute from the same letter (prose blocks,
 * bracket pairs, number ranges, section groups, cited policies…) is computed once per lint and
 * kept here, under a typed key, instead of on the tree or in module-level WeakMaps.
 */

/** A memo key: its name is for debugging; its type parameter is the type of the value kept. */
export interface MemoKey<T> {
  readonly name: string;
  /** Never set: carries T. */
  readonly __value?: T;
}

export function memoKey<T>(name: string): MemoKey<T> {
  return { name };
}

/** The values of one lint, by key. A new one per lint (see engine/lint.ts). */
export class LintMemo {
  private readonly values = new Map<MemoKey<unknown>, unknown>();

  get<T>(key: MemoKey<T>, compute: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const v = compute();
    this.values.set(key, v);
    return v;
  }
}

/** The value under `key` for this lint, computed by `compute` the first time it is asked for. */
export function memo<T>(ctx: { memo: LintMemo }, key: MemoKey<T>, compute: () => T): T {
  return ctx.memo.get(key, compute);
}
