/**
 * Organ names: the issuing organ named in the letterhead (the title's is the parser's:
 * parts.title.organ), a lenient comparison of two names (full and short forms), and whether an
 * addressee is an organ rather than a person.
 */
import { isSubsequenceOf } from '../registry/normalize';
import type { LetterContext } from './context';

/** A letterhead naming the organ above the letter (`沂源县发展和改革局`). */
export function letterheadOrgan(ctx: LetterContext): string | undefined {
  return ctx.parts.header.find((b) => b.type === 'letterhead')?.value.trim();
}

/**
 * Lenient organ comparison: the same name, one inside the other (a shorter region prefix), or
 * a standard short name read off the full one in order (厦门市工信局 / 厦门市工业和信息化局,
 * 维西县农业农村局 / 维西傈僳族自治县农业农村局). False only when they plainly differ.
 */
export function sameOrgan(a: string, b: string): boolean {
  const x = a.replace(/[\s（）()·]/g, '');
  const y = b.replace(/[\s（）()·]/g, '');
  if (!x || !y) return true;
  if (x.includes(y) || y.includes(x)) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  // The short form keeps the organ's kind (局, 委, 厅, 大队…) and more than a bare 市局.
  return s.length >= 3 && s[s.length - 1] === l[l.length - 1] && isSubsequenceOf(s, l);
}

/** An organ or a party/group as addressee (会办意见 to the 主办 unit; group proposals). */
export function isOrganName(s: string): boolean {
  return (
    /(?:局|委|委员会|办|办公室|厅|院|府|政府|部|中心|大队|支队|所|处|科|公司|集团|站|馆|会|署|行|社|党|学社|联|团|支部|总支|组)$/.test(s) ||
    /^(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|中国共产主义青年团|共青团|工商联|妇联|科协|侨联|台联)/.test(s)
  );
}
