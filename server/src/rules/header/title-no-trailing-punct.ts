import { defineRule } from '../rule';
import { halfWidthAt } from '../../analysis/half-width';
import { q } from '../../analysis/finding';
import { startOf } from '../../text/spans';

/** H03 — no punctuation mark at the end of the title (…答复的函。). */
export default defineRule({
  id: 'title-no-trailing-punct',
  code: 'H03',
  category: 'header',
  severity: 'warning',
  fixable: 'safe',
  docs: {
    zh: '公文标题末尾不加标点符号。',
    en: 'A document title does not end with a punctuation mark.',
  },
  source: '“公文的标题…末尾，一般不加标点符号” [S37]',
  examples: { correct: ['…答复的函'], incorrect: [{ text: '…答复的函。', output: '…答复的函' }] },
  check(ctx) {
    const b = ctx.parts.title;
    if (!b) return;
    const v = b.value.trimEnd();
    const m = /[。，；：、,;:.！!？?]+$/.exec(v);
    if (!m) return;
    const start = startOf(b);
    const at = start + m.index;
    const head = v.slice(Math.max(0, m.index - 6), m.index);
    const end = at + m[0].length;
    // An ASCII mark here is also one of fullwidth-punct's single findings, whose edit would
    // turn it full-width and leave it for a second pass. This finding and its edit then start
    // one character early (keeping that character), so they sort first and fix-all deletes it.
    const hw = halfWidthAt(ctx);
    let from = at;
    if (!ctx.halfWidthAggregated && at > start && [...m[0]].some((_, k) => hw.has(at + k))) from = at - 1;
    ctx.report({
      range: [from, end],
      message: {
        zh: `标题末尾不加标点，应删除${q(m[0])}（${q('…' + head + m[0])}）`,
        en: `A title takes no final punctuation; remove ${q(m[0])} (${q('…' + head + m[0])})`,
      },
      fix: { range: [from, end], text: ctx.text.slice(from, at) },
    });
  },
});
