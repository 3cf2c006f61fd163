/**
 * Comparing policy titles and 文号 the way a reader would: bracket width, dash form, spaces and
 * the 〔〕 look-alikes do not make a different policy (other rules report those marks).
 */

const BRACKETS: Record<string, string> = {
  '(': '（',
  ')': '）',
  '（': '（',
  '）': '）',
  '<': '〈',
  '>': '〉',
  '〈': '〈',
  '〉': '〉',
  '＜': '〈',
  '＞': '〉',
  '《': '〈',
  '》': '〉',
  '“': '"',
  '”': '"',
  '"': '"',
  '‘': "'",
  '’': "'",
  "'": "'",
};

/** What /\s/ matches, by character code. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** - ‐ ‑ ‒ – — ― － ~ ～ 〜 */
function isDashCode(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0xff0d || c === 0x7e || c === 0xff5e || c === 0x301c;
}

/** What normalizeTitle writes for one UTF-16 unit: '' drops it, undefined keeps it. */
function mapUnit(code: number): string | undefined {
  // Han characters (most of a title) and everything else from U+3400 up to the full-width forms
  // map to themselves; the marks below (〈〉《》“”, 〜, spaces) and U+FEFF are handled after.
  if (code >= 0x3400 && code < 0xfeff) return undefined;
  if (isSpaceCode(code)) return '';
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0); // full-width digits
  if (code >= 0xff21 && code <= 0xff5a) return String.fromCharCode(code - 0xfee0).toUpperCase();
  if (isDashCode(code)) return code === 0x2d ? undefined : '-';
  if (code >= 0x61 && code <= 0x7a) return String.fromCharCode(code - 32);
  return BRACKET_CODES.get(code);
}

/** BRACKETS by code, without the marks that map to themselves. */
const BRACKET_CODES = new Map<number, string>();
for (const [from, to] of Object.entries(BRACKETS)) if (from !== to) BRACKET_CODES.set(from.charCodeAt(0), to);

/** Canonical form of a title for exact comparison (also strips an outer 《》). */
export function normalizeTitle(raw: string): string {
  let s = raw.trim();
  if (s.startsWith('《') && s.endsWith('》')) s = s.slice(1, -1);
  // Most units map to themselves: copy unchanged runs with one slice each instead of appending
  // unit by unit. By UTF-16 unit: none of the mappings touches a surrogate, so pairs pass through.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const mapped = mapUnit(s.charCodeAt(i));
    if (mapped === undefined) continue;
    out += s.slice(from, i) + mapped;
    from = i + 1;
  }
  out = from === 0 ? s : out + s.slice(from);
  // 2022—2026 and 2022——2026 and 2022-2026 read the same.
  return out.includes('--') ? out.replace(/-{2,}/g, '-') : out;
}

/**
 * A looser key (RULEBOOK C05 b): drop the place prefix, 关于/印发/的/通知 and brackets, so that
 * 《厦门市关于先进制造业倍增计划的实施方案》 meets 《厦门市先进制造业倍增计划实施方案》.
 */
export function looseTitle(raw: string): string {
  return looseOfNormalized(normalizeTitle(raw));
}

/** The place words looseTitle drops. */
const PLACE_WORDS = /厦门市|我市|我省|福建省|本市|全市/g;
/** A leading issuer-like prefix (河北省…, 湖里区…), read once the place words are gone. */
const LEAD_PLACE = /^[\u4e00-\u9fff]{1,5}?(?:省|自治区|市|州|县|区)/;

/** looseTitle of a title already passed through normalizeTitle. */
export function looseOfNormalized(normalized: string): string {
  return normalized
    .replace(PLACE_WORDS, '')
    .replace(/关于|印发|的|通知/g, '')
    .replace(/[（）〈〉"'、，,.。·]/g, '');
}

/** The digit runs of a title (years, version numbers): different runs, different policies. */
export function digitRuns(s: string): string {
  return digitRunsOfNormalized(normalizeTitle(s));
}

/** digitRuns of a title already passed through normalizeTitle. */
export function digitRunsOfNormalized(normalized: string): string {
  return (normalized.match(/\d+/g) ?? []).join(',');
}

/**
 * The place words of a normalised title (those looseTitle drops), sorted: two titles must still
 * agree on them (a national 《关于X的意见》 and the city's 《厦门市关于X的意见》 are two documents).
 */
export function placeWordsOfNormalized(normalized: string): string {
  return (normalized.match(PLACE_WORDS) ?? []).sort().join(',');
}

/** The leading issuer of a normalised title past its place words (河北省…), or ''. */
export function leadPlaceOfNormalized(normalized: string): string {
  return (LEAD_PLACE.exec(normalized.replace(PLACE_WORDS, '')) ?? [''])[0];
}

/** [［【(（〔﹝〈< : a 文号's year opens with any of these. */
function isYearOpen(c: number): boolean {
  return c === 0x5b || c === 0xff3b || c === 0x3010 || c === 0x28 || c === 0xff08 || c === 0x3014 || c === 0xfe5d || c === 0x3008 || c === 0x3c;
}

/** ]］】)）〕﹞〉> : and closes with any of these. */
function isYearClose(c: number): boolean {
  return c === 0x5d || c === 0xff3d || c === 0x3011 || c === 0x29 || c === 0xff09 || c === 0x3015 || c === 0xfe5e || c === 0x3009 || c === 0x3e;
}

/** Canonical 文号: 〔〕 around the year, no 第, no leading zeros, ASCII digits, no spaces. */
export function normalizeDocNumber(raw: string): string {
  // By UTF-16 unit, copying unchanged runs with one slice each: no mapping touches a surrogate,
  // and dropping every space also drops what trim() would.
  let s = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    let mapped: string;
    if (isSpaceCode(code)) mapped = '';
    else if (code >= 0xff10 && code <= 0xff19) mapped = String.fromCharCode(code - 0xfee0);
    else if (code !== 0x3014 && isYearOpen(code))
      mapped = '〔'; // 〔 itself stays
    else if (code !== 0x3015 && isYearClose(code)) mapped = '〕';
    else continue;
    s += raw.slice(from, i) + mapped;
    from = i + 1;
  }
  s = from === 0 ? raw : s + raw.slice(from);
  // Split at the first 〔 by hand: a lazy prefix plus 0*(\d+) backtracks quadratically on long
  // runs of zeros (registry data is not bounded by the parser).
  const open = s.indexOf('〔');
  if (open < 0) return s;
  const m = /^〔(\d{2,4})〕第?(\d+)号?$/.exec(s.slice(open));
  if (m) return `${s.slice(0, open)}〔${m[1]}〕${m[2].replace(/^0+(?=\d)/, '')}号`;
  return s;
}

/** Looks like a 文号 (机关代字 + year in brackets + serial). */
export function isDocNumber(s: string): boolean {
  return /^[\u4e00-\u9fffA-Za-z]{1,20}\s*[[［【(（〔﹝〈<]\s*[0-9０-９]{2,4}\s*[\]］】)）〕﹞〉>]\s*第?\s*[0-9０-９]{1,5}\s*号?$/.test(s.trim());
}

/**
 * Levenshtein distance, giving up (returning max + 1) once it exceeds `max`:
 * O(len × (2·max + 1)) with a band, so long registries stay cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur.fill(max + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j - 1] + cost, (prev[j] ?? max + 1) + 1, (cur[j - 1] ?? max + 1) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m], max + 1);
}

/** The closest candidate within a relative distance (for "did you mean"). */
export function closest(word: string, candidates: Iterable<string>, ratio = 0.4): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const list = [...candidates];
  // An abbreviation ("warn" for "warning") is the likeliest slip.
  if (word.length >= 3) {
    const prefixed = list.filter((c) => c.toLowerCase().startsWith(word.toLowerCase()) && c.length > word.length);
    if (prefixed.length === 1) return prefixed[0];
  }
  for (const c of list) {
    const max = Math.max(1, Math.floor(Math.max(word.length, c.length) * ratio));
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), max);
    if (d <= max && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** `short` can be read off `long` in order (工信局 in 工业和信息化局; characters may be skipped in `long`). */
export function isSubsequenceOf(short: string, long: string): boolean {
  let i = 0;
  for (let k = 0; k < long.length && i < short.length; k++) if (long.charCodeAt(k) === short.charCodeAt(i)) i++;
  return i === short.length;
}
