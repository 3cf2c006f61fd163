import { defineRule } from '../rule';
import { checkDocNumber } from '../../analysis/doc-number-checks';
import { rangeOf, startOf } from '../../text/spans';

/**
 * C03 — every 文号 cited in the letter (not the letter's own, which H06–H10 check) passes the
 * same checks: 〔〕 around a four-digit year, no leading zero, no 第, 号 at the end.
 */
export default defineRule({
  id: 'cite-docnum-format',
  code: 'C03',
  category: 'citation',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '正文引用的发文字号同样须规范：年份用六角括号“〔〕”并写全四位，序号不编虚位、不加“第”，以“号”结尾。',
    en: 'Cited document numbers follow the same form: four-digit year in 〔〕, no leading zeros, no 第, ending in 号.',
  },
  source: 'GB/T 9704-2012 §7.2.5 [S2]',
  examples: {
    correct: ['厦府规〔2022〕2号', '国办发〔2014〕46号'],
    incorrect: [
      { text: '依据厦府规[2022]2号文件', in: 'body', output: '依据厦府规〔2022〕2号文件' },
      { text: '依据厦府规〔22〕2号文件', in: 'body', output: null },
      { text: '依据厦府规〔2022〕02号文件', in: 'body', output: '依据厦府规〔2022〕2号文件' },
      { text: '依据厦府规〔2022〕第2号文件', in: 'body', output: '依据厦府规〔2022〕2号文件' },
      { text: '依据厦府规〔2022〕2文件', in: 'body', output: '依据厦府规〔2022〕2号文件' },
    ],
  },
  check(ctx) {
    const own = ctx.parts.docNumber;
    const skip = ctx.parts.boilerplate.map(rangeOf);
    for (const d of ctx.parts.docNumbers) {
      if (d === own || (own && startOf(d) === startOf(own))) continue;
      const at = startOf(d);
      if (skip.some(([s, e]) => at >= s && at < e)) continue;
      for (const f of checkDocNumber(ctx.text, d)) ctx.report({ range: rangeOf(d), message: f.message, fix: f.fix });
    }
  },
});
