import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { eachPositionInBlocks, proseBlocks, proseChars } from '../../analysis/prose';
import { charSet } from '../../text/char-index';
import { endOf } from '../../text/spans';

/** What follows 已 (already) in letters: a verb or 经. */
const AFTER_YI =
  /^(?:经|过|完成|建成|开工|竣工|到位|落实|实施|启动|开展|纳入|列入|形成|达到|达|有|于|被|由|将|全部|基本|初步|累计|超过|覆盖|投入|下达|拨付|印发|出台|制定|编制|报送|提交|办理|办结|转交|交由|收悉)/;
/** What comes before a true 己 (oneself): 自己, 知己, 异己, 利己, 克己, 一己, 舍己, 损人利己. */
const BEFORE_JI = '自知异利克一舍损为律修守私';
const JI = charSet('己');

/**
 * T04 — 己 (oneself) typed for 已 (already): 时间己过, 己经完成. Reported where 己 is followed by
 * what follows 已 (经, 过, 完成, 落实…) and does not close a word that means "oneself".
 */
export default defineRule({
  id: 'yi-ji-confusion',
  code: 'T04',
  category: 'typo',
  severity: 'warning',
  fixable: 'safe',
  docs: {
    zh: '“已”（已经）不要误写为“己”（自己），如“时间己过”应为“时间已过”。',
    en: '已 (already) mistyped as 己 (oneself): 时间己过 should be 时间已过.',
  },
  source: '《现代汉语词典》; 《咬文嚼字》 common confusions',
  examples: {
    correct: ['时间已过', '自己经过努力', '严于律己'],
    incorrect: [
      { text: '时间己过', output: '时间已过' },
      { text: '项目己经完成', output: '项目已经完成' },
      { text: '资金己到位', output: '资金已到位' },
    ],
  },
  check(ctx) {
    const chars = proseChars(ctx);
    const t = chars.text;
    eachPositionInBlocks(chars.positions(JI), proseBlocks(ctx), (i, b) => {
      if (i > 0 && BEFORE_JI.includes(t[i - 1])) return;
      if (!AFTER_YI.test(t.slice(i + 1, Math.min(i + 5, endOf(b))))) return;
      const shown = t.slice(i, i + 3);
      ctx.report({
        range: [i, i + 1],
        message: { zh: `${q(shown)}中的“己”应为“已”`, en: `“己” in ${q(shown)} should be “已”` },
        fix: { range: [i, i + 1], text: '已' },
      });
    });
  },
});
