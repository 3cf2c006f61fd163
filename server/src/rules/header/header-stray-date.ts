import { defineRule, type Suggestion } from '../rule';
import { q } from '../../analysis/finding';
import { endOf, startOf } from '../../text/spans';

/**
 * H15 — no bare date between the title and the salutation: the 成文日期 belongs under the
 * signature. A labelled field (日期：…) is not a bare date. Scraped copies usually carry the
 * website's publishing date there, so the finding is info in scraped mode. The suggestions:
 * delete the date, or (when it is not in 年月日 form) rewrite it as YYYY年M月D日; the form
 * itself is date-format-cn's (D01) finding.
 */
export default defineRule({
  id: 'header-stray-date',
  code: 'H15',
  category: 'header',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '标题与称谓之间不应出现单独的日期，成文日期应置于落款处。',
    en: 'No bare date between the title and the salutation; the date of issue goes under the signature.',
  },
  source: '成文日期 placement and format [S3]',
  examples: { correct: ['厦工信函〔2023〕25号 郭海峰代表：'], incorrect: ['厦工信函[2023]25号 2023-4-10 郭海峰代表:'] },
  check(ctx) {
    for (const d of ctx.parts.headerDates) {
      const s = startOf(d);
      const e = endOf(d);
      // Delete the date with the whitespace before it (or after it, at the start of a line).
      let ds = s;
      while (ds > 0 && (ctx.text[ds - 1] === ' ' || ctx.text[ds - 1] === '\u3000' || ctx.text[ds - 1] === '\t')) ds--;
      let de = e;
      if (ds === s || ctx.text[ds - 1] === '\n') {
        ds = s;
        while (de < ctx.text.length && /[ \u3000\t]/.test(ctx.text[de])) de++;
        if (ds === 0 || ctx.text[ds - 1] === '\n') {
          if (ctx.text[de] === '\r') de++;
          if (ctx.text[de] === '\n') de++;
        }
      }
      const suggestions: Suggestion[] = [{ range: [ds, de], text: '', title: { zh: `删除日期${q(d.raw)}`, en: `Delete the date ${q(d.raw)}` } }];
      const valid = d.year > 0 && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31;
      const cn = `${d.year}年${d.month}月${d.day}日`;
      if (valid && d.raw !== cn) {
        suggestions.push({ range: [s, e], text: cn, title: { zh: `改为${q(cn)}`, en: `Rewrite as ${q(cn)}` } });
      }
      ctx.report({
        range: [s, e],
        severity: ctx.scraped ? 'info' : undefined,
        message: {
          zh: `版头中的日期${q(d.raw)}不应出现在标题与称谓之间，成文日期应置于落款处（写作${q(valid ? cn : 'YYYY年M月D日')}）`,
          en: `Date ${q(d.raw)} between the title and the salutation; the date of issue goes under the signature (as ${q(valid ? cn : 'YYYY年M月D日')})`,
        },
        suggestions,
      });
    }
  },
});
