import { defineRule } from '../rule';
import type { Suggestion, RuleContext } from '../rule';
import { q } from '../../analysis/finding';
import { proseBlocks, proseChars } from '../../analysis/prose';
import { charSet } from '../../text/char-index';
import { firstAtOrAfter } from '../../text/search';
import { MISSPELLINGS, type MisspellingKind } from '../../lexicon/misspellings';
import { LEXICON } from '../../lexicon/curated';
import { endOf, startOf } from '../../text/spans';

type Kind = MisspellingKind;

interface Entry {
  wrong: string;
  right: string;
  kind: Kind;
}

/** The curated list (lexicon/curated.ts) and the published common misspellings (lexicon/misspellings.ts). */
const BUILTIN: Record<string, { right: string; kind: Kind }> = { ...MISSPELLINGS, ...LEXICON };
const builtinIndex = indexOf(Object.entries(BUILTIN).map(([wrong, e]) => ({ wrong, ...e })));
/**
 * The first characters of the built-in entries: the parser's character index lists where they
 * stand, so the built-in lexicon is looked up only there (no pass over the letter of our own).
 */
const BUILTIN_FIRST = charSet([...builtinIndex.keys()].map((c) => String.fromCharCode(c)).join(''));
/**
 * BUILTIN_FIRST_CODE[c] / BUILTIN_SECOND[c] are 1 when a built-in entry starts with the code c /
 * has c second (every c if an entry is one character): typed-array lookups reject nearly every
 * candidate before the entry lists are consulted.
 */
const BUILTIN_FIRST_CODE = new Uint8Array(0x10000);
const BUILTIN_SECOND = new Uint8Array(0x10000);
let builtinSingle = false; // a one-character entry would make the second-character test wrong
for (const list of builtinIndex.values()) {
  for (const e of list) {
    BUILTIN_FIRST_CODE[e.wrong.charCodeAt(0)] = 1;
    if (e.wrong.length > 1) BUILTIN_SECOND[e.wrong.charCodeAt(1)] = 1;
    else builtinSingle = true;
  }
}
if (builtinSingle) BUILTIN_SECOND.fill(1);

/** Entries keyed by first character code, longest first: one pass over the text finds them all. */
function indexOf(entries: Entry[]): Map<number, Entry[]> {
  const m = new Map<number, Entry[]>();
  for (const e of entries) {
    if (!e.wrong) continue;
    const first = e.wrong.charCodeAt(0);
    const list = m.get(first) ?? [];
    list.push(e);
    m.set(first, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
  return m;
}

/** T01 — a curated wrong → right list (built in, plus the user's `words`). */
export default defineRule({
  id: 'typo-lexicon',
  code: 'T01',
  category: 'typo',
  severity: 'warning',
  fixable: 'safe',
  docs: {
    zh: '检查常见错别字和不规范词形（内置词表，可在配置中补充）。',
    en: 'Flags common misspellings and non-standard word forms (built-in list, extendable in the config).',
  },
  source: 'RULEBOOK §8a T01; 《现代汉语词典》 standard forms',
  examples: {
    correct: ['台湾特聘专家', '奥林匹克标志', '作为试点'],
    incorrect: [
      { text: '台湾特骋专家', output: '台湾特聘专家' },
      { text: '奥利匹克标志', output: '奥林匹克标志' },
      { text: '做为试点', output: null },
    ],
  },
  optionsSchema: {
    type: 'object',
    properties: {
      words: {
        type: 'object',
        description: 'Extra entries: wrong form → right form (literal strings, not patterns).',
        additionalProperties: { type: 'string' },
      },
      safe: { type: 'boolean', description: 'Apply the user entries with --fix (default: offer them as suggestions).' },
      ignore: { type: 'array', items: { type: 'string' }, description: 'Built-in wrong forms to accept.' },
    },
    additionalProperties: false,
  },
  defaultOptions: { words: {}, safe: false, ignore: [] },
  check(ctx) {
    const words = ctx.options.words && typeof ctx.options.words === 'object' ? (ctx.options.words as Record<string, unknown>) : {};
    const ignore = new Set(Array.isArray(ctx.options.ignore) ? (ctx.options.ignore as string[]) : []);
    const userEntries: Entry[] = [];
    for (const [wrong, right] of Object.entries(words)) {
      if (typeof right === 'string' && wrong && wrong !== right) userEntries.push({ wrong, right, kind: ctx.options.safe === true ? 'safe' : 'suggest' });
    }
    const userIndex = userEntries.length ? indexOf(userEntries) : undefined;
    const blocks = proseBlocks(ctx);
    // Built-in entries only: their first characters are in the character index. User words are
    // not known when the sets are declared: then every character is a candidate.
    if (userIndex === undefined) {
      const first = proseChars(ctx).positions(BUILTIN_FIRST);
      const t = proseChars(ctx).text; // block.value is its slice at the block's offsets
      let k = 0;
      for (const b of blocks) {
        const s = startOf(b);
        const e = endOf(b);
        if (k < first.length && first[k] < s) k = firstAtOrAfter(first, s);
        for (; k < first.length && first[k] < e; k++) {
          const at = first[k];
          if (at + 1 < e ? BUILTIN_SECOND[t.charCodeAt(at + 1)] === 0 : !builtinSingle) continue;
          const hit = find(builtinIndex, b.value, at - s);
          if (!hit || ignore.has(hit.wrong)) continue;
          report(ctx, hit, at);
          // Hits do not overlap: go on after this one.
          while (k + 1 < first.length && first[k + 1] < at + hit.wrong.length) k++;
        }
      }
      return;
    }
    for (const b of blocks) {
      const v = b.value;
      const s = startOf(b);
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        const builtinHere = BUILTIN_FIRST_CODE[c] === 1 && (i + 1 < v.length ? BUILTIN_SECOND[v.charCodeAt(i + 1)] === 1 : builtinSingle);
        if (!builtinHere && !userIndex.has(c)) continue;
        const hit = find(userIndex, v, i) ?? find(builtinIndex, v, i);
        if (!hit || ignore.has(hit.wrong)) continue;
        report(ctx, hit, s + i);
        i += hit.wrong.length - 1;
      }
    }
  },
});

function report(ctx: RuleContext, hit: Entry, at: number): void {
  const range: [number, number] = [at, at + hit.wrong.length];
  const fix = { range, text: hit.right };
  const suggestions: Suggestion[] = [{ ...fix, title: { zh: `改为${q(hit.right)}`, en: `Change to ${q(hit.right)}` } }];
  ctx.report({
    range,
    severity: hit.kind === 'info' ? 'info' : undefined,
    message:
      hit.kind === 'info'
        ? { zh: `${q(hit.wrong)}宜写作${q(hit.right)}`, en: `${q(hit.wrong)} is better written ${q(hit.right)}` }
        : hit.kind === 'suggest'
          ? { zh: `${q(hit.wrong)}是不规范词形，应为${q(hit.right)}`, en: `${q(hit.wrong)} is a non-standard form; expected ${q(hit.right)}` }
          : { zh: `${q(hit.wrong)}疑为错别字，应为${q(hit.right)}`, en: `${q(hit.wrong)} looks like a misspelling; expected ${q(hit.right)}` },
    fix: hit.kind === 'safe' ? fix : undefined,
    suggestions,
  });
}

function find(index: Map<number, Entry[]> | undefined, v: string, i: number): Entry | undefined {
  const list = index?.get(v.charCodeAt(i));
  if (!list) return undefined;
  for (const e of list) if (v.startsWith(e.wrong, i)) return e;
  return undefined;
}
