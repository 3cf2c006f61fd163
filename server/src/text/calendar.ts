/** Is the date valid in the Gregorian calendar (years 1000–2999)? Shared by the parser and the rules. */
export function validDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1)) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}
