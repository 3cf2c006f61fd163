import { defineRule } from '../rule';
import { isDigit } from '../../text/chars';
import { isMasked, proseBlocks } from '../../analysis/prose';
import { q } from '../../analysis/finding';
import { startOf } from '../../text/spans';

/**
 * D08 — counts of the same kind are written in one style across a letter (四个方面 / 九个方面
 * but 5方面), and 方面-type nouns keep their measure word (5个方面, not 5方面). Only nouns
 * counted in these letters' summaries are checked; 一方面 (the idiom) and ordinals (第三个方面)
 * are left alone.
 */
// The counts are those of /(?<![第另每各多几\d〇一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十]{1,3})(个|大)?(方面|领域|环节|阶段|维度|层面)/g,
// found from the noun backwards: a regex starting with that lookbehind is tried at every character.
const NOUN = /方面|领域|环节|阶段|维度|层面/g;
const CN_COUNT = '一二两三四五六七八九十';
const NOT_BEFORE = '第另每各多几〇' + CN_COUNT; // and digits

/** The count ending right before the noun at `noun` in `v`: its start and measure word, if any. */
function countBefore(v: string, noun: number): { start: number; measure?: string } | undefined {
  let end = noun;
  const measure = v[noun - 1] === '个' || v[noun - 1] === '大' ? v[noun - 1] : undefined;
  if (measure) end--;
  let start = end;
  if (isDigit(v.charCodeAt(end - 1))) {
    while (start > 0 && isDigit(v.charCodeAt(start - 1))) start--;
    if (end - start > 2) return undefined;
  } else {
    while (start > 0 && CN_COUNT.includes(v[start - 1])) start--;
    if (start === end || end - start > 3) return undefined;
  }
  // The whole run of numerals is the count: 第三, 另一, 〇, a digit or a fourth numeral before it is not.
  if (start > 0 && (isDigit(v.charCodeAt(start - 1)) || NOT_BEFORE.includes(v[start - 1]))) return undefined;
  return { start, measure };
}

interface Mention {
  at: number;
  end: number;
  raw: string;
  noun: string;
  arabic: boolean;
  measure: boolean;
}

export default defineRule({
  id: 'numeral-style-consistency',
  code: 'D08',
  category: 'date',
  severity: 'info',
  fixable: false,
  docs: {
    zh: '同一文件中同类计数的数字写法应统一（如“四个方面”与“5方面”混用），且不省略量词。',
    en: 'Counts of the same kind use one numeral style throughout a letter (not both 四个方面 and 5方面) and keep their measure word.',
  },
  source: 'GB/T 15835-2011 (全篇体例应相对统一) [S14][S15]',
  examples: { correct: ['等四个方面 … 等五个方面'], incorrect: ['等5方面 … 等四个方面'] },
  check(ctx) {
    const mentions: Mention[] = [];
    for (const block of proseBlocks(ctx)) {
      const v = block.value;
      const base = startOf(block);
      NOUN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = NOUN.exec(v))) {
        const count = countBefore(v, m.index);
        if (!count) continue;
        const at = base + count.start;
        if (isMasked(ctx, at)) continue;
        const numeral = v.slice(count.start, m.index - (count.measure ? 1 : 0));
        const arabic = isDigit(numeral.charCodeAt(0));
        // 一方面…另一方面 is an idiom, not a count.
        if (!arabic && !count.measure && numeral === '一') continue;
        const end = m.index + 2;
        mentions.push({ at, end: base + end, raw: v.slice(count.start, end), noun: m[0], arabic, measure: count.measure !== undefined });
      }
    }
    const byNoun = new Map<string, Mention[]>();
    for (const m of mentions) byNoun.set(m.noun, [...(byNoun.get(m.noun) ?? []), m]);
    for (const [, list] of byNoun) {
      const arabic = list.filter((m) => m.arabic);
      const chinese = list.filter((m) => !m.arabic);
      const mixed = arabic.length > 0 && chinese.length > 0;
      // The minority style is the odd one out; on a tie, Arabic (counts under ten read as words).
      const odd = !mixed ? [] : arabic.length <= chinese.length ? arabic : chinese;
      const other = odd === arabic ? chinese[0] : arabic[0];
      for (const m of list) {
        const isOdd = odd.includes(m);
        const noMeasure = m.arabic && !m.measure && (m.noun === '方面' || m.noun === '领域' || m.noun === '环节' || m.noun === '阶段');
        if (!isOdd && !noMeasure) continue;
        const parts: { zh: string[]; en: string[] } = { zh: [], en: [] };
        if (isOdd) {
          parts.zh.push(`与文中${q(other.raw)}的数字写法不一致`);
          parts.en.push(`uses a different numeral style from ${q(other.raw)}`);
        }
        if (noMeasure) {
          parts.zh.push('缺少量词“个”');
          parts.en.push('lacks the measure word 个');
        }
        ctx.report({
          range: [m.at, m.end],
          message: { zh: `${q(m.raw)}${parts.zh.join('，')}`, en: `${q(m.raw)} ${parts.en.join(' and ')}` },
        });
      }
    }
  },
});
