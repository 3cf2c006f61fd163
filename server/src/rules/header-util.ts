/**
 * Helpers the header rules share: reading the title (organ, number, 文种), the salutation
 * (names, 代表/委员, colon) and the Markdown front matter (建议编号, 类别, 代表).
 */
import type { Range } from '../parse/types';
import type { RuleContext } from './rule';

/** Full-width digits and letters → ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A suggestion/proposal number for comparison: ASCII digits, no 第/号, no leading zeros. */
export function normalizeNumber(s: string): string {
  const t = asciiDigits(s).replace(/[\s第号（）()]/g, '');
  return /^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t.toUpperCase();
}

/** The first 第N号 in the title: its digits and their range. */
export function titleNumber(ctx: RuleContext): { value: string; range: Range } | undefined {
  const t = ctx.parts.title;
  if (!t) return undefined;
  const m = /第\s{0,2}([0-9０-９A-Za-z]{1,16})\s{0,2}号/.exec(t.value);
  if (!m) return undefined;
  const s = t.position.start.offset! + m.index + m[0].indexOf(m[1]);
  return { value: m[1], range: [s, s + m[1].length] };
}

/** A value from the front matter under the first of `keys` that is set (numbers as text). */
export function metaValue(ctx: RuleContext, keys: string[]): string | undefined {
  const meta = ctx.tree.data.meta ?? {};
  for (const k of keys) {
    const v = (meta as Record<string, unknown>)[k];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

/** Names from the front matter (a string, a list, or names joined by 、，,). */
export function metaNames(ctx: RuleContext, keys: string[]): string[] {
  const meta = ctx.tree.data.meta ?? {};
  for (const k of keys) {
    const v = (meta as Record<string, unknown>)[k];
    const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    const names = list
      .filter((x): x is string => typeof x === 'string')
      .flatMap((x) => x.split(/[、，,；;\s]+/))
      .map((x) => x.replace(/(?:代表|委员)$/, '').trim())
      .filter((x) => x !== '');
    if (names.length > 0) return names;
  }
  return [];
}

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

export function readSalutation(ctx: RuleContext): SalutationParts | undefined {
  const b = ctx.parts.salutation;
  if (!b) return undefined;
  const raw = b.value;
  const lead = raw.length - raw.trimStart().length;
  const v = raw.trim();
  const s = b.position.start.offset! + lead;
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

/** An organ or a party/group as addressee (会办意见 to the 主办 unit; group proposals). */
export function isOrganName(s: string): boolean {
  return /(?:局|委|委员会|办|办公室|厅|院|府|政府|部|中心|大队|支队|所|处|科|公司|集团|站|馆|会|署|行|社|党|学社|联|团|支部|总支|组)$/.test(s)
    || /^(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|中国共产主义青年团|共青团|工商联|妇联|科协|侨联|台联)/.test(s);
}

/** A placeholder instead of a name (xxx委员, ××代表, 某某): anonymised copies keep it. */
export function isPlaceholderName(s: string): boolean {
  return /^(?:[xX×*＊某]{1,4}|某某)$/.test(s);
}

/** The category letter printed in the letter (header mark or 类别 field), with its range. */
export function printedCategory(ctx: RuleContext): { letter: string; range: Range; raw: string } | undefined {
  const b = ctx.parts.resultCategory;
  if (b) {
    const m = /([A-ZＡ-Ｚa-z])\s?类?\s*$/.exec(b.value);
    if (m) {
      const s = b.position.start.offset! + m.index;
      return { letter: asciiDigits(m[1]).toUpperCase(), range: [s, s + 1], raw: b.value.trim() };
    }
  }
  for (const f of ctx.parts.fields) {
    if (f.kind !== 'category') continue;
    const m = /^\s*([A-ZＡ-Ｚa-z])\s?类?\s*[。.]?\s*$/.exec(f.fieldValue);
    if (m) {
      const s = f.valueRange[0] + m.index + m[0].indexOf(m[1]);
      return { letter: asciiDigits(m[1]).toUpperCase(), range: [s, s + 1], raw: ctx.text.slice(f.position.start.offset!, f.position.end.offset!).trim() };
    }
  }
  return undefined;
}

/** Where a "missing" finding points: the title, else the first block. */
export function headRange(ctx: RuleContext): Range {
  const b = ctx.parts.title ?? ctx.blocks[0];
  if (!b) return [0, 0];
  return [b.position.start.offset!, b.position.end.offset!];
}

/**
 * A space inside a title where its two printed lines were joined after the organ's name:
 * 厦门市工业和信息化局 关于… / …局 对…. Not a stray space: the title was broken there on paper.
 */
export function isTitleLineJoin(text: string, spaceStart: number, spaceEnd: number): boolean {
  const after = text.slice(spaceEnd, spaceEnd + 2);
  if (after !== '关于' && after[0] !== '对') return false;
  return /(?:局|委|办|厅|院|府|部|中心|会|室|所|站|队|处|社|馆)$/.test(text.slice(Math.max(0, spaceStart - 4), spaceStart));
}
