import { defineRule } from '../rule';
import { headRange } from '../../analysis/header';
import { metaText } from '../../analysis/meta';

/**
 * H12 — a 办理结果分类 mark (A类/B类…) near the top of the first page. Only when the profile
 * requires it; web copies often drop the mark, so a scraped letter gets info. A 类别 field
 * elsewhere in the letter (办复类别：B after the body) counts as present.
 */
export default defineRule({
  id: 'result-category-present',
  code: 'H12',
  category: 'header',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '按本地要求，在答复函首页右上角标注办理结果分类（如“A类”）。',
    en: 'Where the profile requires it, the first page carries the result category (e.g. “A类”) at the top right.',
  },
  source: 'national NPC rules “注在答复稿首页右上角” [S18]; [S23][S24][S25]',
  examples: { correct: ['A类'], incorrect: [{ text: '', in: 'category', profile: 'xiamen', note: '首页无分类标识 / no result category on the first page' }] },
  check(ctx) {
    if (!ctx.profile.require.resultCategory) return;
    if (ctx.blocks.length === 0) return;
    if (ctx.parts.printedCategory || ctx.parts.resultCategory) return;
    if (ctx.parts.fields.some((f) => f.kind === 'category')) return;
    const keys = Object.keys(ctx.profile.categories);
    const meta = metaText(ctx, ['类别', 'category']);
    ctx.report({
      range: headRange(ctx),
      severity: ctx.scraped ? 'info' : undefined,
      message: {
        zh: `缺少办理结果分类标识（如“${meta ?? keys[0] ?? 'A'}类”，可选：${keys.join('/')}）`,
        en: `Missing result category mark (e.g. “${meta ?? keys[0] ?? 'A'}类”; one of ${keys.join('/')})`,
      },
    });
  },
});
