import { defineRule } from '../rule';
import type { Block } from '../../parse/types';
import { isHan } from '../../text/chars';
import { q } from '../../analysis/finding';
import { eachPositionInBlocks, inTitle, proseChars } from '../../analysis/prose';
import { charSet } from '../../text/char-index';
import { endOf, startOf } from '../../text/spans';

const FUNCTION_CHARS = '的和与及等之在了是为中或并对';
/**
 * Words before a bare agency name that leave it bare (会同市场监管局): 会同|联合|配合|协调 or one of
 * these characters (see bareBefore).
 */
const BEFORE_BARE_CHARS = '由与和及同向经请对将如、';
const LEVEL = '市县区';
const AGENCY_END = '局委办';

interface Occ {
  start: number;
  term: string;
}

/**
 * C08 — one concept, one name. Built in: (1) the same quoted slogan followed by a noun that
 * differs by an inserted or replaced word (“4+4+6”现代产业体系 / “4+4+6”现代化产业体系);
 * (2) an agency named with its level prefix (市市场监管局) and elsewhere without it (市场监管局).
 * A glossary option maps canonical names to variants. Each scan is linear in the text.
 */
export default defineRule({
  id: 'term-consistency',
  code: 'C08',
  category: 'citation',
  severity: 'info',
  fixable: 'suggest',
  docs: {
    zh: '同一概念、项目或机构在全文中应使用同一名称。',
    en: 'One concept, programme or agency is named the same way throughout the letter.',
  },
  source: '主送、抄送机关用全称或规范化简称 [S5][S8]; consistency',
  examples: {
    correct: ['“4+4+6”现代产业体系 … “4+4+6”现代产业体系', '市市场监管局 … 市市场监管局'],
    incorrect: ['“4+4+6”现代产业体系 … “4+4+6”现代化产业体系', '市市场监管局 … 市场监管局'],
  },
  optionsSchema: {
    type: 'object',
    properties: {
      glossary: {
        type: 'object',
        description: 'Canonical name → variants that should be written as the canonical name.',
        additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { glossary: {} },
  check(ctx) {
    const blocks = ctx.blocks.filter((b) => b.type !== 'boilerplate' && b.type !== 'title');
    const reported = new Set<number>();
    const report = (at: number, found: string, want: string, earlier: string, en: string) => {
      if (reported.has(at)) return;
      reported.add(at);
      ctx.report({
        range: [at, at + found.length],
        message: {
          zh: `${q(found)}与${earlier}${q(want)}不一致，同一名称应前后统一为${q(want)}`,
          en: `${q(found)} differs from ${en}${q(want)}; use ${q(want)} throughout`,
        },
        suggestions: [{ range: [at, at + found.length], text: want, title: { zh: `统一为${q(want)}`, en: `Use ${q(want)}` } }],
      });
    };

    glossary(ctx.options.glossary, blocks, report);
    // The prose in one flat string: block.value is its slice at the block's offsets.
    const chars = proseChars(ctx);
    slogans(chars.text, blocks, report);
    // A name inside a cited title is the title's wording, not the letter's.
    agencies(chars.text, blocks, chars.positions(LEVEL_OR_END), (at, found, want, earlier, en) => {
      if (inTitle(ctx, at)) return;
      report(at, found, want, earlier, en);
    });
  },
});

type ReportFn = (at: number, found: string, want: string, earlier: string, en: string) => void;

function glossary(option: unknown, blocks: Block[], report: ReportFn) {
  if (!option || typeof option !== 'object') return;
  for (const [canonical, variants] of Object.entries(option as Record<string, unknown>)) {
    if (!canonical || !Array.isArray(variants)) continue;
    for (const b of blocks) {
      const s = startOf(b);
      const v = b.value;
      const canon: Array<[number, number]> = [];
      for (let i = v.indexOf(canonical); i >= 0; i = v.indexOf(canonical, i + canonical.length)) canon.push([i, i + canonical.length]);
      for (const variant of variants) {
        if (typeof variant !== 'string' || !variant || variant === canonical) continue;
        // canon is sorted and non-overlapping, and i only grows: one pointer (not a scan of
        // every canonical occurrence per variant, quadratic on a block full of both).
        let k = 0;
        for (let i = v.indexOf(variant); i >= 0; i = v.indexOf(variant, i + variant.length)) {
          const e = i + variant.length;
          while (k < canon.length && canon[k][1] <= i) k++;
          if (k < canon.length && canon[k][0] < e) continue; // inside the canonical name
          report(s + i, variant, canonical, '规范名称', 'the canonical name ');
        }
      }
    }
  }
}

/** “X” + a run of Han characters (at most 12). `t`: the prose, of which the blocks are slices. */
function slogans(t: string, blocks: Block[], report: ReportFn) {
  const groups = new Map<string, Array<{ at: number; run: string; complete: boolean }>>();
  // One indexOf walk over the prose finds every “; those outside the blocks are skipped.
  let bi = 0;
  for (let i = t.indexOf('“'); i >= 0; i = t.indexOf('“', i + 1)) {
    while (bi < blocks.length && endOf(blocks[bi]) <= i) bi++;
    if (bi === blocks.length) break;
    const e = endOf(blocks[bi]);
    if (i < startOf(blocks[bi])) continue;
    let close = i + 1;
    while (close < e && close - i <= 13 && t.charCodeAt(close) !== 0x201d && t.charCodeAt(close) !== 0x201c) close++; // ” “
    if (close >= e || t.charCodeAt(close) !== 0x201d || close - i > 13 || close - i < 2) continue;
    if (hasClauseMark(t, i + 1, close)) continue;
    let j = close + 1;
    while (j < e && j - close - 1 < 12 && isHan(t.charCodeAt(j))) j++;
    if (j - close - 1 < 2) continue;
    const complete = j >= e || !isHan(t.charCodeAt(j));
    const quoted = t.slice(i, close + 1);
    const list = groups.get(quoted);
    const occ = { at: close + 1, run: t.slice(close + 1, j), complete };
    if (list) list.push(occ);
    else groups.set(quoted, [occ]);
  }
  for (const [quoted, list] of groups) {
    if (list.length < 2) continue;
    const first = list[0];
    for (let k = 1; k < list.length; k++) {
      const d = variantOf(first.run, first.complete, list[k].run, list[k].complete);
      if (d) report(list[k].at - quoted.length, quoted + d.later, quoted + d.earlier, '前文', 'the earlier ');
    }
  }
}

/** Is one of ，。；：、,.;:《》“ in t[from, to)? (A slogan in quotes has none.) */
function hasClauseMark(t: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = t.charCodeAt(k);
    if (c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0xff1a || c === 0x3001 || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x300a || c === 0x300b || c === 0x201c) return true;
  }
  return false;
}

/**
 * Two noun runs after the same slogan name one thing two ways when they share a start, then
 * differ by one or two inserted or replaced content characters, then share at least two more
 * characters that end one of the runs.
 */
function variantOf(a: string, aDone: boolean, b: string, bDone: boolean): { earlier: string; later: string } | undefined {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  if (p < 1 || p === a.length || p === b.length) return undefined;
  for (let da = 0; da <= 2; da++) {
    for (let db = 0; db <= 2; db++) {
      if (da === 0 && db === 0) continue;
      const diff = a.slice(p, p + da) + b.slice(p, p + db);
      if ([...diff].some((c) => FUNCTION_CHARS.includes(c))) continue;
      let t = 0;
      while (p + da + t < a.length && p + db + t < b.length && a[p + da + t] === b[p + db + t]) t++;
      if (t < 2) continue;
      const aEnd = p + da + t === a.length && aDone;
      const bEnd = p + db + t === b.length && bDone;
      if (!aEnd && !bEnd) continue;
      return { earlier: a.slice(0, p + da + t), later: b.slice(0, p + db + t) };
    }
  }
  return undefined;
}

/** LEVEL (市县区) or AGENCY_END (局委办), found by the parser's character index. */
const LEVEL_OR_END = charSet(LEVEL + AGENCY_END);

/** 局委办 (AGENCY_END) by code. */
function isAgencyEnd(c: number): boolean {
  return c === 0x5c40 || c === 0x59d4 || c === 0x529e;
}

/** 市县区 (LEVEL) by code. */
function isLevel(c: number): boolean {
  return c === 0x5e02 || c === 0x53bf || c === 0x533a;
}

/**
 * Does the text before i (not before the block start s) end in a word that
 * leaves a following agency name bare (会同/联合/配合/协调, or one of 由与和及同向经请对将如、)?
 */
function bareBefore(t: string, i: number, s: number): boolean {
  if (i <= s) return false;
  const c = t.charCodeAt(i - 1);
  for (let k = 0; k < BEFORE_BARE_CHARS.length; k++) if (BEFORE_BARE_CHARS.charCodeAt(k) === c) return true; // 会同 ends in 同
  if (i - 2 < s) return false;
  const p = t.charCodeAt(i - 2);
  return (c === 0x5408 && (p === 0x8054 || p === 0x914d)) || (c === 0x8c03 && p === 0x534f); // 联合 配合 协调
}

/**
 * 市X局 somewhere and bare X局 elsewhere. `t`: the prose (the blocks are its slices);
 * `levelOrEnd`: the offsets of LEVEL_OR_END.
 */
function agencies(t: string, blocks: Block[], levelOrEnd: ArrayLike<number>, report: ReportFn) {
  const full = new Map<string, Occ>(); // bare name → first prefixed occurrence
  // Where 局/委/办 + 1 is, in each block: every bare name ends there (see below).
  const ends: number[][] = blocks.map(() => []);
  eachPositionInBlocks(levelOrEnd, blocks, (i, b, bi) => {
    const s = startOf(b);
    const e = endOf(b);
    if (isAgencyEnd(t.charCodeAt(i))) {
      ends[bi].push(i + 1);
      return;
    }
    if (i > s && isHan(t.charCodeAt(i - 1)) && !bareBefore(t, i, s)) return;
    // 市 + 2–6 Han characters ending in 局/委/办 (shortest).
    let j = i + 1;
    while (j < e && j - i <= 6 && isHan(t.charCodeAt(j))) {
      if (j - i >= 3 && isAgencyEnd(t.charCodeAt(j))) break;
      j++;
    }
    if (j >= e || j - i > 6 || !isAgencyEnd(t.charCodeAt(j)) || j - i < 3) return;
    const bare = t.slice(i + 1, j + 1);
    if (!full.has(bare)) full.set(bare, { start: i, term: t[i] + bare });
  });
  if (full.size === 0) return;
  // Every bare name is 3–6 characters long and ends in 局/委/办: at each such end, look up the
  // names whose next-to-last character is the one before it (one scan, not one indexOf pass per
  // name and block; no string is cut for the lookup).
  const names = [...full.keys()];
  const byPenult = new Map<number, number[]>();
  names.forEach((n, k) => {
    const c = n.charCodeAt(n.length - 2);
    const list = byPenult.get(c);
    if (list) list.push(k);
    else byPenult.set(c, [k]);
  });
  const nextFree = new Array<number>(names.length);
  blocks.forEach((b, bi) => {
    if (ends[bi].length === 0) return;
    const s = startOf(b);
    const e = endOf(b);
    // Occurrences of each name, leftmost first and not overlapping (as a repeated indexOf finds them).
    nextFree.fill(s);
    const hits: Array<{ k: number; i: number }> = [];
    for (const end of ends[bi]) {
      const candidates = end - 2 >= s ? byPenult.get(t.charCodeAt(end - 2)) : undefined;
      if (!candidates) continue;
      for (const k of candidates) {
        const i = end - names[k].length;
        if (i < nextFree[k] || !t.startsWith(names[k], i)) continue;
        nextFree[k] = end;
        hits.push({ k, i });
      }
    }
    // Report name by name (first-found order), each left to right.
    hits.sort((x, y) => x.k - y.k || x.i - y.i);
    for (const { k, i } of hits) {
      const bare = names[k];
      if (i > s && isHan(t.charCodeAt(i - 1)) && !bareBefore(t, i, s)) continue;
      if (i > s && isLevel(t.charCodeAt(i - 1))) continue;
      // 市场监管局长 / 市场监管局局属: part of a longer word.
      const after = i + bare.length < e ? t.charCodeAt(i + bare.length) : 0;
      if (after === 0x957f || after === 0x5c5e || after === 0x5185) continue; // 长属内
      report(i, bare, full.get(bare)!.term, '前文', 'the earlier ');
    }
  });
}
