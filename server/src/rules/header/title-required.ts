import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { rangeOf, startOf } from '../../text/spans';

/**
 * H01 — the letter starts with a title (条例 第九条(七): 发文机关名称 + 事由 + 文种). A missing
 * title is an error when the profile requires one. A title that starts with 关于/对 and so
 * omits the organ is only a hint (info): many published replies drop the organ from the title
 * because the letterhead and the signature name it, so it is not reported when the header
 * carries a letterhead line. The 事由 and the 文种 are title-form's (H02) business.
 */
export default defineRule({
  id: 'title-required',
  code: 'H01',
  category: 'header',
  severity: 'error',
  fixable: false,
  docs: {
    zh: '答复函应有标题，标题由发文机关名称、事由和文种组成。',
    en: 'A reply letter has a title made of the issuing organ, the matter and the document type.',
  },
  source: '《党政机关公文处理工作条例》第九条(七) [S8]; common-error list [S36]',
  examples: {
    correct: ['厦门市工业和信息化局关于市十六届人大二次会议第20230019号建议办理情况答复的函'],
    incorrect: ['（无标题）', '关于第20230019号建议的答复'],
  },
  optionsSchema: {
    type: 'object',
    properties: { organ: { type: 'boolean', description: 'Hint (info) when the title omits the issuing organ.' } },
    additionalProperties: false,
  },
  defaultOptions: { organ: true },
  check(ctx) {
    const first = ctx.blocks[0];
    if (!first) return;
    const title = ctx.parts.title;
    if (!title) {
      if (!ctx.profile.require.title) return;
      // Page text that starts at the acknowledgement: the title may have been left on the page's
      // heading when it was published, so the finding is a hint.
      const mid = ctx.parts.kind.startsMidLetter;
      ctx.report({
        range: rangeOf(first),
        severity: mid ? 'info' : undefined,
        message: mid
          ? {
              zh: '正文从开头语起，未见标题（如“××局关于××会议第×号建议办理情况答复的函”）',
              en: 'The text starts at the acknowledgement with no title (e.g. “××局关于××会议第×号建议办理情况答复的函”)',
            }
          : {
              zh: '缺少标题（如“××局关于××会议第×号建议办理情况答复的函”）',
              en: 'Missing title (e.g. “××局关于××会议第×号建议办理情况答复的函”)',
            },
      });
      return;
    }
    // Organ: the text before 关于 (or before a leading 对). A letterhead line names it too.
    if (ctx.options.organ === false) return;
    if (ctx.parts.header.some((b) => b.type === 'letterhead')) return;
    const v = title.value.trim();
    // A title on two lines is quoted on one.
    const shown = v.replace(/\s+/g, '');
    const lead = title.value.length - title.value.trimStart().length;
    const m = /^(关于|对)/.exec(v);
    if (!m) return;
    const s = startOf(title) + lead;
    ctx.report({
      range: [s, s + m[1].length],
      severity: 'info',
      message: {
        zh: `标题${q(shown.length > 16 ? shown.slice(0, 16) + '…' : shown)}未写发文机关名称，标题一般由发文机关名称、事由和文种组成`,
        en: `Title ${q(shown.length > 16 ? shown.slice(0, 16) + '…' : shown)} omits the issuing organ; a title names the organ, the matter and the document type`,
      },
    });
  },
});
