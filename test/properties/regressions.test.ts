/**
 * Shrunk counterexamples the fuzzer found, kept as fixed cases: each one failed an invariant
 * (fix safety or the fix-all fixed point) before the fix named next to it.
 */
import { test } from 'node:test';
import { checkInvariants } from './invariants';

const cases: Array<[string, string]> = [
  [
    // answer-transition inserted ：before 》 and punct-before-closing-bracket deleted it, for
    // ever: the colon before a closing bracket or quote is now only a suggestion.
    'S04 × P03 oscillation',
    '沂源县发展和改革局\n代表:\n您提出的关于建设宠物产业园的建议收悉,现答复如下》新风口行业,也是我县的一个新的增长点。\n沂源县发展和改革局\n2021年9月30日',
  ],
  [
    // An insertion (cite-docnum-format: 4 → 4号) and a replacement starting at the same offset
    // (fullwidth-punct: , → ，) were applied in the wrong order (4，号,): the applier now puts
    // the insertion first whichever was accepted first.
    'insertion and replacement at one offset',
    '对《加大对青云镇工业园区基础配套设施建设扶持力度的建议》的答复\n沭财复字〔2022〕4,发展。 感谢您对财政工作的关心和支持! 2022年7月1日 联系科室、人员及电话:经建科6211754 抄送:县政府办公室、县人大常委会人代工委',
  ],
];

for (const [name, text] of cases) {
  test(`fuzzer counterexample: ${name}`, () => {
    checkInvariants(text, 'txt');
    checkInvariants(text, 'md');
  });
}
