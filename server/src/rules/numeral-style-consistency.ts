import { defineRule } from './rule';
import { eachMatch } from './prose';
import { q } from './util';

/**
 * D08 — counts of the same kind are written in one style across a letter (四个方面 / 九个方面
 * but 5方面), and 方面-type nouns keep their measure word (5个方面, not 5方面). Only nouns
 * counted in these letters' summaries are checked; 一方面 (the idiom) and ordinals (第三个方面)
 * are left alone.
 */
const COUNT = /(?<![第另每各多几\d〇一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十]{1,3})(个|大)?(方面|领域|环节|阶段|维度|层面)/g;

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
    eachMatch(ctx, COUNT, (m, at) => {
      const arabic = /\d/.test(m[1]);
      // 一方面…另一方面 is an idiom, not a count.
      if (!arabic && !m[2] && m[1] === '一') return;
      mentions.push({ at, end: at + m[0].length, raw: m[0], noun: m[3], arabic, measure: m[2] !== undefined });
    });
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
