/**
 * Word's automatic numbering: the number a reader sees before a numbered paragraph (一、 （一）
 * 1. …) is not in the text but computed from numbering.xml. This module computes it the way Word
 * does — counters per abstract list, deeper levels restarting, start overrides on a list's first
 * use, `%n` placeholders in the level text — so the parser can read it as if it were typed.
 * Bullets and the suffix (tab/space after the number) are layout and are not rendered.
 */
import { toChineseNumeral } from '../../text/chars';
import { elementChildren, isW, wAttr, wChild, type XmlDocument, type XmlElement } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** w:isLgl: all placeholders in decimal. */
  legal: boolean;
  /** w:lvlRestart 0: this level never restarts. */
  noRestart: boolean;
}

interface NumDef {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

function readLevel(el: XmlElement): Level {
  return {
    start: Number(wAttr(wChild(el, 'start')) ?? 1),
    format: wAttr(wChild(el, 'numFmt')) ?? 'decimal',
    text: wAttr(wChild(el, 'lvlText')) ?? '',
    legal: !!wChild(el, 'isLgl'),
    noRestart: wAttr(wChild(el, 'lvlRestart')) === '0',
  };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PAREN = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';

function letters(n: number, upper: boolean): string {
  // Word repeats the letter: a … z, aa … zz.
  const c = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return n === 0 ? '〇' : toChineseNumeral(n);
    case 'chineseLegalSimplified':
      return n < 10
        ? LEGAL[n]
        : toChineseNumeral(n)
            .replace(/[一二三四五六七八九]/g, (d) => LEGAL['〇一二三四五六七八九'.indexOf(d)])
            .replace('十', '拾');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
    case 'ideographTraditional':
      return STEMS[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return BRANCHES[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalEnclosedParen':
      return PAREN[n - 1] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n, false);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The numbering of one document: call `next` for each paragraph in reading order. */
export class Numbering {
  private abstracts = new Map<string, Map<number, Level>>();
  private nums = new Map<string, NumDef>();
  /** paragraph style id → its numPr (numId, ilvl), following w:basedOn. */
  private styleNum = new Map<string, { numId?: string; ilvl?: number }>();
  private counters = new Map<string, (number | undefined)[]>();
  private seen = new Set<string>();

  constructor(numbering?: XmlDocument, styles?: XmlDocument) {
    if (numbering?.documentElement) {
      for (const el of elementChildren(numbering.documentElement)) {
        if (isW(el, 'abstractNum')) {
          const levels = new Map<number, Level>();
          for (const l of elementChildren(el)) if (isW(l, 'lvl')) levels.set(Number(wAttr(l, 'ilvl') ?? 0), readLevel(l));
          this.abstracts.set(wAttr(el, 'abstractNumId') ?? '', levels);
        } else if (isW(el, 'num')) {
          const overrides = new Map<number, { start?: number; level?: Level }>();
          for (const o of elementChildren(el)) {
            if (!isW(o, 'lvlOverride')) continue;
            const so = wAttr(wChild(o, 'startOverride'));
            const lvl = wChild(o, 'lvl');
            overrides.set(Number(wAttr(o, 'ilvl') ?? 0), { start: so === undefined ? undefined : Number(so), level: lvl ? readLevel(lvl) : undefined });
          }
          this.nums.set(wAttr(el, 'numId') ?? '', { abstractId: wAttr(wChild(el, 'abstractNumId')) ?? '', overrides });
        }
      }
    }
    if (styles?.documentElement) this.readStyles(styles.documentElement);
  }

  private readStyles(root: XmlElement): void {
    const raw = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
    for (const s of elementChildren(root)) {
      if (!isW(s, 'style') || wAttr(s, 'type') !== 'paragraph') continue;
      const numPr = wChild(wChild(s, 'pPr'), 'numPr');
      const ilvl = wAttr(wChild(numPr, 'ilvl'));
      raw.set(wAttr(s, 'styleId') ?? '', { numId: wAttr(wChild(numPr, 'numId')), ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn: wAttr(wChild(s, 'basedOn')) });
    }
    for (const id of raw.keys()) {
      let cur = raw.get(id);
      const out: { numId?: string; ilvl?: number } = {};
      for (let depth = 0; cur && depth < 20; depth++, cur = cur.basedOn ? raw.get(cur.basedOn) : undefined) {
        out.numId ??= cur.numId;
        out.ilvl ??= cur.ilvl;
      }
      if (out.numId !== undefined) this.styleNum.set(id, out);
    }
  }

  /** The displayed number of a paragraph (its w:pPr), or undefined when it has none. */
  next(pPr: XmlElement | undefined): string | undefined {
    const numPr = wChild(pPr, 'numPr');
    const fromStyle = this.styleNum.get(wAttr(wChild(pPr, 'pStyle')) ?? '');
    const numId = wAttr(wChild(numPr, 'numId')) ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') return undefined;
    const ilvlText = wAttr(wChild(numPr, 'ilvl'));
    const ilvl = ilvlText !== undefined ? Number(ilvlText) : (fromStyle?.ilvl ?? 0);
    const num = this.nums.get(numId);
    const abstract = num && this.abstracts.get(num.abstractId);
    if (!num || !abstract) return undefined;
    const levelOf = (l: number): Level | undefined => num.overrides.get(l)?.level ?? abstract.get(l);
    const level = levelOf(ilvl);
    if (!level) return undefined;
    let counters = this.counters.get(num.abstractId);
    if (!counters) this.counters.set(num.abstractId, (counters = []));
    if (!this.seen.has(numId)) {
      // A list instance with start overrides restarts those levels where it is first used.
      this.seen.add(numId);
      for (const [l, o] of num.overrides) if (o.start !== undefined || o.level) counters[l] = undefined;
    }
    const startOf = (l: number) => num.overrides.get(l)?.start ?? levelOf(l)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let l = ilvl + 1; l < 9; l++) if (!levelOf(l)?.noRestart) counters[l] = undefined;
    if (level.format === 'bullet') return undefined;
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counters![l] ?? startOf(l), level.legal ? 'decimal' : (levelOf(l)?.format ?? 'decimal'));
    });
  }
}
