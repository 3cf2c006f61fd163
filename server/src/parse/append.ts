/**
 * `into.push(...items)` for lists of any length: a spread passes every item as an argument, and
 * 100,000+ of them (a 5 MB line of 《 or 》) overflow the call stack.
 */
export function appendAll<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]);
}
