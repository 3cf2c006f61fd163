import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { asciiDigits } from '../../analysis/header';
import { metaText } from '../../analysis/meta';
import { startOf } from '../../text/spans';

/** Closing/body wording that says the matter is not (yet) solved: odd next to category A. */
const NOT_SOLVED = /留作参考|暂不具备(?:条件)?|暂无法|无法解决|难以解决|待以后解决|条件成熟时|暂不予?采纳|不予采纳|暂缓/;

/**
 * H13 — the printed category letter is one of the profile's categories; it agrees with the
 * front matter's 类别/category; and an “A” (solved) letter does not say the matter is left for
 * reference or cannot be solved yet (a warning: one of the two is likely wrong).
 */
export default defineRule({
  id: 'result-category-valid',
  code: 'H13',
  category: 'header',
  severity: 'error',
  fixable: false,
  docs: {
    zh: '办理结果分类应属于本地规定的类别（如A/B/C/D），并与答复内容和元数据一致。',
    en: 'The result category is one of the profile’s categories (e.g. A–D) and agrees with the reply and the metadata.',
  },
  source: 'national NPC A–D [S18]; A/B/C variants [S23][S24]; [S25][S29]',
  examples: { correct: ['B类'], incorrect: ['E类', 'A类 … 留作参考'] },
  check(ctx) {
    const keys = Object.keys(ctx.profile.categories);
    const cat = ctx.parts.printedCategory;
    const meta = metaText(ctx, ['类别', 'category']);
    const metaLetter = meta !== undefined ? asciiDigits(meta).replace(/类$/, '').trim().toUpperCase() : undefined;
    const list = keys.join('/');
    if (cat) {
      if (keys.length > 0 && !keys.includes(cat.letter)) {
        ctx.report({
          range: cat.range,
          message: { zh: `办理结果分类${q(cat.raw)}不在本地规定的类别（${list}）中`, en: `Result category ${q(cat.raw)} is not one of ${list}` },
        });
        return;
      }
      if (metaLetter !== undefined && metaLetter !== cat.letter) {
        ctx.report({
          range: cat.range,
          message: { zh: `办理结果分类${q(cat.raw)}与元数据类别${q(meta!)}不一致`, en: `Result category ${q(cat.raw)} differs from the metadata category ${q(meta!)}` },
        });
      }
      if (cat.letter === 'A') {
        for (const b of ctx.parts.body.concat(ctx.parts.closing, ctx.parts.opening)) {
          const m = NOT_SOLVED.exec(b.value);
          if (!m) continue;
          const at = startOf(b) + m.index;
          ctx.report({
            range: [at, at + m[0].length],
            severity: 'warning',
            message: {
              zh: `办理结果分类为“A”（已解决），但答复中写有${q(m[0])}，请核对分类`,
              en: `Result category “A” (solved), yet the reply says ${q(m[0])}; check the category`,
            },
          });
          break;
        }
      }
      return;
    }
    if (metaLetter !== undefined && keys.length > 0 && !keys.includes(metaLetter)) {
      const r = ctx.tree.data.metaRange ?? [0, 0];
      ctx.report({
        range: r,
        message: { zh: `元数据类别${q(meta!)}不在本地规定的类别（${list}）中`, en: `Metadata category ${q(meta!)} is not one of ${list}` },
      });
    }
  },
});
