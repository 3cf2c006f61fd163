/**
 * The salutation line (尊敬的吕萍代表：) read into its parts: courtesy, names, 代表/委员, greeting,
 * colon and stray spaces, with offsets; the names it lists; placeholder names.
 */
import type { Range } from '../parse/types';
import type { LetterContext } from './context';
import { startOf } from '../text/spans';

export interface SalutationParts {
  /** The whole line, trimmed. */
  range: Range;
  value: string;
  /** 尊敬的 prefix, if any. */
  courtesy?: Range;
  /** The addressee between 尊敬的 and 代表/委员 (or the colon), trimmed. */
  name: string;
  nameRange: Range;
  /** 代表 / 委员 / 同志, if present. */
  title?: string;
  titleRange?: Range;
  /** A greeting after the title (吕萍代表您好：), if any. */
  greeting?: Range;
  /** The final colon, if present. */
  colon?: Range;
  /** Whitespace runs inside the line (between name and title, or inside the name). */
  spaces: Range[];
}

export function readSalutation(ctx: LetterContext): SalutationParts | undefined {
  const b = ctx.parts.salutation;
  if (!b) return undefined;
  const raw = b.value;
  const lead = raw.length - raw.trimStart().length;
  const v = raw.trim();
  const s = startOf(b) + lead;
  const e = s + v.length;
  let i = 0;
  let courtesy: Range | undefined;
  if (v.startsWith('尊敬的')) {
    courtesy = [s, s + 3];
    i = 3;
  } else if (v.startsWith('尊敬') && v.length > 4) {
    // 尊敬袁某代表： — the courtesy without its 的 (salutation-form reports it).
    courtesy = [s, s + 2];
    i = 2;
  }
  let j = v.length;
  let colon: Range | undefined;
  if (v[j - 1] === ':' || v[j - 1] === '：') {
    colon = [s + j - 1, s + j];
    j--;
  }
  let k = j;
  while (k > i && /\s/.test(v[k - 1])) k--;
  // 吕萍代表您好： — a greeting between the title and the colon.
  let greeting: Range | undefined;
  const gm = /\s?(?:您好|你好)[，,！!]?$/.exec(v.slice(i, k));
  if (gm && /(?:代表|委员|同志)(?:们)?$/.test(v.slice(i, i + gm.index))) {
    greeting = [s + i + gm.index, s + k];
    k = i + gm.index;
  }
  let title: string | undefined;
  let titleRange: Range | undefined;
  const tm = /(代表|委员|同志)(们)?$/.exec(v.slice(i, k));
  if (tm) {
    title = tm[1];
    titleRange = [s + i + tm.index, s + k];
    k = i + tm.index;
  }
  const nameRaw = v.slice(i, k);
  const nameLead = nameRaw.length - nameRaw.trimStart().length;
  const name = nameRaw.trim();
  const nameRange: Range = [s + i + nameLead, s + i + nameLead + name.length];
  const spaces: Range[] = [];
  const re = /\s+/g;
  let m: RegExpExecArray | null;
  const inner = v.slice(0, colon ? v.length - 1 : v.length);
  while ((m = re.exec(inner))) spaces.push([s + m.index, s + m.index + m[0].length]);
  return { range: [s, e], value: v, courtesy, name, nameRange, title, titleRange, greeting, colon, spaces };
}

/** The names a salutation lists: 郭胜利、陈爱珍 → two; 李晓林、周志勋等 → two and more. */
export function salutationNames(name: string): { names: string[]; more: boolean } {
  let n = name.replace(/\s+/g, '');
  // 姜欣(等10位) / 姜欣（等10位） / 李晓林等
  const more = /[（(]?等\s?(?:\d+|[一二三四五六七八九十]+)?\s?(?:位|名|人)?[）)]?$/.test(n);
  n = n.replace(/[（(]?等\s?(?:\d+|[一二三四五六七八九十]+)?\s?(?:位|名|人)?[）)]?$/, '');
  const names = n.split(/[、，,和及与]/).filter((x) => x !== '');
  return { names, more };
}

/** A placeholder instead of a name (xxx委员, ××代表, 某某): anonymised copies keep it. */
export function isPlaceholderName(s: string): boolean {
  return /^(?:[xX×*＊某]{1,4}|某某)$/.test(s);
}
