import { defineRule } from './rule';
import type { Block } from '../parse/types';
import { isHan } from '../text/chars';
import { q } from './util';
import { inTitle, proseChars } from './prose';
import { charSet, firstAtOrAfter } from '../text/char-index';

const FUNCTION_CHARS = '的和与及等之在了是为中或并对';
/** Words before a bare agency name that leave it bare (会同市场监管局). */
const BEFORE_BARE = /(?:会同|联合|配合|协调|由|与|和|及|同|向|经|请|对|将|如|、)$/;
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
    slogans(blocks, report);
    // A name inside a cited title is the title's wording, not the letter's.
    agencies(blocks, proseChars(ctx).positions(LEVEL_OR_END), (at, found, want, earlier, en) => {
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
      const s = b.position.start.offset!;
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

/** “X” + a run of Han characters (at most 12). */
function slogans(blocks: Block[], report: ReportFn) {
  const groups = new Map<string, Array<{ at: number; run: string; complete: boolean }>>();
  for (const b of blocks) {
    const s = b.position.start.offset!;
    const v = b.value;
    for (let i = v.indexOf('“'); i >= 0; i = v.indexOf('“', i + 1)) {
      let close = i + 1;
      while (close < v.length && close - i <= 13 && v.charCodeAt(close) !== 0x201d && v.charCodeAt(close) !== 0x201c) close++; // ” “
      if (v[close] !== '”' || close - i > 13 || close - i < 2) continue;
      const quoted = v.slice(i, close + 1);
      if (/[，。；：、,.;:《》“]/.test(quoted.slice(1, -1))) continue;
      let j = close + 1;
      while (j < v.length && j - close - 1 < 12 && isHan(v.charCodeAt(j))) j++;
      if (j - close - 1 < 2) continue;
      const complete = j >= v.length || !isHan(v.charCodeAt(j));
      const list = groups.get(quoted) ?? [];
      list.push({ at: s + close + 1, run: v.slice(close + 1, j), complete });
      groups.set(quoted, list);
    }
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
const LEVEL_OR_END = charSet('市县区局委办');

/** 市X局 somewhere and bare X局 elsewhere. `levelOrEnd`: the offsets of LEVEL_OR_END. */
function agencies(blocks: Block[], levelOrEnd: readonly number[], report: ReportFn) {
  const full = new Map<string, Occ>(); // bare name → first prefixed occurrence
  // Where each block has 局/委/办 + 1: every bare name ends there (see below).
  const ends: number[][] = [];
  let k = 0;
  for (const b of blocks) {
    const v = b.value;
    const s = b.position.start.offset!;
    const blockEnds: number[] = [];
    ends.push(blockEnds);
    if (k < levelOrEnd.length && levelOrEnd[k] < s) k = firstAtOrAfter(levelOrEnd, s);
    for (; k < levelOrEnd.length && levelOrEnd[k] < s + v.length; k++) {
      const i = levelOrEnd[k] - s;
      const c = v.charCodeAt(i);
      if (c === 0x5c40 || c === 0x59d4 || c === 0x529e) { // AGENCY_END: 局委办
        blockEnds.push(i + 1);
        continue;
      }
      const prev = v.slice(Math.max(0, i - 2), i);
      if (i > 0 && isHan(v.charCodeAt(i - 1)) && !BEFORE_BARE.test(prev)) continue;
      // 市 + 2–6 Han characters ending in 局/委/办 (shortest).
      let j = i + 1;
      while (j < v.length && j - i <= 6 && isHan(v.charCodeAt(j))) {
        if (j - i >= 3 && AGENCY_END.includes(v[j])) break;
        j++;
      }
      if (j >= v.length || j - i > 6 || !AGENCY_END.includes(v[j]) || j - i < 3) continue;
      const bare = v.slice(i + 1, j + 1);
      if (!full.has(bare)) full.set(bare, { start: b.position.start.offset! + i, term: v[i] + bare });
    }
  }
  if (full.size === 0) return;
  // Every bare name is 3–6 characters long and ends in 局/委/办: look up the 3–6 characters
  // before each such end (one scan, not one indexOf pass per name and block).
  const names = [...full.keys()];
  const nameIndex = new Map(names.map((n, k) => [n, k]));
  const nextFree = new Array<number>(names.length);
  blocks.forEach((b, bi) => {
    if (ends[bi].length === 0) return;
    const v = b.value;
    const s = b.position.start.offset!;
    // Occurrences of each name, leftmost first and not overlapping (as a repeated indexOf finds them).
    nextFree.fill(0);
    const hits: Array<{ k: number; i: number }> = [];
    for (const e of ends[bi]) {
      for (let len = 6; len >= 3; len--) {
        const i = e - len;
        if (i < 0) continue;
        const k = nameIndex.get(v.slice(i, e));
        if (k === undefined || i < nextFree[k]) continue;
        nextFree[k] = e;
        hits.push({ k, i });
      }
    }
    // Report name by name (first-found order), each left to right.
    hits.sort((x, y) => x.k - y.k || x.i - y.i);
    for (const { k, i } of hits) {
      const bare = names[k];
      const before = v.slice(Math.max(0, i - 2), i);
      if (i > 0 && isHan(v.charCodeAt(i - 1)) && !BEFORE_BARE.test(before)) continue;
      if (i > 0 && LEVEL.includes(v[i - 1])) continue;
      const after = v[i + bare.length];
      // 市场监管局长 / 市场监管局局属: part of a longer word.
      if (after && /[长属内]/.test(after)) continue;
      report(s + i, bare, full.get(bare)!.term, '前文', 'the earlier ');
    }
  });
}
