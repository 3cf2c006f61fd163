/**
 * Defect injectors: each takes a real, parsed letter and injects ONE realistic defect where the
 * letter has the element it needs (else `apply` returns null), leaving the rest intact.
 *
 * An injection is a list of edits on the original text; `at` is the span of the injected text in
 * the new text and `marks` the range of each edit (a deletion leaves an empty range at its place).
 * The harness (harness.ts) says the defect is caught when a new finding of one of `rule` overlaps
 * a mark (or, for `anywhere` injectors such as a deleted element, appears anywhere).
 */
import type { Block, DocNumber, Field, Range, ReplyRoot, Section } from '../../server/src/parse/types';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Injection {
  text: string;
  at: Range;
  marks: Range[];
  edits: Edit[];
}

export interface Injector {
  id: string;
  /** The rule expected to report it (several when more than one rule legitimately owns it). */
  rule: string | string[];
  describe: string;
  /** Profile to lint both versions with (local requirements); generic by default. */
  profile?: string;
  /** A missing element: the finding may sit anywhere (the element is gone). */
  anywhere?: boolean;
  /** Other rules that may legitimately report the same injected defect (not counted as false alarms). */
  alsoOk?: string[];
  apply(text: string, tree: ReplyRoot): Injection | null;
}

// ---------------------------------------------------------------- helpers

export function applyEdits(text: string, edits: Edit[]): Injection {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  let shift = 0;
  const marks: Range[] = [];
  for (const e of sorted) {
    out += text.slice(last, e.start) + e.text;
    const s = e.start + shift;
    marks.push([s, s + e.text.length]);
    shift += e.text.length - (e.end - e.start);
    last = e.end;
  }
  out += text.slice(last);
  const at: Range = [marks[0][0], marks[marks.length - 1][1]];
  return { text: out, at, marks, edits: sorted };
}

const edit = (start: number, end: number, t: string): Edit => ({ start, end, text: t });
const one = (text: string, start: number, end: number, t: string) => applyEdits(text, [edit(start, end, t)]);

const parts = (tree: ReplyRoot) => tree.data.parts;
const start = (n: { position: { start: { offset?: number } } }) => n.position.start.offset ?? 0;
const end = (n: { position: { end: { offset?: number } } }) => n.position.end.offset ?? 0;

/** A letter typed with full-width marks (not a scraped page full of ASCII ones). */
export function fullWidthLetter(tree: ReplyRoot): boolean {
  return tree.data.halfWidth.length <= 2;
}

/** Delete a whole block with its line break (or the space before it, in a one-line letter). */
function deleteBlock(text: string, b: Block): Injection {
  let s = start(b);
  let e = end(b);
  if (text[e] === '\r') e++;
  if (text[e] === '\n') e++;
  else if (s > 0 && /[ \t\u3000]/.test(text[s - 1])) {
    while (s > 0 && /[ \t\u3000]/.test(text[s - 1])) s--;
  }
  return one(text, s, e, '');
}

/** The separator between blocks around `b`: a newline, or a space in a one-line letter. */
function sepAfter(text: string, offset: number): string {
  return /\r?\n/.test(text.slice(offset, offset + 2)) || offset >= text.length ? '\n' : ' ';
}

/** Sections with their parents (parts.sections is flat, in document order). */
function withParents(tree: ReplyRoot): Array<{ s: Section; parent: Section | undefined; index: number }> {
  const list = parts(tree).sections;
  const out: Array<{ s: Section; parent: Section | undefined; index: number }> = [];
  const stack: Section[] = [];
  list.forEach((s, index) => {
    while (stack.length && stack[stack.length - 1].depth >= s.depth) stack.pop();
    out.push({ s, parent: stack[stack.length - 1], index });
    stack.push(s);
  });
  return out;
}

/** Pairs of consecutive siblings (same parent, same marker kind, ordinals k and k+1). */
function siblingPairs(tree: ReplyRoot, depth: number): Array<[Section, Section]> {
  const wp = withParents(tree);
  const out: Array<[Section, Section]> = [];
  for (let i = 0; i < wp.length; i++) {
    if (wp[i].s.depth !== depth) continue;
    for (let j = i + 1; j < wp.length; j++) {
      if (wp[j].s.depth < depth) break;
      if (wp[j].s.depth !== depth || wp[j].parent !== wp[i].parent) continue;
      const a = wp[i].s.heading.marker;
      const b = wp[j].s.heading.marker;
      if (a.kind === b.kind && b.ordinal === a.ordinal + 1) out.push([wp[i].s, wp[j].s]);
      break;
    }
  }
  return out;
}

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function cnNum(n: number): string {
  if (n <= 10) return CN[n];
  if (n < 20) return '十' + CN[n - 10];
  return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
}
function numeralFor(kind: string, n: number): string {
  return kind === 'cn-dun' || kind === 'cn-paren' ? cnNum(n) : String(n);
}

function markerOf(tree: ReplyRoot, pred: (kind: string, level: number, raw: string) => boolean) {
  return parts(tree)
    .sections.map((s) => s.heading.marker)
    .find((m) => pred(m.kind, m.level, m.raw));
}

/** Body blocks (paragraphs and headings between the opening and the closing). */
function bodyBlocks(tree: ReplyRoot): Block[] {
  const p = parts(tree);
  const body = new Set<Block>(p.body);
  return tree.data.blocks.filter((b) => body.has(b) || b.type === 'heading' || b.type === 'paragraph');
}

function bodyRange(tree: ReplyRoot): Range | null {
  const bb = bodyBlocks(tree);
  if (!bb.length) return null;
  return [start(bb[0]), end(bb[bb.length - 1])];
}

/** The first match of `re` (global) inside body blocks that satisfies `ok`. */
function findInBody(text: string, tree: ReplyRoot, re: RegExp, ok: (m: RegExpExecArray) => boolean = () => true): RegExpExecArray | null {
  for (const b of bodyBlocks(tree)) {
    const s = start(b);
    const v = text.slice(s, end(b));
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(v))) {
      const mm = Object.assign([...m], { index: m.index + s, input: text, groups: m.groups }) as unknown as RegExpExecArray;
      if (ok(mm)) return mm;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return null;
}

/** First match anywhere in the text (outside masked ranges). */
function findAll(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function inCitation(tree: ReplyRoot, offset: number): boolean {
  return parts(tree).citations.some((c) => offset >= start(c) && offset < end(c));
}

function headerDocNumber(tree: ReplyRoot): DocNumber | undefined {
  return parts(tree).docNumber;
}

/** Cited 文号s (in the body, after a citation), well formed so the injection is the only defect. */
function citedDocNumber(tree: ReplyRoot): DocNumber | undefined {
  const p = parts(tree);
  return p.docNumbers.find((d) => d !== p.docNumber && d.yearOpen && p.citations.some((c) => c.docNumber === d) && /^\d{4}$/.test(d.year) && !/^0/.test(d.serial) && !d.di && !!d.hao);
}

function field(tree: ReplyRoot, kind: string): Field | undefined {
  return parts(tree).fields.find((f) => f.kind === kind);
}

// ---------------------------------------------------------------- document numbers (H05–H10, C03)

function docNumberInjectors(where: 'header' | 'cited'): Injector[] {
  const get = where === 'header' ? headerDocNumber : citedDocNumber;
  const rule = where === 'header' ? 'doc-number-brackets' : 'cite-docnum-format';
  const r = (h: string) => (where === 'header' ? h : 'cite-docnum-format');
  const ok = (d: DocNumber | undefined, t: string): d is DocNumber => !!d && t.slice(d.yearOpen[0], d.yearOpen[1]) === '〔' && /^\d{4}$/.test(d.year);
  const pre = where === 'header' ? 'docnum' : 'cited-docnum';
  const w = where === 'header' ? 'the header 文号' : 'a cited 文号';
  const brackets = (id: string, o: string, c: string, desc: string): Injector => ({
    id: `${pre}-${id}`,
    rule,
    // a cited number's year in （） sits inside the citation's （）: P02's nesting hint is true
    alsoOk: where === 'cited' && o === '（' ? ['bracket-pairs'] : undefined,
    describe: `${desc} around the year in ${w}`,
    apply(text, tree) {
      const d = get(tree);
      if (!ok(d, text)) return null;
      return applyEdits(text, [edit(d.yearOpen[0], d.yearOpen[1], o), edit(d.yearClose[0], d.yearClose[1], c)]);
    },
  });
  return [
    brackets('square', '[', ']', 'ASCII [ ]'),
    brackets('fullwidth-square', '［', '］', 'full-width ［］'),
    brackets('round', '（', '）', 'round （）'),
    brackets('lookalike', '﹝', '﹞', 'look-alike ﹝﹞'),
    brackets('lenticular', '【', '】', '【】'),
    {
      id: `${pre}-year2`,
      rule: r('doc-number-year-full'),
      describe: `4-digit year → 2 digits in ${w}`,
      apply(text, tree) {
        const d = get(tree);
        if (!ok(d, text)) return null;
        const ys = d.yearOpen[1];
        return one(text, ys, ys + 2, '');
      },
    },
    {
      id: `${pre}-leading-zero`,
      rule: r('doc-number-no-leading-zero'),
      describe: `leading zero in the serial of ${w} (25号 → 025号)`,
      apply(text, tree) {
        const d = get(tree);
        if (!ok(d, text) || d.di) return null;
        return one(text, d.serialRange[0], d.serialRange[0], '0');
      },
    },
    {
      id: `${pre}-di`,
      rule: r('doc-number-no-di'),
      describe: `第 before the serial of ${w}`,
      apply(text, tree) {
        const d = get(tree);
        if (!ok(d, text) || d.di) return null;
        return one(text, d.serialRange[0], d.serialRange[0], '第');
      },
    },
    {
      id: `${pre}-no-hao`,
      rule: r('doc-number-hao-suffix'),
      describe: `drop 号 from ${w}`,
      apply(text, tree) {
        const d = get(tree);
        if (!ok(d, text) || !d.hao) return null;
        return one(text, d.hao[0], d.hao[1], '');
      },
    },
  ];
}

// ---------------------------------------------------------------- the catalogue

export const injectors: Injector[] = [
  // ---------------- header
  ...docNumberInjectors('header'),
  ...docNumberInjectors('cited'),
  {
    id: 'docnum-year-mismatch',
    rule: 'doc-number-year-matches-date',
    describe: 'header 文号 year one less than the 成文日期 year',
    apply(text, tree) {
      const d = headerDocNumber(tree);
      const date = parts(tree).issueDate;
      if (!d || !date || !/^\d{4}$/.test(d.year) || Number(d.year) !== date.year) return null;
      const ys = d.yearOpen[1];
      return one(text, ys, ys + 4, String(date.year - 1));
    },
  },
  {
    id: 'docnum-delete',
    rule: 'doc-number-required',
    profile: 'xiamen',
    anywhere: true,
    describe: 'delete the 文号 line (profile requires it)',
    apply(text, tree) {
      const b = tree.data.blocks.find((x) => x.type === 'docNumberLine');
      return b ? deleteBlock(text, b) : null;
    },
  },
  {
    id: 'title-delete',
    rule: 'title-required',
    anywhere: true,
    describe: 'delete the title line',
    apply(text, tree) {
      const t = parts(tree).title;
      return t ? deleteBlock(text, t) : null;
    },
  },
  {
    id: 'title-trailing-stop',
    rule: 'title-no-trailing-punct',
    describe: 'a 。 at the end of the title',
    apply(text, tree) {
      const t = parts(tree).title;
      if (!t || /[。，；：.]$/.test(t.value)) return null;
      return one(text, end(t), end(t), '。');
    },
  },
  {
    id: 'title-no-organ',
    rule: ['title-required', 'title-form'],
    alsoOk: ['issuer-signature-matches'],
    describe: 'drop the issuing organ from the title (…局关于… → 关于…)',
    apply(text, tree) {
      const t = parts(tree).title;
      if (!t) return null;
      const i = t.value.indexOf('关于');
      if (i < 4 || !/(局|委|办|厅|院|政府|会|部|室|中心|公司)$/.test(t.value.slice(0, i))) return null;
      return one(text, start(t), start(t) + i, '');
    },
  },
  {
    id: 'title-huifu',
    rule: 'title-form',
    describe: 'the title ends in 的回复 (not a 文种) instead of 答复的函',
    apply(text, tree) {
      const t = parts(tree).title;
      if (!t) return null;
      const m = /(办理情况答复的函|答复的函|的答复函|的答复|的复函|答复函)$/.exec(t.value);
      if (!m) return null;
      const s = start(t) + m.index;
      return one(text, s, s + m[0].length, '的回复');
    },
  },
  {
    id: 'ack-number-differs',
    rule: 'title-number-matches-ack',
    describe: 'the acknowledgement number differs from the title’s (one digit changed)',
    apply(text, tree) {
      const p = parts(tree);
      const n = p.acknowledgement?.number;
      if (!n || !p.title || !p.title.value.includes(`第${n.value}号`)) return null;
      const last = n.range[1] - 1;
      const d = text[last];
      if (!/\d/.test(d)) return null;
      return one(text, last, last + 1, String((Number(d) + 1) % 10));
    },
  },
  {
    id: 'salutation-colon-ascii',
    rule: ['salutation-form', 'fullwidth-punct'],
    describe: 'the salutation’s full-width colon made ASCII in a full-width letter',
    apply(text, tree) {
      const s = parts(tree).salutation;
      if (!s || !fullWidthLetter(tree) || !s.value.endsWith('：')) return null;
      return one(text, end(s) - 1, end(s), ':');
    },
  },
  {
    id: 'salutation-colon-removed',
    rule: 'salutation-form',
    describe: 'the salutation’s colon removed',
    apply(text, tree) {
      const s = parts(tree).salutation;
      if (!s || !/[：:]$/.test(s.value)) return null;
      return one(text, end(s) - 1, end(s), '');
    },
  },
  {
    id: 'salutation-no-title',
    rule: 'salutation-form',
    describe: 'the salutation without 代表/委员 (郭海峰代表： → 郭海峰：)',
    apply(text, tree) {
      const s = parts(tree).salutation;
      if (!s) return null;
      const m = /^(?:尊敬的)?([\u4e00-\u9fff]{2,4})(代表|委员)[：:]$/.exec(s.value);
      if (!m) return null;
      const i = start(s) + s.value.lastIndexOf(m[2]);
      return one(text, i, i + 2, '');
    },
  },
  {
    id: 'header-stray-date',
    rule: 'header-stray-date',
    alsoOk: ['date-format-cn'],
    describe: 'a website publish date 2023-4-10 inserted after the 文号 line',
    apply(text, tree) {
      const p = parts(tree);
      const d = tree.data.blocks.find((b) => b.type === 'docNumberLine');
      if (!d || !p.issueDate || p.headerDates.length) return null;
      const sep = sepAfter(text, end(d));
      const ins = `${p.issueDate.year}-${p.issueDate.month}-${p.issueDate.day}`;
      const r = one(text, end(d), end(d), sep + ins);
      r.marks = [[end(d) + 1, end(d) + 1 + ins.length]];
      return r;
    },
  },
  {
    id: 'result-category-invalid',
    rule: 'result-category-valid',
    profile: 'xiamen',
    describe: 'result category A类 → E类',
    apply(text, tree) {
      const b = parts(tree).resultCategory;
      if (!b) return null;
      const m = /[A-DＡ-Ｄ]/.exec(b.value);
      if (!m) return null;
      const i = start(b) + m.index;
      return one(text, i, i + 1, 'E');
    },
  },
  {
    id: 'result-category-delete',
    rule: 'result-category-present',
    profile: 'xiamen',
    anywhere: true,
    describe: 'delete the result-category mark',
    apply(text, tree) {
      const b = parts(tree).resultCategory;
      return b && b.value.length <= 8 ? deleteBlock(text, b) : null;
    },
  },

  // ---------------- structure
  {
    id: 'ack-delete',
    rule: 'ack-sentence',
    anywhere: true,
    alsoOk: ['title-number-matches-ack'],
    describe: 'delete the 《…》（第N号）收悉。 sentence',
    apply(text, tree) {
      // A co-handler's opinion to the lead unit needs no acknowledgement (its kind says so).
      if (!parts(tree).kind.requires.acknowledgement) return null;
      const a = parts(tree).acknowledgement;
      if (!a?.received) return null;
      let e = a.received[1];
      if (/[。，,]/.test(text[e])) e++;
      let s = a.range[0];
      const blockStart = tree.data.blocks.find((b) => start(b) <= s && s < end(b));
      if (!blockStart) return null;
      // from the beginning of the sentence (after the previous 。 in the block, or the block start)
      const prefix = text.slice(start(blockStart), s);
      const cut = Math.max(prefix.lastIndexOf('。'), -1);
      s = cut >= 0 ? start(blockStart) + cut + 1 : start(blockStart);
      if (e >= end(blockStart)) return deleteBlock(text, blockStart);
      return one(text, s, e, '');
    },
  },
  {
    id: 'ack-no-book-marks',
    rule: 'ack-sentence',
    describe: 'remove the 《》 around the suggestion title in the acknowledgement',
    apply(text, tree) {
      const t = parts(tree).acknowledgement?.title;
      if (!t) return null;
      return applyEdits(text, [edit(start(t), start(t) + 1, ''), edit(end(t) - 1, end(t), '')]);
    },
  },
  {
    id: 'ack-number-ascii',
    rule: ['ack-number-format', 'fullwidth-punct'],
    describe: '（第N号） → (第N号) in a full-width letter',
    apply(text, tree) {
      const n = parts(tree).acknowledgement?.number;
      if (!n || !fullWidthLetter(tree) || !/^（第\d+号）$/.test(n.raw)) return null;
      return applyEdits(text, [edit(n.rawRange[0], n.rawRange[0] + 1, '('), edit(n.rawRange[1] - 1, n.rawRange[1], ')')]);
    },
  },
  {
    id: 'ack-number-no-di',
    rule: 'ack-number-format',
    describe: '（第N号） → （N号）',
    apply(text, tree) {
      const n = parts(tree).acknowledgement?.number;
      if (!n || !/^[（(]第/.test(n.raw)) return null;
      return one(text, n.rawRange[0] + 1, n.rawRange[0] + 2, '');
    },
  },
  {
    id: 'ack-number-hexagonal',
    rule: 'ack-number-format',
    describe: '（第N号） → 〔第N号〕',
    apply(text, tree) {
      const n = parts(tree).acknowledgement?.number;
      if (!n || !/^[（(]第\d+号[）)]$/.test(n.raw)) return null;
      return applyEdits(text, [edit(n.rawRange[0], n.rawRange[0] + 1, '〔'), edit(n.rawRange[1] - 1, n.rawRange[1], '〕')]);
    },
  },
  {
    id: 'transition-colon-ascii',
    rule: ['answer-transition', 'fullwidth-punct'],
    describe: '答复如下： → 答复如下: in a full-width letter',
    apply(text, tree) {
      const t = parts(tree).transition;
      if (!t || !fullWidthLetter(tree) || text[t[1] - 1] !== '：') return null;
      return one(text, t[1] - 1, t[1], ':');
    },
  },
  {
    id: 'transition-full-stop',
    rule: 'answer-transition',
    describe: '答复如下： → 答复如下。',
    apply(text, tree) {
      if (!parts(tree).kind.requires.transition) return null;
      const t = parts(tree).transition;
      if (!t || !/[：:]/.test(text[t[1] - 1])) return null;
      return one(text, t[1] - 1, t[1], '。');
    },
  },
  {
    id: 'closing-delete',
    rule: 'closing-thanks',
    anywhere: true,
    describe: 'remove the closing thanks paragraph',
    apply(text, tree) {
      const c = parts(tree).closing;
      if (c.length !== 1) return null;
      return deleteBlock(text, c[0]);
    },
  },
  {
    id: 'cc-before-date',
    rule: 'element-order',
    describe: 'move the 抄送 line before the issuer',
    apply(text, tree) {
      const p = parts(tree);
      const cc = p.cc[0];
      if (!cc || !p.issuer || start(cc) < end(p.issuer)) return null;
      const line = cc.value;
      let s = start(cc);
      const e = end(cc);
      if (text[s - 1] === '\n' || text[s - 1] === ' ') s--;
      const sep = text[start(p.issuer) - 1] === ' ' ? ' ' : '\n';
      const r = applyEdits(text, [edit(start(p.issuer), start(p.issuer), line + sep), edit(s, e, '')]);
      r.marks = [[start(p.issuer), start(p.issuer) + line.length]];
      return r;
    },
  },
  {
    id: 'contact-in-body',
    rule: 'element-order',
    describe: 'move the 联系人 line into the body (after the first body paragraph)',
    apply(text, tree) {
      const f = field(tree, 'contact');
      const pb = parts(tree).body;
      const first = pb.find((b, i) => b.type === 'paragraph' && i + 1 < pb.length);
      if (!f || !first || start(f) < end(first) || tree.data.scraped) return null;
      const line = f.value;
      let s = start(f);
      if (text[s - 1] === '\n') s--;
      const at = end(first);
      const r = applyEdits(text, [edit(at, at, '\n' + line), edit(s, end(f), '')]);
      r.marks = [[at + 1, at + 1 + line.length]];
      return r;
    },
  },
  {
    id: 'boilerplate-after-date',
    rule: 'trailing-boilerplate',
    describe: 'website residue (相关阅读 / 版权声明) after the 成文日期',
    apply(text, tree) {
      const b = parts(tree).issueDateBlock;
      if (!b || parts(tree).boilerplate.length) return null;
      const sep = sepAfter(text, end(b));
      const ins = `${sep}相关阅读${sep}版权声明：本网站所载文字、图片等内容，未经授权不得转载。`;
      return one(text, end(b), end(b), ins);
    },
  },
  {
    id: 'attachment-bad-format',
    rule: 'attachment-note-format',
    describe: 'an 附件 note 附件：1、…一览表。 (1、 and a trailing 。) before the signature block',
    apply(text, tree) {
      const p = parts(tree);
      const anchor = p.fields[0] ?? p.issuer;
      if (!anchor || p.attachments.length || !p.closing.length || start(anchor) < end(p.closing[p.closing.length - 1])) return null;
      const sep = text[start(anchor) - 1] === ' ' ? ' ' : '\n';
      const ins = '附件：1、重点企业名单一览表。';
      const r = one(text, start(anchor), start(anchor), ins + sep);
      r.marks = [[start(anchor), start(anchor) + ins.length]];
      return r;
    },
  },

  // ---------------- numbering
  {
    id: 'l1-swap',
    rule: 'numbering-sequence',
    describe: 'swap two level-1 numbers (二、 ↔ 三、)',
    apply(text, tree) {
      const pairs = siblingPairs(tree, 1);
      const pr = pairs.find(([a]) => a.heading.marker.ordinal === 2) ?? pairs[0];
      if (!pr) return null;
      const [a, b] = pr.map((s) => s.heading.marker);
      return applyEdits(text, [
        edit(a.numeralRange[0], a.numeralRange[1], text.slice(b.numeralRange[0], b.numeralRange[1])),
        edit(b.numeralRange[0], b.numeralRange[1], text.slice(a.numeralRange[0], a.numeralRange[1])),
      ]);
    },
  },
  {
    id: 'l2-duplicate',
    rule: 'numbering-sequence',
    describe: 'duplicate a level-2 number (（一）（二）（二）)',
    apply(text, tree) {
      const pr = siblingPairs(tree, 2)[0];
      if (!pr) return null;
      const [a, b] = pr.map((s) => s.heading.marker);
      return one(text, b.numeralRange[0], b.numeralRange[1], text.slice(a.numeralRange[0], a.numeralRange[1]));
    },
  },
  {
    id: 'l3-skip',
    rule: 'numbering-sequence',
    describe: 'skip a level-3 number (1. 3.)',
    apply(text, tree) {
      const pr = siblingPairs(tree, 3)[0];
      if (!pr) return null;
      const b = pr[1].heading.marker;
      return one(text, b.numeralRange[0], b.numeralRange[1], numeralFor(b.kind, b.ordinal + 1));
    },
  },
  {
    id: 'l1-dot',
    rule: 'heading-l1-marker',
    describe: '一、 → 一．',
    apply(text, tree) {
      const m = markerOf(tree, (k, _l, raw) => k === 'cn-dun' && raw.endsWith('、'));
      if (!m) return null;
      return one(text, m.range[1] - 1, m.range[1], '．');
    },
  },
  {
    id: 'l1-comma',
    rule: 'heading-l1-marker',
    describe: '一、 → 一，',
    apply(text, tree) {
      const m = markerOf(tree, (k, _l, raw) => k === 'cn-dun' && raw.endsWith('、'));
      if (!m) return null;
      return one(text, m.range[1] - 1, m.range[1], '，');
    },
  },
  {
    id: 'l2-trailing-dun',
    rule: 'marker-no-trailing-punct',
    describe: '（一） → （一）、',
    apply(text, tree) {
      const m = markerOf(tree, (k, _l, raw) => k === 'cn-paren' && raw.startsWith('（') && raw.endsWith('）'));
      if (!m || m.trailing) return null;
      return one(text, m.range[1], m.range[1], '、');
    },
  },
  {
    id: 'l2-ascii',
    rule: ['heading-l2-marker', 'fullwidth-punct'],
    describe: '（一） → (一) in a full-width letter',
    apply(text, tree) {
      const m = markerOf(tree, (k, _l, raw) => k === 'cn-paren' && raw.startsWith('（') && raw.endsWith('）'));
      if (!m || !fullWidthLetter(tree)) return null;
      return applyEdits(text, [edit(m.range[0], m.range[0] + 1, '('), edit(m.range[1] - 1, m.range[1], ')')]);
    },
  },
  {
    id: 'l2-mixed',
    rule: ['heading-l2-marker', 'bracket-pairs'],
    alsoOk: ['fullwidth-punct'],
    describe: '（一） → （一) (mixed widths)',
    apply(text, tree) {
      const m = markerOf(tree, (k, _l, raw) => k === 'cn-paren' && raw.startsWith('（') && raw.endsWith('）'));
      if (!m) return null;
      return one(text, m.range[1] - 1, m.range[1], ')');
    },
  },
  {
    id: 'l3-dun',
    rule: 'heading-l3-marker',
    describe: '1. → 1、',
    apply(text, tree) {
      const m = markerOf(tree, (k, _l, raw) => k === 'arabic-dot' && /[.．]$/.test(raw));
      if (!m) return null;
      return one(text, m.range[1] - 1, m.range[1], '、');
    },
  },
  {
    id: 'l4-ascii',
    rule: ['heading-l4-marker', 'fullwidth-punct'],
    describe: '（1） → (1) in a full-width letter',
    apply(text, tree) {
      const m = markerOf(tree, (k, _l, raw) => k === 'arabic-paren' && raw.startsWith('（'));
      if (!m || !fullWidthLetter(tree)) return null;
      return applyEdits(text, [edit(m.range[0], m.range[0] + 1, '('), edit(m.range[1] - 1, m.range[1], ')')]);
    },
  },
  {
    id: 'l4-trailing-dun',
    rule: 'marker-no-trailing-punct',
    describe: '（1） → （1）、',
    apply(text, tree) {
      const m = markerOf(tree, (k, _l, raw) => k === 'arabic-paren' && raw.startsWith('（'));
      if (!m || m.trailing) return null;
      return one(text, m.range[1], m.range[1], '、');
    },
  },
  {
    id: 'hierarchy-skip',
    rule: 'numbering-hierarchy',
    describe: 'a 1. heading directly under a 一、 heading (level 2 skipped)',
    apply(text, tree) {
      if (tree.data.scraped) return null;
      const s = parts(tree).sections.find((x) => x.depth === 1 && x.heading.marker.kind === 'cn-dun' && !x.children.some((c) => c.type === 'section'));
      if (!s) return null;
      const at = end(s.heading);
      const ins = '1.总体情况';
      const r = one(text, at, at, '\n' + ins);
      r.marks = [[at + 1, at + 1 + ins.length]];
      return r;
    },
  },
  {
    id: 'depth5',
    rule: 'numbering-max-depth',
    describe: 'a fifth level ① under a （1） heading',
    apply(text, tree) {
      if (tree.data.scraped) return null;
      const s = parts(tree).sections.find((x) => x.depth === 4);
      if (!s) return null;
      const at = end(s.heading);
      const ins = '①新建研究院2家。';
      const r = one(text, at, at, '\n' + ins);
      r.marks = [[at + 1, at + 2]];
      return r;
    },
  },
  {
    id: 'inline-gap',
    rule: 'inline-enum-sequence',
    describe: '一是…二是… → 一是…三是… (a gap)',
    apply(text, tree) {
      const e = parts(tree).enumItems;
      const i = e.findIndex((x, k) => x.style === 'shi' && x.ordinal === 2 && k > 0 && e[k - 1].style === 'shi' && e[k - 1].ordinal === 1);
      if (i < 0) return null;
      const x = e[i];
      // only when 三是 does not follow (else this is a duplicate, which is also wrong but another case)
      return one(text, start(x), start(x) + 1, '三');
    },
  },
  {
    id: 'inline-repeat',
    rule: 'inline-enum-sequence',
    describe: '一是…二是… → 一是…一是… (a repeat)',
    apply(text, tree) {
      const e = parts(tree).enumItems;
      const i = e.findIndex((x, k) => x.style === 'shi' && x.ordinal === 2 && k > 0 && e[k - 1].style === 'shi' && e[k - 1].ordinal === 1);
      if (i < 0) return null;
      return one(text, start(e[i]), start(e[i]) + 1, '一');
    },
  },
  {
    id: 'inline-di-dun',
    rule: 'inline-enum-punct',
    describe: '第一， → 第一、',
    apply(text, tree) {
      const x = parts(tree).enumItems.find((y) => y.style === 'di' && y.punct && text.slice(y.punct[0], y.punct[1]) === '，');
      if (!x?.punct) return null;
      return one(text, x.punct[0], x.punct[1], '、');
    },
  },
  {
    id: 'inline-di-colon',
    rule: 'inline-enum-punct',
    describe: '第一， → 第一：',
    apply(text, tree) {
      const x = parts(tree).enumItems.find((y) => y.style === 'di' && y.punct && text.slice(y.punct[0], y.punct[1]) === '，');
      if (!x?.punct) return null;
      return one(text, x.punct[0], x.punct[1], '：');
    },
  },
  {
    id: 'inline-shi-dun',
    rule: 'inline-enum-punct',
    describe: '一是 → 一是、',
    apply(text, tree) {
      const x = parts(tree).enumItems.find((y) => y.style === 'shi' && !y.punct && /[\u4e00-\u9fff]/.test(text[end(y)] ?? ''));
      if (!x) return null;
      return one(text, end(x), end(x), '、');
    },
  },

  // ---------------- citations
  {
    id: 'cite-unbalanced',
    rule: 'cite-title-balanced',
    alsoOk: ['bracket-pairs'],
    describe: 'drop the 》 of a cited title (《 left open)',
    apply(text, tree) {
      const ack = parts(tree).acknowledgement?.title;
      const c = parts(tree).citations.find((x) => x !== ack && x.nested.length === 0 && text[end(x) - 1] === '》');
      if (!c) return null;
      const r = one(text, end(c) - 1, end(c), '');
      r.marks = [
        [start(c), start(c) + 1],
        [end(c) - 1, end(c) - 1],
      ];
      return r;
    },
  },
  {
    id: 'cite-nested-double',
    rule: 'cite-nested-title-marks',
    describe: '《关于印发《X》的通知》 (a nested title written with 《》)',
    apply(text, tree) {
      const ack = parts(tree).acknowledgement?.title;
      const c = parts(tree).citations.find((x) => x !== ack && x.nested.length === 0 && !/^关于/.test(x.title) && !x.title.includes('〈'));
      if (!c) return null;
      const r = applyEdits(text, [edit(start(c), start(c), '《关于印发'), edit(end(c), end(c), '的通知》')]);
      r.marks = [[start(c) + 5, start(c) + 6]];
      return r;
    },
  },
  {
    id: 'cite-reworded-second',
    rule: 'cite-same-doc-different-title',
    describe: 'cite a policy a second time under a reworded title (a generic word dropped or swapped: 行动方案 → 工作方案, 实施方案 → 方案)',
    apply(text, tree) {
      const ack = parts(tree).acknowledgement?.title;
      for (const c of parts(tree).citations) {
        if (ack && start(c) === start(ack)) continue;
        if (/建议|提案|议案/.test(c.title.slice(-2))) continue;
        const reworded = c.title
          .replace(/行动(方案|计划)$/, '工作$1')
          .replace(/实施(方案|意见|细则)$/, (m, k: string) => (m === c.title.slice(-4) && k !== '细则' ? k : m))
          .replace(/若干(措施|规定)/, '$1');
        if (reworded === c.title || reworded.length < 6) continue;
        // After the sentence that cites it: “…。” + 同时落实《reworded》有关要求。
        const stop = text.indexOf('。', end(c));
        if (stop < 0) continue;
        return one(text, stop + 1, stop + 1, `同时，继续落实《${reworded}》有关要求。`);
      }
      return null;
    },
  },
  {
    id: 'numbering-from-l2',
    rule: 'numbering-hierarchy',
    describe: 'a body whose headings 一、二、… are written （一）（二）… (no first level)',
    apply(text, tree) {
      const secs = parts(tree).sections;
      const l1 = secs.filter((s) => s.heading.marker.level === 1);
      if (l1.length < 2 || secs.some((s) => s.heading.marker.level === 2)) return null;
      return applyEdits(
        text,
        l1.map((s) => {
          const m = s.heading.marker;
          return edit(m.range[0], m.range[1], `（${text.slice(m.numeralRange[0], m.numeralRange[1])}）`);
        }),
      );
    },
  },
  {
    id: 'cite-variant-title',
    rule: 'cite-same-doc-different-title',
    describe: 'cite a policy cited earlier under a variant title (…市X实施方案 → …市关于X的实施方案)',
    apply(text, tree) {
      const cs = parts(tree).citations;
      for (let j = 1; j < cs.length; j++) {
        const c = cs[j];
        if (!cs.slice(0, j).some((x) => x.title === c.title)) continue;
        const m = /^((?:[\u4e00-\u9fff]{2,6}?[省市县区]))(?!关于)([\u4e00-\u9fff]{3,}?)(实施方案|管理办法|若干规定|实施办法|办法|规定|方案|条例)/.exec(c.title);
        if (!m) continue;
        const s = c.titleRange[0] + m[1].length;
        const mid = s + m[2].length;
        return applyEdits(text, [edit(s, s, '关于'), edit(mid, mid, '的')]);
      }
      return null;
    },
  },
  {
    id: 'cite-dunhao',
    rule: 'cite-no-dunhao-between-titles',
    describe: '《A》《B》 → 《A》、《B》',
    apply(text, tree) {
      const cs = parts(tree).citations;
      for (let j = 1; j < cs.length; j++) if (end(cs[j - 1]) === start(cs[j]) && !cs[j - 1].docNumber) return one(text, start(cs[j]), start(cs[j]), '、');
      return null;
    },
  },
  {
    id: 'cite-docnum-ascii-parens',
    rule: ['cite-docnum-parenthesized', 'fullwidth-punct'],
    describe: '《…》（厦府规〔2022〕2号） → 《…》(厦府规〔2022〕2号) in a full-width letter',
    apply(text, tree) {
      const c = parts(tree).citations.find((x) => x.docNumberBrackets && text.slice(...x.docNumberBrackets.open) === '（');
      if (!c?.docNumberBrackets || !fullWidthLetter(tree)) return null;
      return applyEdits(text, [edit(...c.docNumberBrackets.open, '('), edit(...c.docNumberBrackets.close, ')')]);
    },
  },
  {
    id: 'cite-docnum-comma',
    rule: 'cite-docnum-parenthesized',
    describe: '《…》（文号） → 《…》，文号 (number not in brackets)',
    apply(text, tree) {
      const c = parts(tree).citations.find((x) => x.docNumberBrackets && /[（(]/.test(text.slice(...x.docNumberBrackets.open)));
      if (!c?.docNumberBrackets) return null;
      const after = text[c.docNumberBrackets.close[1]];
      if (after !== '，' && after !== '。') return null;
      return applyEdits(text, [edit(...c.docNumberBrackets.open, '，'), edit(...c.docNumberBrackets.close, '')]);
    },
  },
  {
    id: 'term-agency-short',
    rule: 'term-consistency',
    describe: 'an agency named twice: drop the level prefix in the later one (市科技局 → 科技局)',
    apply(text, tree) {
      const br = bodyRange(tree);
      if (!br) return null;
      const ms = findAll(text, /市(?!市)([\u4e00-\u9fff]{2,6}?局)/g).filter((m) => m.index >= br[0] && !inCitation(tree, m.index) && text[m.index - 1] !== '市');
      for (let j = ms.length - 1; j > 0; j--) {
        const m = ms[j];
        if (ms.slice(0, j).some((x) => x[0] === m[0])) return one(text, m.index, m.index + 1, '');
      }
      return null;
    },
  },

  {
    id: 'cite-non-work',
    rule: 'cite-title-not-for-non-works',
    describe: 'an organisation named in the body wrapped in 书名号 (市科技局 → 《市科技局》)',
    apply(text, tree) {
      const m = findInBody(text, tree, /(?<![\u4e00-\u9fff《])(?:厦门)?市[\u4e00-\u9fff]{2,6}?(?:局|委员会|办公室)(?![\u4e00-\u9fff])/g, (x) => !inCitation(tree, x.index));
      if (!m) return null;
      const e = m.index + m[0].length;
      const r = applyEdits(text, [edit(m.index, m.index, '《'), edit(e, e, '》')]);
      r.marks = [[m.index, e + 2]];
      return r;
    },
  },
  {
    id: 'header-date-differs',
    rule: 'issue-date-consistency',
    alsoOk: ['header-stray-date'],
    describe: 'a header date (2023年4月12日) that differs from the 成文日期',
    apply(text, tree) {
      const p = parts(tree);
      const d = tree.data.blocks.find((b) => b.type === 'docNumberLine');
      if (!d || !p.issueDate || p.headerDates.length) return null;
      const sep = sepAfter(text, end(d));
      const day = p.issueDate.day >= 27 ? p.issueDate.day - 2 : p.issueDate.day + 2;
      const ins = `${p.issueDate.year}年${p.issueDate.month}月${day}日`;
      const r = one(text, end(d), end(d), sep + ins);
      r.marks = [[end(d) + 1, end(d) + 1 + ins.length]];
      return r;
    },
  },
  {
    id: 'l4-circled-mixed',
    rule: 'marker-style-consistency',
    describe: '（2） → ⑵ while （1） stays (two styles at level 4)',
    apply(text, tree) {
      const pr = siblingPairs(tree, 4)[0];
      if (!pr) return null;
      const b = pr[1].heading.marker;
      if (!b.raw.startsWith('（') || b.ordinal > 20) return null;
      return one(text, b.range[0], b.range[1], String.fromCharCode(0x2474 + b.ordinal - 1));
    },
  },

  // ---------------- dates and numbers
  {
    id: 'issue-date-dash',
    rule: ['date-format-cn', 'issue-date-required'],
    describe: '成文日期 2023年4月10日 → 2023-4-10',
    apply(text, tree) {
      const d = parts(tree).issueDate;
      if (!d || d.form !== 'cn') return null;
      return one(text, start(d), end(d), `${d.year}-${d.month}-${d.day}`);
    },
  },
  {
    id: 'issue-date-dot',
    rule: ['date-format-cn', 'issue-date-required'],
    describe: '成文日期 → 2023.4.10',
    apply(text, tree) {
      const d = parts(tree).issueDate;
      if (!d || d.form !== 'cn') return null;
      return one(text, start(d), end(d), `${d.year}.${d.month}.${d.day}`);
    },
  },
  {
    id: 'issue-date-zero-pad',
    rule: ['date-no-leading-zero', 'date-format-cn'],
    describe: '成文日期 → 2023年04月10日 (month or day zero-padded)',
    apply(text, tree) {
      const d = parts(tree).issueDate;
      if (!d || d.form !== 'cn' || (d.month >= 10 && d.day >= 10)) return null;
      const p = (n: number) => String(n).padStart(2, '0');
      return one(text, start(d), end(d), `${d.year}年${p(d.month)}月${p(d.day)}日`);
    },
  },
  {
    id: 'issue-date-cn-numerals',
    rule: 'date-format-cn',
    describe: '成文日期 in Chinese numerals (二〇二三年四月十日)',
    apply(text, tree) {
      const d = parts(tree).issueDate;
      if (!d || d.form !== 'cn') return null;
      const y = String(d.year)
        .split('')
        .map((c) => (c === '0' ? '〇' : CN[Number(c)]))
        .join('');
      return one(text, start(d), end(d), `${y}年${cnNum(d.month)}月${cnNum(d.day)}日`);
    },
  },
  {
    id: 'issue-date-zero-letter-o',
    rule: 'chinese-zero-char',
    alsoOk: ['date-format-cn'],
    describe: '成文日期 二OO九年-style: Chinese numerals with the letter O as zero',
    apply(text, tree) {
      const d = parts(tree).issueDate;
      if (!d || d.form !== 'cn') return null;
      const y = String(d.year)
        .split('')
        .map((c) => (c === '0' ? 'O' : CN[Number(c)]))
        .join('');
      return one(text, start(d), end(d), `${y}年${cnNum(d.month)}月${cnNum(d.day)}日`);
    },
  },
  {
    id: 'issue-date-year2',
    rule: ['date-format-cn', 'year-not-abbreviated'],
    alsoOk: ['issue-date-required'],
    describe: '成文日期 2023年4月10日 → 23年4月10日',
    apply(text, tree) {
      const d = parts(tree).issueDate;
      if (!d || d.form !== 'cn') return null;
      return one(text, start(d), start(d) + 2, '');
    },
  },
  {
    id: 'body-date-slash',
    rule: 'date-format-cn',
    describe: 'a body date 2022年12月27日 → 2022/12/27',
    apply(text, tree) {
      const p = parts(tree);
      const br = bodyRange(tree);
      const d = p.dates.find((x) => x !== p.issueDate && x.form === 'cn' && br && start(x) >= br[0] && end(x) <= br[1] && !inCitation(tree, start(x)) && x.day > 0);
      if (!d) return null;
      return one(text, start(d), end(d), `${d.year}/${d.month}/${d.day}`);
    },
  },
  {
    id: 'year-abbrev',
    rule: 'year-not-abbreviated',
    describe: 'a body year written with 2 digits (2022年底 → 22年底)',
    apply(text, tree) {
      const m = findInBody(text, tree, /(?<![\d.—\-~～])(?:19|20)(\d\d)年(?![\d])/g, (x) => !inCitation(tree, x.index) && !/[—\-~～]/.test(text[x.index + 6] ?? ''));
      if (!m) return null;
      return one(text, m.index, m.index + 2, '');
    },
  },
  {
    id: 'range-hyphen',
    rule: 'range-connector',
    describe: '2022—2026年 → 2022-2026年',
    apply(text, tree) {
      const m = findInBody(text, tree, /(?:19|20)\d\d(—)(?:19|20)\d\d年/g, (x) => !inCitation(tree, x.index)) ?? findAll(text, /(?:19|20)\d\d(—)(?:19|20)\d\d年/g)[0];
      if (!m) return null;
      return one(text, m.index + 4, m.index + 5, '-');
    },
  },
  {
    id: 'range-tilde',
    rule: 'range-connector',
    alsoOk: ['informal-symbols'],
    describe: '2022—2026年 → 2022~2026年',
    apply(text, tree) {
      void tree;
      const m = findAll(text, /(?:19|20)\d\d(—)(?:19|20)\d\d年/g)[0];
      if (!m) return null;
      return one(text, m.index + 4, m.index + 5, '~');
    },
  },
  {
    id: 'range-unit-percent',
    rule: 'range-unit-repeat',
    alsoOk: ['range-connector'],
    describe: 'a percentage becomes a range dropping the first %: 12.3% → 10-12.3%… (10%～12% → 10-12%)',
    apply(text, tree) {
      const m = findInBody(text, tree, /(?<![\d.％%～\-—])(\d{1,2})%/g, (x) => Number(x[1]) >= 2 && !inCitation(tree, x.index));
      if (!m) return null;
      const lo = Math.max(1, Number(m[1]) - 1);
      return one(text, m.index, m.index, `${lo}-`);
    },
  },
  {
    id: 'year-missing-nian-count',
    rule: 'year-missing-nian',
    describe: '其中2022年4家 → 其中2022家4家',
    apply(text, tree) {
      const m = findInBody(text, tree, /(?:19|20)\d\d(年)\d+[家个项件人名]/g, (x) => !inCitation(tree, x.index));
      if (!m) return null;
      return one(text, m.index + 4, m.index + 5, '家');
    },
  },
  {
    id: 'year-missing-nian-noun',
    rule: 'year-missing-nian',
    describe: 'drop 年 after a year followed by a noun (2022年全市 → 2022全市)',
    apply(text, tree) {
      const m = findInBody(text, tree, /(?<![\d—\-~～.])(?:19|20)\d\d年([\u4e00-\u9fff])/g, (x) => !inCitation(tree, x.index) && !/[月底度以来起初末前后内中的共新开全，]/.test(x[1]));
      const m2 = m ?? findInBody(text, tree, /(?<![\d—\-~～.])(?:19|20)\d\d年(全|共)/g, (x) => !inCitation(tree, x.index));
      if (!m2) return null;
      return one(text, m2.index + 4, m2.index + 5, '');
    },
  },
  {
    id: 'percent-chinese',
    rule: 'percent-arabic',
    describe: '50% → 百分之五十',
    apply(text, tree) {
      const m = findInBody(text, tree, /(?<![\d.])([1-9]\d?)%/g, (x) => !inCitation(tree, x.index));
      if (!m) return null;
      return one(text, m.index, m.index + m[0].length, '百分之' + cnNum(Number(m[1])));
    },
  },
  {
    id: 'money-unit-drop',
    rule: 'money-unit-missing',
    describe: '给予最高20万元 → 给予最高20万 (元 dropped)',
    apply(text, tree) {
      const m = findInBody(text, tree, /(给予|补贴|奖励|补助|发放|兑现|资助)(最高|每年|一次性)?\d+(\.\d+)?(万|亿)元/g);
      if (!m) return null;
      const e = m.index + m[0].length;
      return one(text, e - 1, e, '');
    },
  },
  {
    id: 'informal-plus',
    rule: 'informal-symbols',
    describe: '143家企业 → 143+家企业',
    apply(text, tree) {
      const m = findInBody(text, tree, /(?<![\d.])\d{2,5}家/g, (x) => !inCitation(tree, x.index) && !/(?:19|20)\d\d家/.test(x[0]));
      if (!m) return null;
      const e = m.index + m[0].length - 1;
      return one(text, e, e, '+');
    },
  },
  {
    id: 'numeral-style-mix',
    rule: 'numeral-style-consistency',
    describe: '等五个方面 → 等5方面 (count written in digits without the measure word)',
    apply(text, tree) {
      const m = findInBody(text, tree, /等([一二三四五六七八九十])个方面/g);
      if (!m) return null;
      return one(text, m.index + 1, m.index + 3, String(CN.indexOf(m[1])));
    },
  },
  {
    id: 'phone-fullwidth-digits',
    rule: 'contact-phone-format',
    describe: '联系电话 digits made full-width (2896599 → ２８９６５９９)',
    apply(text, tree) {
      const f = field(tree, 'phone');
      if (!f) return null;
      const m = /\d{7,}/.exec(f.fieldValue);
      if (!m) return null;
      const s = f.valueRange[0] + m.index;
      return one(
        text,
        s,
        s + m[0].length,
        m[0].replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
      );
    },
  },
  {
    id: 'phone-placeholder',
    rule: 'contact-phone-format',
    describe: '联系电话 with an X placeholder (2896599 → 28965XX)',
    apply(text, tree) {
      const f = field(tree, 'phone');
      if (!f) return null;
      const m = /\d{7,}/.exec(f.fieldValue);
      if (!m) return null;
      const s = f.valueRange[0] + m.index + m[0].length - 2;
      return one(text, s, s + 2, 'XX');
    },
  },

  // ---------------- punctuation
  {
    id: 'comma-ascii',
    rule: 'fullwidth-punct',
    describe: 'one body ， made ASCII , in a full-width letter',
    apply(text, tree) {
      if (!fullWidthLetter(tree)) return null;
      const m = findInBody(text, tree, /[\u4e00-\u9fff]，[\u4e00-\u9fff]/g);
      if (!m) return null;
      return one(text, m.index + 1, m.index + 2, ',');
    },
  },
  {
    id: 'semicolon-ascii',
    rule: 'fullwidth-punct',
    describe: 'one body ； made ASCII ; in a full-width letter',
    apply(text, tree) {
      if (!fullWidthLetter(tree)) return null;
      const m = findInBody(text, tree, /[\u4e00-\u9fff]；[\u4e00-\u9fff]/g);
      if (!m) return null;
      return one(text, m.index + 1, m.index + 2, ';');
    },
  },
  {
    id: 'comma-before-bracket',
    rule: 'punct-before-closing-bracket',
    describe: 'a stray ， before a closing ） (…50%） → …50%，）)',
    apply(text, tree) {
      const ackEnd = parts(tree).acknowledgement?.number?.rawRange[1];
      const m = findInBody(text, tree, /[^，。、；：,;:\s（(]([）)])/g, (x) => x.index + 2 !== ackEnd && !parts(tree).sections.some((s) => s.heading.marker.range[1] === x.index + 2));
      if (!m) return null;
      return one(text, m.index + 1, m.index + 1, '，');
    },
  },
  {
    id: 'comma-before-title-close',
    rule: 'punct-before-closing-bracket',
    describe: 'a stray 、 before a closing 》',
    apply(text, tree) {
      const ack = parts(tree).acknowledgement?.title;
      const c = parts(tree).citations.find((x) => x !== ack && text[end(x) - 1] === '》' && /[\u4e00-\u9fff]/.test(text[end(x) - 2]));
      if (!c) return null;
      return one(text, end(c) - 1, end(c) - 1, '、');
    },
  },
  {
    id: 'bracket-mixed',
    rule: 'bracket-pairs',
    alsoOk: ['fullwidth-punct'],
    describe: 'a body （…） closed with ASCII ) ((…) mixed width)',
    apply(text, tree) {
      const m = findInBody(text, tree, /（[^（）()\n]{1,30}）/g, (x) => !parts(tree).sections.some((s) => s.heading.marker.range[0] === x.index) && parts(tree).acknowledgement?.number?.rawRange[0] !== x.index);
      if (!m) return null;
      const e = m.index + m[0].length;
      const r = one(text, e - 1, e, ')');
      r.marks = [
        [m.index, m.index + 1],
        [e - 1, e],
      ];
      return r;
    },
  },
  {
    id: 'bracket-unclosed',
    rule: 'bracket-pairs',
    describe: 'a body （…） with its ） deleted',
    apply(text, tree) {
      const m = findInBody(
        text,
        tree,
        /（[^（）()\n]{1,30}）/g,
        (x) =>
          !parts(tree).sections.some((s) => s.heading.marker.range[0] === x.index) &&
          !parts(tree).citations.some((c) => c.docNumberBrackets?.open[0] === x.index) &&
          parts(tree).acknowledgement?.number?.rawRange[0] !== x.index,
      );
      if (!m) return null;
      const e = m.index + m[0].length;
      const r = one(text, e - 1, e, '');
      r.marks = [
        [m.index, m.index + 1],
        [e - 1, e - 1],
      ];
      return r;
    },
  },
  {
    id: 'duplicate-comma',
    rule: 'duplicate-punct',
    describe: '， → ，，',
    apply(text, tree) {
      const m = findInBody(text, tree, /[\u4e00-\u9fff][，,][\u4e00-\u9fff]/g);
      if (!m) return null;
      return one(text, m.index + 1, m.index + 1, text[m.index + 1]);
    },
  },
  {
    id: 'duplicate-stop',
    rule: 'duplicate-punct',
    describe: '。 → 。。',
    apply(text, tree) {
      const m = findInBody(text, tree, /[\u4e00-\u9fff]。/g);
      if (!m) return null;
      return one(text, m.index + 1, m.index + 1, '。');
    },
  },
  {
    id: 'ellipsis-deng',
    rule: 'ellipsis-with-deng',
    describe: 'A、B等 → A、B……等',
    apply(text, tree) {
      const m = findInBody(text, tree, /、[\u4e00-\u9fff]{2,10}等/g, (x) => !inCitation(tree, x.index));
      if (!m) return null;
      const e = m.index + m[0].length - 1;
      return one(text, e, e, '……');
    },
  },
  {
    id: 'dash-hyphen',
    rule: 'dash-form',
    describe: 'a 破折号 —— written as an ASCII hyphen',
    apply(text, tree) {
      const m = findInBody(text, tree, /[\u4e00-\u9fff”]——[\u4e00-\u9fff“]/g);
      if (!m) return null;
      return one(text, m.index + 1, m.index + 3, '-');
    },
  },
  {
    id: 'dash-inserted',
    rule: 'dash-form',
    describe: '“创新飞地”厦门科学城-style apposition: a quoted name followed by -, e.g. “小巨人”企业 → “小巨人”-企业',
    apply(text, tree) {
      const m = findInBody(text, tree, /”([\u4e00-\u9fff])/g);
      if (!m) return null;
      return one(text, m.index + 1, m.index + 1, '-');
    },
  },
  {
    id: 'straight-quotes',
    rule: 'straight-quotes',
    describe: '“小巨人” → "小巨人"',
    apply(text, tree) {
      const m = findInBody(text, tree, /“([^“”"\n]{1,20})”/g);
      if (!m) return null;
      const e = m.index + m[0].length;
      return applyEdits(text, [edit(m.index, m.index + 1, '"'), edit(e - 1, e, '"')]);
    },
  },
  {
    id: 'missing-list-separator',
    rule: 'missing-list-separator',
    describe: '…（占50%）、314家… → …（占50%）314家… (、 dropped after a bracket)',
    apply(text, tree) {
      const m = findInBody(text, tree, /[）)]、(?=\d|[\u4e00-\u9fff])/g);
      if (!m) return null;
      return one(text, m.index + 1, m.index + 2, '');
    },
  },
  {
    id: 'stray-space',
    rule: 'stray-space-cjk',
    describe: 'a space between two Han characters in a body paragraph',
    apply(text, tree) {
      if (tree.data.scraped) return null;
      const m = findInBody(text, tree, /[\u4e00-\u9fff]{6}/g);
      if (!m) return null;
      return one(text, m.index + 3, m.index + 3, ' ');
    },
  },
  {
    id: 'dunhao-he',
    rule: 'dunhao-misuse',
    describe: 'A、B和C → A、B、和C',
    apply(text, tree) {
      const m = findInBody(text, tree, /、[\u4e00-\u9fff]{2,8}和[\u4e00-\u9fff]/g, (x) => !inCitation(tree, x.index));
      if (!m) return null;
      const i = m.index + m[0].length - 2;
      return one(text, i, i, '、');
    },
  },

  // ---------------- footer
  {
    id: 'signer-delete',
    rule: 'signer-required',
    profile: 'xiamen',
    anywhere: true,
    describe: 'delete the 领导署名 line (profile requires it)',
    apply(text, tree) {
      const f = field(tree, 'signer');
      return f ? deleteBlock(text, f) : null;
    },
  },
  {
    id: 'contact-delete',
    rule: 'contact-person-required',
    profile: 'xiamen',
    anywhere: true,
    describe: 'delete the 联系人 line',
    apply(text, tree) {
      const f = field(tree, 'contact');
      return f ? deleteBlock(text, f) : null;
    },
  },
  {
    id: 'phone-delete',
    rule: 'contact-phone-required',
    profile: 'xiamen',
    anywhere: true,
    describe: 'delete the 联系电话 line',
    apply(text, tree) {
      const f = field(tree, 'phone');
      return f ? deleteBlock(text, f) : null;
    },
  },
  {
    id: 'issuer-delete',
    rule: 'issuer-signature-matches',
    anywhere: true,
    describe: 'delete the issuer line',
    apply(text, tree) {
      const b = parts(tree).issuer;
      return b ? deleteBlock(text, b) : null;
    },
  },
  {
    id: 'issuer-mismatch',
    rule: 'issuer-signature-matches',
    describe: 'the issuer differs from the title’s organ (…工业和信息化局 → …财政局)',
    apply(text, tree) {
      const b = parts(tree).issuer;
      const t = parts(tree).title;
      if (!b || !t || !t.value.startsWith(b.value)) return null;
      const m = /^(.*?[省市县区])([\u4e00-\u9fff]+)$/.exec(b.value);
      if (!m) return null;
      const repl = m[2] === '财政局' ? '教育局' : '财政局';
      return one(text, start(b) + m[1].length, end(b), repl);
    },
  },
  {
    id: 'date-delete',
    rule: 'issue-date-required',
    anywhere: true,
    describe: 'delete the 成文日期 line',
    apply(text, tree) {
      const b = parts(tree).issueDateBlock;
      return b && b.value.trim().length <= 12 ? deleteBlock(text, b) : null;
    },
  },
  {
    id: 'date-future',
    rule: 'issue-date-consistency',
    alsoOk: ['doc-number-year-matches-date'],
    describe: '成文日期 in the future (year → 2031)',
    apply(text, tree) {
      const d = parts(tree).issueDate;
      if (!d || d.form !== 'cn') return null;
      return one(text, start(d), start(d) + 4, '2031');
    },
  },
  {
    id: 'disclosure-delete',
    rule: 'disclosure-attribute',
    profile: 'xiamen',
    anywhere: true,
    describe: 'delete （此件主动公开）',
    apply(text, tree) {
      const b = parts(tree).notes.find((x) => /此件.*公开/.test(x.value));
      return b ? deleteBlock(text, b) : null;
    },
  },
  {
    id: 'disclosure-odd',
    rule: 'disclosure-attribute',
    profile: 'xiamen',
    describe: '（此件主动公开） → （此件内部公开） (a value outside the set)',
    apply(text, tree) {
      const b = parts(tree).notes.find((x) => /此件主动公开/.test(x.value));
      if (!b) return null;
      const i = start(b) + b.value.indexOf('主动');
      return one(text, i, i + 2, '内部');
    },
  },
  {
    id: 'deputy-mobile',
    rule: 'no-deputy-private-contact-in-public',
    profile: 'xiamen',
    describe: 'the deputy’s mobile number in the salutation of a 主动公开 letter',
    apply(text, tree) {
      const s = parts(tree).salutation;
      if (!s || !parts(tree).notes.some((x) => /主动公开/.test(x.value))) return null;
      const m = /(代表|委员)[：:]$/.exec(s.value);
      if (!m) return null;
      const i = start(s) + m.index + 2;
      const ins = '（手机：13859012345）';
      return one(text, i, i, ins);
    },
  },
  {
    id: 'cc-delete',
    rule: 'cc-required',
    profile: 'xiamen',
    anywhere: true,
    describe: 'delete the 抄送 line',
    apply(text, tree) {
      const f = parts(tree).cc[0];
      return f ? deleteBlock(text, f) : null;
    },
  },
  {
    id: 'cc-dunhao',
    rule: 'cc-format',
    describe: '抄送 recipients separated by 、 instead of ，',
    apply(text, tree) {
      const f = parts(tree).cc[0];
      if (!f) return null;
      const i = f.fieldValue.indexOf('，');
      if (i < 0) return null;
      return one(text, f.valueRange[0] + i, f.valueRange[0] + i + 1, '、');
    },
  },
  {
    id: 'cc-no-stop',
    rule: 'cc-format',
    describe: 'the 抄送 line without its final 。',
    apply(text, tree) {
      const f = parts(tree).cc[0];
      if (!f || !f.fieldValue.endsWith('。')) return null;
      return one(text, f.valueRange[1] - 1, f.valueRange[1], '');
    },
  },
  {
    id: 'cc-colon-ascii',
    rule: ['cc-format', 'signature-block-labels-fullwidth', 'fullwidth-punct'],
    describe: '抄送： → 抄送: in a full-width letter',
    apply(text, tree) {
      const f = parts(tree).cc[0];
      if (!f?.colon || !fullWidthLetter(tree) || text[f.colon[0]] !== '：') return null;
      return one(text, f.colon[0], f.colon[1], ':');
    },
  },
  {
    id: 'contact-colon-ascii',
    rule: ['signature-block-labels-fullwidth', 'fullwidth-punct'],
    describe: '联系人： → 联系人: in a full-width letter',
    apply(text, tree) {
      const f = field(tree, 'contact');
      if (!f?.colon || !fullWidthLetter(tree) || text[f.colon[0]] !== '：') return null;
      return one(text, f.colon[0], f.colon[1], ':');
    },
  },
  {
    id: 'signer-colon-missing',
    rule: ['signature-block-labels-fullwidth', 'signer-required'],
    profile: 'xiamen',
    describe: '领导署名：周桂良 → 领导署名周桂良 (label colon dropped)',
    apply(text, tree) {
      const f = field(tree, 'signer');
      if (!f?.colon) return null;
      return one(text, f.colon[0], f.colon[1], '');
    },
  },

  // ---------------- typos
  ...(
    [
      ['typo-tepin', '特聘', '特骋'],
      ['typo-zuowei', '作为', '做为'],
      ['typo-aolinpike', '奥林匹克', '奥利匹克'],
    ] as const
  ).map(([id, right, wrong]): Injector => ({
    id,
    rule: 'typo-lexicon',
    describe: `${right} → ${wrong}`,
    apply(text, tree) {
      const m = findInBody(text, tree, new RegExp(right, 'g'), (x) => !inCitation(tree, x.index));
      if (!m) return null;
      return one(text, m.index, m.index + right.length, wrong);
    },
  })),
  {
    id: 'jiezhi',
    rule: 'jiezhi-vs-jiezhi',
    describe: '截至2022年底 → 截止2022年底',
    apply(text, tree) {
      const m = findInBody(text, tree, /截至(?=\d|目前|今年|年底|上月)/g);
      if (!m) return null;
      return one(text, m.index + 1, m.index + 2, '止');
    },
  },
  {
    id: 'jiezhi-inserted',
    rule: 'jiezhi-vs-jiezhi',
    describe: '2022年，全市… → 截止2022年，全市… (a 截止 before a year at a sentence start)',
    apply(text, tree) {
      const m = findInBody(text, tree, /(?:^|[。；])((?:19|20)\d\d年(?:底)?[，,])/g, (x) => !inCitation(tree, x.index));
      if (!m) return null;
      const i = m.index + m[0].length - m[1].length;
      return one(text, i, i, '截止');
    },
  },
  {
    id: 'enum-stray-zai',
    rule: 'duplicated-word',
    describe: '一是出台《…》 → 一是在出台《…》 (a stray 在 after the enumerator)',
    apply(text, tree) {
      const x = parts(tree).enumItems.find((y) => y.style === 'shi' && /^(出台|印发|制定|发布|落实|完善|加强)/.test(text.slice(end(y), end(y) + 2)));
      if (!x) return null;
      return one(text, end(x), end(x), '在');
    },
  },
  {
    id: 'duplicated-verb',
    rule: 'duplicated-word',
    describe: '调解知识产权纠纷案件 → 调解知识产权纠纷调解案件 (a 2-character verb repeated before the object’s noun)',
    apply(text, tree) {
      const m = findInBody(text, tree, /(?<=^|[，。；：、,;:])(推动|加强|完善|支持|推进|提升|落实|调解|办理)([\u4e00-\u9fff]{4,8})(工作|项目|平台|企业|体系|案件|机制)/g);
      if (!m) return null;
      const i = m.index + m[1].length + m[2].length;
      return one(text, i, i, m[1]);
    },
  },
];
