/**
 * C05 (d): two citations of one policy under a shortened or reworded title are paired, and
 * near misses (another kind of document, another edition, another subject, a 通知 and the 办法
 * it issues) stay apart. Titles made for this test from the grammar of policy titles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { similarTitles, titleShape } from '../../server/src/registry/similar';
import { lintText, rulesAt } from '../helpers';

const same: Array<[string, string]> = [
  ['某市促进科技成果转移转化若干措施', '某市促进科技成果转化若干措施'], // a word dropped
  ['某市数字经济发展三年行动方案（2023—2025年）', '某市数字经济发展三年工作方案（2023—2025年）'], // a generic word swapped
  ['某省人民政府关于进一步加快科技成果转移转化的实施意见', '某省科技成果转化实施意见'], // shortened
  ['某市老旧小区改造提升工作实施方案', '某市老旧小区改造提升实施方案'],
  ['关于加快推进农村公路高质量发展的实施意见', '农村公路高质量发展实施意见'],
  ['某市城市停车设施专项规划（2021—2035年）', '某市停车设施专项规划（2021—2035年）'],
  ['某区既有住宅加装电梯管理暂行办法', '某区既有住宅加装电梯管理办法'],
  ['某市养老服务体系建设三年行动计划', '某市养老服务体系建设行动计划'],
];
const apart: Array<[string, string]> = [
  ['某市老旧小区改造提升实施方案', '某市老旧小区改造提升实施细则'], // another kind of document
  ['某市数字经济发展规划（2021—2025年）', '某市数字经济发展规划（2023—2027年）'], // another edition
  ['某市促进工业经济发展若干措施', '某市促进农业经济发展若干措施'], // another subject
  ['关于印发某市公共停车场管理办法的通知', '某市公共停车场管理办法'], // the 通知 and the 办法 it issues
  ['某市停车设施专项规划', '某县停车设施专项规划'], // another place
  ['关于促进先进制造业发展的意见', '某市关于促进先进制造业发展的意见'], // the national one and the city's
  ['某市城市更新行动方案', '某市城市体检工作方案'],
  ['中华人民共和国道路交通安全法', '中华人民共和国道路交通安全法实施条例'],
];

for (const [a, b] of same) {
  test(`C05 (d) pairs 《${a}》 and 《${b}》`, () => {
    assert.ok(similarTitles(titleShape(a), titleShape(b)));
    assert.ok(similarTitles(titleShape(b), titleShape(a)), 'symmetric');
  });
}
for (const [a, b] of apart) {
  test(`C05 (d) keeps 《${a}》 and 《${b}》 apart`, () => {
    assert.ok(!similarTitles(titleShape(a), titleShape(b)));
    assert.ok(!similarTitles(titleShape(b), titleShape(a)), 'symmetric');
  });
}

const letter = (first: string, second: string) => `某市交通运输局关于市十六届人大二次会议第20230019号建议办理情况答复的函
张三代表：
《关于加快城区停车场建设的建议》（第20230019号）收悉。现答复如下：
根据《${first}》，我局编制了停车设施专项规划。
下一步，我局将继续落实《${second}》的各项要求。
感谢您对我们工作的关心和支持。
某市交通运输局
2023年5月10日
`;

test('C05 (d) in a letter: the reworded second citation is a hint with the first title as its suggestion', () => {
  const text = letter(same[0][0], same[0][1]);
  const ms = rulesAt(lintText(text).messages, 'cite-same-doc-different-title');
  assert.equal(ms.length, 1);
  assert.equal(ms[0].severity, 'info');
  assert.equal(text.slice(ms[0].range[0], ms[0].range[1]), `《${same[0][1]}》`);
  assert.equal(ms[0].suggestions?.[0].text, same[0][0]);
});

test('C05 (d) in a letter: two different documents are not reported', () => {
  for (const [a, b] of apart) assert.deepEqual(rulesAt(lintText(letter(a, b)).messages, 'cite-same-doc-different-title'), [], `${a} / ${b}`);
});
