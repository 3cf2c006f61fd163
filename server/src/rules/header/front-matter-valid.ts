import { defineRule } from '../rule';
import { q } from '../../analysis/finding';

/**
 * M01 — the Markdown front matter (--- … ---) is valid YAML; otherwise the metadata the other
 * rules cross-check (建议编号, 类别, 代表) is lost without notice.
 */
export default defineRule({
  id: 'front-matter-valid',
  code: 'M01',
  category: 'header',
  severity: 'error',
  fixable: false,
  docs: {
    zh: 'Markdown 文件开头的元数据（YAML front matter）应能正确解析。',
    en: 'The Markdown front matter (YAML) parses.',
  },
  source: 'tool requirement: metadata cross-checks (H04, H13, H14)',
  examples: { correct: ['---\n建议编号: 20230019\n类别: A\n---'], incorrect: [{ text: '---\n建议编号: [20230019\n---', format: 'md' }] },
  check(ctx) {
    const err = ctx.tree.data.metaError;
    if (err === undefined) return;
    const r = ctx.tree.data.metaRange ?? [0, Math.min(3, ctx.text.length)];
    ctx.report({
      range: r,
      message: { zh: `元数据（YAML）无法解析：${q(err)}`, en: `The front matter (YAML) does not parse: ${q(err)}` },
    });
  },
});
