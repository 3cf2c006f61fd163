/**
 * The workspace index and the cross-letter rules in-process: which letters meet under one key,
 * the majority and its ties, a registry winning over the majority, per-letter severities, the cap
 * on related places, and the facts the summary and the Replies view show.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type LintConfig } from '../../server/src/engine/lint';
import { checkWorkspace, factsFor } from '../../server/src/workspace/check';
import { MAX_RELATED } from '../../server/src/analysis/cross-letter/variants';
import type { IndexedLetter } from '../../server/src/analysis/cross-letter/index-build';
import { deadlineOf } from '../../server/src/analysis/deadline';
import { deadlineStatus } from '../../server/src/analysis/cross-letter/status';
import { PolicyRegistry } from '../../server/src/registry';
import { ROOT } from '../helpers';

const TEAM = join(ROOT, 'test', 'fixtures', 'workspace', 'team');
const TODAY = new Date('2026-11-27T12:00:00');

function letter(name: string, text: string, config: LintConfig = {}): IndexedLetter {
  const r = lint({ text, path: name }, config);
  return { file: name, name, facts: factsFor(r, config) };
}

const teamLetters = () =>
  readdirSync(TEAM)
    .sort()
    .map((f) => letter(f, readFileSync(join(TEAM, f), 'utf8')));

/** A small letter with the given number, deputy, session and citations. */
function reply(o: { number: string; deputy?: string; session?: string; cites?: string[]; date?: string; kind?: '建议' | '提案'; meta?: string }): string {
  const kind = o.kind ?? '建议';
  const who = kind === '提案' ? '委员' : '代表';
  return [
    ...(o.meta ? ['---', o.meta, '---', ''] : []),
    `厦门市科学技术局关于市${o.session ?? '十六届人大二次会议'}第${o.number}号${kind}办理情况答复的函`,
    '',
    `${o.deputy ?? '张华'}${who}：`,
    '',
    `《关于支持科技型中小企业发展的${kind}》（第${o.number}号）收悉。现答复如下：`,
    '',
    `我市已出台${(o.cites ?? []).join('和')}。`,
    '',
    '感谢对我们工作的关心和支持。',
    '',
    '厦门市科学技术局',
    '',
    o.date ?? '2023年5月9日',
    '',
  ].join('\n');
}

const ids = (letters: IndexedLetter[]) => checkWorkspace(letters, TODAY).map((f) => `${letters[f.letter].name} ${f.ruleId}`);

describe('facts', () => {
  test('number, deputy, category, dates and deadline of the team letters', () => {
    const [a, , , d] = teamLetters();
    assert.equal(a.facts.number?.value, '20230021');
    assert.equal(a.facts.kind, 'npc');
    assert.equal(a.facts.session, '市十六届人大二次会议');
    assert.equal(a.facts.deputy?.name, '郭海峰');
    assert.equal(a.facts.category, 'A');
    assert.deepEqual(a.facts.issueDate, { year: 2023, month: 4, day: 10 });
    assert.deepEqual(a.facts.deadline, { year: 2023, month: 4, day: 20 });
    assert.equal(d.facts.issueDate, undefined);
    assert.deepEqual(deadlineStatus(d.facts, { year: 2023, month: 5, day: 1 }), { kind: 'due', days: 9 });
    assert.deepEqual(deadlineStatus(d.facts, { year: 2023, month: 5, day: 12 }), { kind: 'overdue', days: -2 });
  });

  test('the deadline: same day N months on, or the end of a shorter month', () => {
    assert.deepEqual(deadlineOf({ year: 2023, month: 11, day: 30 }, 3), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(deadlineOf({ year: 2023, month: 1, day: 20 }, 3), { year: 2023, month: 4, day: 20 });
    assert.deepEqual(deadlineOf({ year: 2023, month: 10, day: 31 }, 4), { year: 2024, month: 2, day: 29 });
  });

  test('one deadline arithmetic: F11 (reply-deadline) flags a 成文日期 after the very deadline the facts give', () => {
    const cases = [
      { meta: '交办日期: 2023-11-30', deadline: { year: 2024, month: 2, day: 29 } },
      { meta: '交办日期: 2023-11-30\n延期月数: 1', deadline: { year: 2024, month: 3, day: 30 } },
      { meta: '交办日期: 2023-10-31\n延期月数: 0', deadline: { year: 2024, month: 1, day: 31 } },
    ];
    for (const c of cases) {
      const due = `${c.deadline.year}年${c.deadline.month}月${c.deadline.day}日`;
      const next = new Date(Date.UTC(c.deadline.year, c.deadline.month - 1, c.deadline.day + 1));
      const after = `${next.getUTCFullYear()}年${next.getUTCMonth() + 1}月${next.getUTCDate()}日`;
      const onTime = reply({ number: '0019', meta: c.meta, date: due });
      const late = reply({ number: '0019', meta: c.meta, date: after });
      assert.deepEqual(letter('a.md', onTime).facts.deadline, c.deadline, c.meta);
      const f11 = (text: string) => lint({ text, path: 'a.md' }, { only: ['reply-deadline'] }).messages.map((m) => m.text.zh);
      assert.deepEqual(f11(onTime), [], `${c.meta}: ${due} is in time`);
      assert.equal(f11(late).length, 1, `${c.meta}: ${after} is late`);
      assert.ok(f11(late)[0].includes(`办理时限“${due}”`), f11(late)[0]);
    }
  });

  test('findings come out in a fixed order: letter, offset, rule', () => {
    const letters = teamLetters();
    const f = checkWorkspace(letters, TODAY);
    const sorted = [...f].sort((x, y) => x.letter - y.letter || x.place.offset - y.place.offset || x.ruleId.localeCompare(y.ruleId));
    assert.deepEqual(f, sorted);
    assert.deepEqual(checkWorkspace(letters, TODAY), f);
  });
});

describe('which letters meet', () => {
  test('same number in another session, or a 提案 and a 建议 with one number: no finding', () => {
    const letters = [
      letter('a.md', reply({ number: '12' })),
      letter('b.md', reply({ number: '12', session: '十六届人大三次会议' })),
      letter('c.md', reply({ number: '12', kind: '提案', session: '政协十三届二次会议' })),
    ];
    assert.deepEqual(ids(letters), []);
  });

  test('a number without a session or year is not keyed (unrelated letters never meet by chance)', () => {
    const bare = (n: string) => `关于第${n}号建议的答复\n\n张华代表：\n\n《关于X的建议》（第${n}号）收悉。现答复如下：\n\n好。\n`;
    assert.deepEqual(ids([letter('a.txt', bare('7')), letter('b.txt', bare('7'))]), []);
  });

  test('full-width digits and leading zeros are the same number', () => {
    const letters = [letter('a.md', reply({ number: '0012' })), letter('b.md', reply({ number: '１２' }))];
    assert.deepEqual(ids(letters), ['a.md duplicate-reply-number', 'b.md duplicate-reply-number']);
  });

  test("co-handler opinions share the lead unit's number without a finding", () => {
    const cohandler = [
      '厦门市财政局关于市十六届人大二次会议第12号建议的会办意见',
      '',
      '市科学技术局：',
      '',
      '《关于支持科技型中小企业发展的建议》（第12号）收悉。经研究，提出如下会办意见：',
      '',
      '我局将给予资金支持。',
      '',
      '厦门市财政局',
      '',
      '2023年4月9日',
      '',
    ].join('\n');
    assert.deepEqual(ids([letter('a.md', reply({ number: '12' })), letter('b.md', cohandler)]), []);
  });
});

describe('one policy, one title, one 文号', () => {
  const X = '《厦门市科技型中小企业培育办法》（厦科规〔2021〕3号）';
  const Y = '《厦门市关于科技型中小企业的培育办法》（厦科规〔2021〕3号）';
  const Z = '《厦门市科技型中小企业培育办法》（厦科规〔2021〕4号）';

  test('the majority title is the reference; ties go to the first letter', () => {
    const three = [letter('a.md', reply({ number: '1', cites: [X] })), letter('b.md', reply({ number: '2', cites: [Y] })), letter('c.md', reply({ number: '3', cites: [Y] }))];
    assert.deepEqual(ids(three), ['a.md cross-letter-cite-title']);
    const tie = three.slice(0, 2);
    assert.deepEqual(ids(tie), ['b.md cross-letter-cite-title']);
  });

  test('a 文号 that other letters give differently', () => {
    const letters = [letter('a.md', reply({ number: '1', cites: [X] })), letter('b.md', reply({ number: '2', cites: [X] })), letter('c.md', reply({ number: '3', cites: [Z] }))];
    const f = checkWorkspace(letters, TODAY);
    assert.deepEqual(
      f.map((x) => `${letters[x.letter].name} ${x.ruleId}`),
      ['c.md cross-letter-cite-docnum'],
    );
    assert.match(f[0].message.zh, /的文号“厦科规〔2021〕4号”与 a\.md、b\.md 中的“厦科规〔2021〕3号”不一致/);
  });

  test("two similar titles with two 文号 are two documents; a letter citing both forms is C05's", () => {
    const W = '《厦门市关于科技型中小企业的培育办法》（厦科规〔2022〕9号）';
    assert.deepEqual(ids([letter('a.md', reply({ number: '1', cites: [X] })), letter('b.md', reply({ number: '2', cites: [W] }))]), []);
    assert.deepEqual(ids([letter('a.md', reply({ number: '1', cites: [X] })), letter('b.md', reply({ number: '2', cites: [X, Y] }))]), []);
  });

  test("a configured registry wins over the majority: citations it knows are the registry rules'", () => {
    const registry = new PolicyRegistry([{ title: '厦门市关于科技型中小企业的培育办法', docNumber: '厦科规〔2021〕3号' }]);
    const letters = [
      letter('a.md', reply({ number: '1', cites: [X] }), { registry }),
      letter('b.md', reply({ number: '2', cites: [Y] }), { registry }),
      letter('c.md', reply({ number: '3', cites: [Y] }), { registry }),
    ];
    assert.deepEqual(ids(letters), []);
  });
});

describe('settings and size', () => {
  test("a rule a letter's config turns off is not reported on that letter; severities come from each letter", () => {
    const off: LintConfig = { rules: { 'duplicate-reply-number': 'off' } };
    const strict: LintConfig = { rules: { 'duplicate-reply-number': 'error' } };
    const letters = [letter('a.md', reply({ number: '5' }), off), letter('b.md', reply({ number: '5' }), strict)];
    const f = checkWorkspace(letters, TODAY);
    assert.deepEqual(
      f.map((x) => `${letters[x.letter].name} ${x.ruleId} ${x.severity}`),
      ['b.md duplicate-reply-number error'],
    );
  });

  test('an inline disable comment silences a cross-letter finding on its letter only', () => {
    const quiet = '<!-- replylint-disable-next-line duplicate-reply-number -->\n' + reply({ number: '6' });
    const letters = [letter('a.md', quiet), letter('b.md', reply({ number: '6' }))];
    assert.deepEqual(ids(letters), ['b.md duplicate-reply-number']);
    const stretch = '<!-- replylint-disable -->\n' + reply({ number: '6' });
    assert.deepEqual(ids([letter('a.md', stretch), letter('b.md', reply({ number: '6' }))]), ['b.md duplicate-reply-number']);
    const other = '<!-- replylint-disable-next-line reply-overdue -->\n' + reply({ number: '6' });
    assert.deepEqual(ids([letter('a.md', other), letter('b.md', reply({ number: '6' }))]), ['a.md duplicate-reply-number', 'b.md duplicate-reply-number']);
  });

  test(`30 copies of one letter: one finding each, at most ${MAX_RELATED} related places, the message counts the rest`, () => {
    const text = reply({ number: '8' });
    const letters = Array.from({ length: 30 }, (_, i) => letter(`l${String(i).padStart(2, '0')}.md`, text));
    const f = checkWorkspace(letters, TODAY);
    assert.equal(f.length, 30);
    assert.ok(f.every((x) => x.related.length === MAX_RELATED));
    assert.match(f[0].message.zh, /也在 l01\.md、l02\.md、l03\.md等 29 个文件 中答复/);
    assert.match(f[0].message.en, /also answered in l01\.md, l02\.md, l03\.md and 26 more;/);
  });
});
