/**
 * What the salutation rules judge beyond the parser's reading of the line (parts.salutation:
 * courtesy, names, 代表/委员, greeting, colon, spaces, with offsets): placeholder names.
 */

/** A placeholder instead of a name (xxx委员, ××代表, 某某): anonymised copies keep it. */
export function isPlaceholderName(s: string): boolean {
  return /^(?:[xX×*＊某]{1,4}|某某)$/.test(s);
}
