import { defineRule } from '../rule';
import type { Suggestion, RuleContext } from '../rule';
import { q } from '../../analysis/finding';
import { proseBlocks, proseChars } from '../../analysis/prose';
import { charSet } from '../../text/char-index';
import { firstAtOrAfter } from '../../text/search';
import { MISSPELLINGS } from '../../lexicon/misspellings';
import { endOf, startOf } from '../../text/spans';

type Kind = 'safe' | 'suggest' | 'info';

/**
 * The built-in lexicon: wrong → right, each with no legitimate use in official letters, also
 * across a word boundary (checked: 做为 also occurs in 多做为民实事, so it is only a suggestion;
 * 按装/既使/部份/自已/通迅 (交通迅速)/松驰 (轻松驰骋) were left out for the same reason). `info` entries are style hints.
 */
export const LEXICON: Record<string, { right: string; kind: Kind }> = {
  特骋: { right: '特聘', kind: 'safe' },
  奥利匹克: { right: '奥林匹克', kind: 'safe' },
  做为: { right: '作为', kind: 'suggest' },
  其它: { right: '其他', kind: 'info' },
  签定: { right: '签订', kind: 'suggest' },
  座落: { right: '坐落', kind: 'suggest' },
  充分发持: { right: '充分发挥', kind: 'safe' },
  再接再励: { right: '再接再厉', kind: 'safe' },
  迫不急待: { right: '迫不及待', kind: 'safe' },
  一愁莫展: { right: '一筹莫展', kind: 'safe' },
  穿流不息: { right: '川流不息', kind: 'safe' },
  变本加利: { right: '变本加厉', kind: 'safe' },
  默守成规: { right: '墨守成规', kind: 'safe' },
  按步就班: { right: '按部就班', kind: 'safe' },
  一股作气: { right: '一鼓作气', kind: 'safe' },
  走头无路: { right: '走投无路', kind: 'safe' },
  既往不究: { right: '既往不咎', kind: 'safe' },
  脍灸人口: { right: '脍炙人口', kind: 'safe' },
  针贬时弊: { right: '针砭时弊', kind: 'safe' },
  凑效: { right: '奏效', kind: 'safe' },
  急燥: { right: '急躁', kind: 'safe' },
  震憾: { right: '震撼', kind: 'safe' },
  泊来品: { right: '舶来品', kind: 'safe' },
  追朔: { right: '追溯', kind: 'safe' },
  气慨: { right: '气概', kind: 'safe' },
  家俱: { right: '家具', kind: 'safe' },
  寒喧: { right: '寒暄', kind: 'safe' },
  粗旷: { right: '粗犷', kind: 'safe' },
  防碍: { right: '妨碍', kind: 'safe' },
  编篡: { right: '编纂', kind: 'safe' },
  峻工: { right: '竣工', kind: 'safe' },
  报歉: { right: '抱歉', kind: 'safe' },
  精萃: { right: '精粹', kind: 'safe' },
  惯彻落实: { right: '贯彻落实', kind: 'safe' },
  陷井: { right: '陷阱', kind: 'safe' },
  蜂涌: { right: '蜂拥', kind: 'safe' },
  融汇贯通: { right: '融会贯通', kind: 'safe' },
  暇疵: { right: '瑕疵', kind: 'safe' },
  蕴酿: { right: '酝酿', kind: 'safe' },
  赔尝: { right: '赔偿', kind: 'safe' },
  亲睐: { right: '青睐', kind: 'safe' },
  悠关: { right: '攸关', kind: 'safe' },
  巳经: { right: '已经', kind: 'safe' },
  宏扬: { right: '弘扬', kind: 'safe' },
  鼎立相助: { right: '鼎力相助', kind: 'safe' },
  鼎立支持: { right: '鼎力支持', kind: 'safe' },
  励行节约: { right: '厉行节约', kind: 'safe' },
  厉精图治: { right: '励精图治', kind: 'safe' },
  装璜: { right: '装潢', kind: 'safe' },
  提练: { right: '提炼', kind: 'safe' },
  锻练: { right: '锻炼', kind: 'safe' },
  侯选人: { right: '候选人', kind: 'safe' },
  知识份子: { right: '知识分子', kind: 'safe' },
  老百性: { right: '老百姓', kind: 'safe' },
  渲泄: { right: '宣泄', kind: 'safe' },
  一如继往: { right: '一如既往', kind: 'safe' },
  既往开来: { right: '继往开来', kind: 'safe' },
  坚苦卓绝: { right: '艰苦卓绝', kind: 'safe' },
  举一返三: { right: '举一反三', kind: 'safe' },
  莫明其妙: { right: '莫名其妙', kind: 'safe' },
  中流抵柱: { right: '中流砥柱', kind: 'safe' },
  涣然一新: { right: '焕然一新', kind: 'safe' },
  相得益章: { right: '相得益彰', kind: 'safe' },
  以身做则: { right: '以身作则', kind: 'safe' },
  全力以付: { right: '全力以赴', kind: 'safe' },
  有条不絮: { right: '有条不紊', kind: 'safe' },
  众志成诚: { right: '众志成城', kind: 'safe' },
  当人不让: { right: '当仁不让', kind: 'safe' },
  义无返顾: { right: '义无反顾', kind: 'safe' },
  真知卓见: { right: '真知灼见', kind: 'safe' },
  别出新裁: { right: '别出心裁', kind: 'safe' },
  出类拔粹: { right: '出类拔萃', kind: 'safe' },
  循续渐进: { right: '循序渐进', kind: 'safe' },
  责无旁代: { right: '责无旁贷', kind: 'safe' },
  各抒已见: { right: '各抒己见', kind: 'safe' },
  迫在眉捷: { right: '迫在眉睫', kind: 'safe' },
  重蹈复辙: { right: '重蹈覆辙', kind: 'safe' },
  名符其实: { right: '名副其实', kind: 'safe' },
  各行其事: { right: '各行其是', kind: 'safe' },
  再所不惜: { right: '在所不惜', kind: 'safe' },
  自立更生: { right: '自力更生', kind: 'safe' },
  美仑美奂: { right: '美轮美奂', kind: 'safe' },
  兴高彩烈: { right: '兴高采烈', kind: 'safe' },
  山青水秀: { right: '山清水秀', kind: 'safe' },
  出奇不意: { right: '出其不意', kind: 'safe' },
  不加思索: { right: '不假思索', kind: 'safe' },
  挺而走险: { right: '铤而走险', kind: 'safe' },
  精兵减政: { right: '精兵简政', kind: 'safe' },
  蛛丝蚂迹: { right: '蛛丝马迹', kind: 'safe' },
  世外桃园: { right: '世外桃源', kind: 'safe' },
  记忆尤新: { right: '记忆犹新', kind: 'safe' },
  声名雀起: { right: '声名鹊起', kind: 'safe' },
  事必恭亲: { right: '事必躬亲', kind: 'safe' },
  出谋化策: { right: '出谋划策', kind: 'safe' },
  破斧沉舟: { right: '破釜沉舟', kind: 'safe' },
  不落巢臼: { right: '不落窠臼', kind: 'safe' },
  刻不容援: { right: '刻不容缓', kind: 'safe' },
  谈笑风声: { right: '谈笑风生', kind: 'safe' },
  甘败下风: { right: '甘拜下风', kind: 'safe' },
  趋之若骛: { right: '趋之若鹜', kind: 'safe' },
  滥芋充数: { right: '滥竽充数', kind: 'safe' },
  有持无恐: { right: '有恃无恐', kind: 'safe' },
  不径而走: { right: '不胫而走', kind: 'safe' },
  震聋发聩: { right: '振聋发聩', kind: 'safe' },
};

interface Entry {
  wrong: string;
  right: string;
  kind: Kind;
}

/** The curated list above and the published common misspellings (lexicon/misspellings.ts). */
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
  examples: { correct: ['台湾特聘专家', '奥林匹克标志', '作为试点'], incorrect: ['台湾特骋专家', '奥利匹克标志', '做为试点'] },
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
    message: hit.kind === 'info'
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
