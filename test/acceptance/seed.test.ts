/**
 * The engine issue's acceptance list on the seed letter (examples/seed.reply.txt, a copy of ../shared/seed-reply.txt; one scraped
 * line): each defect at its offset with its fix, and nothing on what RULEBOOK §8b lists as correct.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixUntilStable } from '../../server/src/index';
import { SEED, TODAY, lintText, read } from '../helpers';

const seed = read(SEED);
const { messages } = lintText(seed);
const at = (ruleId: string, offset: number) => messages.find((m) => m.ruleId === ruleId && m.range[0] <= offset && offset < Math.max(m.range[1], m.range[0] + 1));
const fixed = (m: NonNullable<ReturnType<typeof at>>) => {
  const f = m.fix ?? m.suggestions?.[0];
  assert.ok(f, `${m.ruleId} at ${m.range} offers a fix`);
  return seed.slice(0, f.range[0]) + f.text + seed.slice(f.range[1]);
};

test('厦工信函[2023]25号 at 43: 六角括号, fixed to 〔2023〕', () => {
  const m = at('doc-number-brackets', 43)!;
  assert.equal(m.severity, 'error');
  assert.ok(fixed(m).startsWith(seed.slice(0, 43) + '厦工信函〔2023〕25号'));
});

test('the same plan cited under two titles (178 vs 732)', () => {
  const m = at('cite-same-doc-different-title', 732)!;
  assert.match(m.text.zh, /厦门市先进制造业倍增计划实施方案/);
});

test('截止2022年 at 1637 → 截至', () => {
  const m = at('jiezhi-vs-jiezhi', 1637)!;
  assert.equal(fixed(m).slice(1637, 1644), '截至2022年');
});

test('特骋 twice (6202, 6223), 奥利匹克 (4693), 做为 (6016)', () => {
  for (const [offset, want] of [
    [6202, '特聘'],
    [6223, '特聘'],
    [4693, '奥林匹克'],
    [6016, '作为'],
  ] as const) {
    const m = at('typo-lexicon', offset)!;
    assert.ok(m, `typo at ${offset}`);
    assert.equal(fixed(m).slice(offset, offset + want.length), want);
  }
});

test('占40%,) at 1684: the comma before the closing bracket is deleted', () => {
  const m = at('punct-before-closing-bracket', 1684)!;
  assert.equal(seed.slice(1684, 1686), ',)');
  assert.equal(fixed(m).slice(1680, 1685), '占40%)');
});

test('2022家 twice (1672, 1699) and 2021金砖 (5129): 年 missing', () => {
  for (const [offset, want] of [
    [1672, '2022年4家'],
    [1699, '2022年24家'],
    [5129, '2021年金砖'],
  ] as const) {
    const m = at('year-missing-nian', offset)!;
    assert.ok(m, `year at ${offset}`);
    assert.equal(fixed(m).slice(offset, offset + want.length), want);
  }
});

test('the website text after the date (7011–7195)', () => {
  const m = at('trailing-boilerplate', 7011)!;
  assert.deepEqual(m.range, [7011, seed.length]);
  assert.ok(fixed(m).trimEnd().endsWith('2023年4月10日'));
});

test('half-width punctuation across the scraped letter is one finding with one fix', () => {
  const p01 = messages.filter((m) => m.ruleId === 'fullwidth-punct');
  assert.equal(p01.length, 1);
  assert.ok(p01[0].fix?.edits && p01[0].fix.edits.length > 250);
});

test('nothing on what RULEBOOK §8b lists as correct', () => {
  const ids = new Set(messages.map((m) => m.ruleId));
  for (const id of ['numbering-sequence', 'inline-enum-sequence', 'cite-docnum-format', 'title-number-matches-ack', 'issuer-signature-matches', 'contact-phone-format', 'date-format-cn']) {
    assert.ok(!ids.has(id), `${id} must not fire on the seed`);
  }
  for (const guard of ['25.87%', '232.29亿元', '4.4万人次', '2022年12月27日', '厦府规〔2022〕2号', '厦府规〔2023〕4号', '厦工信规〔2023〕1号']) {
    const s = seed.indexOf(guard);
    assert.ok(s >= 0, guard);
    const hits = messages.filter((m) => m.ruleId !== 'fullwidth-punct' && m.range[0] < s + guard.length && s < m.range[1]);
    assert.deepEqual(
      hits.map((m) => `${m.ruleId} ${m.text.zh}`),
      [],
      guard,
    );
  }
});

test('fix-all then a re-lint: nothing fixable remains and text outside the fixes is unchanged', () => {
  const { output, result } = fixUntilStable({ text: seed }, { today: TODAY });
  assert.deepEqual(
    result.messages.filter((m) => m.fix).map((m) => m.ruleId),
    [],
  );
  assert.ok(output.includes('厦工信函〔2023〕25号') && output.includes('截至2022年') && output.includes('台湾特聘专家'));
  // The safe fixes change punctuation and the three misspellings only: the Han text of the
  // output equals the input's with exactly those words replaced.
  const han = (t: string) => t.replace(/[^\u4e00-\u9fff]/g, '');
  const expected = seed.replace('截止2022年', '截至2022年').replaceAll('特骋', '特聘').replace('奥利匹克', '奥林匹克');
  assert.equal(han(output), han(expected));
});
