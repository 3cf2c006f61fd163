/**
 * The salutation (称谓, 郭海峰代表：): the line that ends the header. Found among the first eight
 * blocks by its shape (SALUTATION_WHOLE: 尊敬的 … 代表/委员/同志 …：), never past the
 * acknowledgement; failing that, a short colon-ended line to an organ (会办意见 to the 主办 unit)
 * right before the acknowledgement or right under header-shaped lines. The line is then read
 * into its parts: 尊敬的, the name(s), 代表/委员/同志, a greeting (您好), the colon, stray spaces.
 */
import { SALUTATION_WHOLE, matchLabel } from '../patterns';
import type { Block, Range, Salutation } from '../types';
import { isHeaderShaped } from './header';
import { type LetterDraft, start } from './draft';

/** The salutation's block index, or -1; types and reads the block and sets parts.salutation. */
export function findSalutation(d: LetterDraft): number {
  const sal = salutationIndex(d);
  if (sal >= 0) d.parts.salutation = readSalutation(d.blocks[sal]);
  return sal;
}

function salutationIndex({ blocks }: LetterDraft): number {
  const n = blocks.length;
  for (let i = 0; i < Math.min(n, 8); i++) {
    const v = blocks[i].value;
    if (SALUTATION_WHOLE.test(v) && v.length <= 48) return i;
    if (/收悉|答复如下/.test(v)) break;
  }
  // A salutation to an organ (会办意见 to the 主办 unit): a short line ending with a colon
  // right before the acknowledgement.
  for (let i = 0; i < Math.min(n - 1, 6); i++) {
    const v = blocks[i].value;
    // …whose next line acknowledges the suggestion, or, with that sentence missing, any short
    // colon-ended line right under the header that is neither a field nor an announcement.
    const short = /^[^\s，。；,;]{2,30}[:：]$/.test(v) && !matchLabel(v, 0, v.length);
    if (short && (/收悉|悉|答复|意见如下/.test(blocks[i + 1].value) || (i > 0 && i <= 4 && !/如下|答复|意见|通知|说明/.test(v) && isHeaderShaped(blocks[i - 1].value, i - 1)))) return i;
  }
  return -1;
}

/** Retypes `b` as the salutation and reads its parts onto it. */
function readSalutation(b: Block): Salutation {
  const raw = b.value;
  const lead = raw.length - raw.trimStart().length;
  const v = raw.trim();
  const s = start(b) + lead;
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
  const spaces: Range[] = [];
  const re = /\s+/g;
  let m: RegExpExecArray | null;
  const inner = v.slice(0, colon ? v.length - 1 : v.length);
  while ((m = re.exec(inner))) spaces.push([s + m.index, s + m.index + m[0].length]);
  const { names, more } = salutationNames(name);
  const sal = b as Salutation;
  sal.type = 'salutation';
  Object.assign(sal, {
    line: v,
    lineRange: [s, s + v.length],
    courtesy,
    name,
    nameRange: [s + i + nameLead, s + i + nameLead + name.length],
    names,
    more,
    title,
    titleRange,
    greeting,
    colon,
    spaces,
  });
  return sal;
}

const MORE = /[（(]?等\s?(?:\d+|[一二三四五六七八九十]+)?\s?(?:位|名|人)?[）)]?$/;

/** The names a salutation lists: 郭胜利、陈爱珍 → two; 李晓林、周志勋等 → two and more. */
export function salutationNames(name: string): { names: string[]; more: boolean } {
  let n = name.replace(/\s+/g, '');
  // 姜欣(等10位) / 姜欣（等10位） / 李晓林等
  const more = MORE.test(n);
  n = n.replace(MORE, '');
  const names = n.split(/[、，,和及与]/).filter((x) => x !== '');
  return { names, more };
}
