/**
 * The Markdown front matter (建议编号, 类别, 代表, 交办日期…): one lookup of the first key that
 * is set, read as a raw value, as text, or as a list of names.
 */
import type { LetterContext } from './context';

/** The first of `keys` whose value `read` accepts (undefined when none does). */
function firstMeta<T>(ctx: LetterContext, keys: string[], read: (v: unknown) => T | undefined): T | undefined {
  const meta = (ctx.tree.data.meta ?? {}) as Record<string, unknown>;
  for (const k of keys) {
    const v = read(meta[k]);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The raw value under the first of `keys` that is set (not null or ''): a YAML date, a list… */
export function metaValue(ctx: LetterContext, keys: string[]): unknown {
  return firstMeta(ctx, keys, (v) => (v === null || v === '' ? undefined : v));
}

/** The value under the first of `keys` that holds text or a number, as trimmed text. */
export function metaText(ctx: LetterContext, keys: string[]): string | undefined {
  return firstMeta(ctx, keys, (v) => {
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    return undefined;
  });
}

/** Names from the front matter (a string, a list, or names joined by 、，,). */
export function metaNames(ctx: LetterContext, keys: string[]): string[] {
  return (
    firstMeta(ctx, keys, (v) => {
      const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
      const names = list
        .filter((x): x is string => typeof x === 'string')
        .flatMap((x) => x.split(/[、，,；;\s]+/))
        .map((x) => x.replace(/(?:代表|委员)$/, '').trim())
        .filter((x) => x !== '');
      return names.length > 0 ? names : undefined;
    }) ?? []
  );
}
