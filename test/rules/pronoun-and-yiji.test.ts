/**
 * T04 yi-ji-confusion, T05 addressee-pronoun-consistency, duplicated-word (5) and the 尊敬 case of
 * salutation-form, on letters made for the tests, as rule-tester cases (test/harness/rule-tester.ts).
 */
import { ruleById } from '../../server/src/rules';
import type { Rule } from '../../server/src/rules/rule';
import { ruleTester } from '../harness/rule-tester';

const letter = (salutation: string, body: string) => `某市体育局关于市十五届人大三次会议第105号建议办理情况答复的函
${salutation}
《关于在社区安装健身器材的建议》（第105号）收悉。现答复如下：
${body}
某市体育局
2024年5月20日
`;
const rule = (id: string): Rule => ruleById(id)!;
/** The range of the first `len` characters of `what` in `text`. */
const span = (text: string, what: string, len = what.length): [number, number] => [text.indexOf(what), text.indexOf(what) + len];
const THANKS = '感谢您对我们工作的关心和支持。';

// T04: 己 for 已 before 过, 经, 到位…; 自己, 严于律己 left alone; the fix writes 已.
const yiji = letter('李四代表：', `时间己过两年，资金己到位，项目己经完成。我们自己经过研究，严于律己。${THANKS}`);
ruleTester(rule('yi-ji-confusion'), {
  invalid: [
    {
      name: '己过, 己到, 己经 (not 自己经过, 严于律己)',
      text: yiji,
      messages: [{ range: span(yiji, '己过', 1) }, { range: span(yiji, '己到', 1) }, { range: span(yiji, '己经', 1) }],
      output: letter('李四代表：', `时间已过两年，资金已到位，项目已经完成。我们自己经过研究，严于律己。${THANKS}`),
    },
  ],
});

// T05: one addressee called 你们 and 您 → a hint at the minority form; one form throughout is
// clean; several addressees (李四、王五 / 代表们): 你们 is right, a 您 is the odd one.
const mixed = letter('李四代表：', `你们提出的建议很有价值，我局高度重视。${THANKS}`);
const several = letter('李四、王五代表：', `你们提出的建议很有价值。${THANKS}`);
const plural = letter('各位代表们：', `你们提出的建议很有价值。${THANKS}`);
ruleTester(rule('addressee-pronoun-consistency'), {
  valid: [{ name: 'one addressee, 您 throughout', text: letter('李四代表：', `您提出的建议很有价值，我局高度重视。${THANKS}`) }],
  invalid: [
    { name: 'one addressee called 你们 and 您', text: mixed, messages: [{ severity: 'info', at: '你们' }] },
    { name: 'several addressees: the 您 is the odd one', text: several, messages: [{ range: span(several, '您'), suggestions: ['你们'] }] },
    { name: '代表们 in the salutation means several addressees', text: plural, messages: [{ range: span(plural, '您'), suggestions: ['你们'] }] },
  ],
});

// duplicated-word (5): the title's last word again after its closing quote; 关于《关于…》.
const after = letter('李四代表：', `您提出的“关于加强菜市场管理的建议”建议已转我局办理。${THANKS}`);
const before = letter('李四代表：', `您提出的关于《关于加强菜市场管理的建议》已收悉。${THANKS}`);
ruleTester(rule('duplicated-word'), {
  invalid: [
    { name: 'the title’s last word again after its closing quote', text: after, messages: [{ range: span(after, '建议已转', 2), at: '建议' }] },
    { name: '关于《关于…》: the first word of the title again before its opening mark', text: before, messages: [{ range: span(before, '关于《', 2), at: '关于' }] },
  ],
});

// H14: 尊敬 without 的 before the name is reported and fixed.
ruleTester(rule('salutation-form'), {
  invalid: [{ name: '尊敬 without 的', text: letter('尊敬李四代表：', THANKS), messages: 1, output: letter('尊敬的李四代表：', THANKS) }],
});
