// The shared analysis layer (server/src/analysis/) and the text helpers it stands on: each
// function that used to be written several times, tested once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validDate } from '../../server/src/text/calendar';
import { firstAtOrAfter, lastAtOrBefore, partitionPoint } from '../../server/src/text/search';
import { endOf, rangeOf, startOf } from '../../server/src/text/spans';
import { LintMemo, memo, memoKey } from '../../server/src/analysis/memo';
import type { LetterContext } from '../../server/src/analysis/context';
import { metaDate } from '../../server/src/analysis/dates';
import { metaNames, metaText, metaValue } from '../../server/src/analysis/meta';
import { proseBlocks } from '../../server/src/analysis/prose';
import { parseReply } from '../../server/src/parse';
import { resolveProfile } from '../../server/src/profiles';

function contextOf(text: string, format: 'md' | 'txt' = 'md'): LetterContext {
  const { tree, lines } = parseReply(text, { format });
  return {
    text,
    tree,
    parts: tree.data.parts,
    blocks: tree.data.blocks,
    lines,
    profile: resolveProfile('generic'),
    scraped: tree.data.scraped,
    halfWidthAggregated: false,
    today: new Date(Date.UTC(2024, 0, 1)),
    memo: new LintMemo(),
  };
}

test('validDate is the Gregorian calendar for years 1000–2999 (the one validDate of the rules and the parser)', () => {
  assert.equal(validDate(2024, 2, 29), true);
  assert.equal(validDate(2023, 2, 29), false);
  assert.equal(validDate(2000, 2, 29), true);
  assert.equal(validDate(1900, 2, 29), false);
  assert.equal(validDate(2023, 4, 31), false);
  assert.equal(validDate(2023, 12, 31), true);
  assert.equal(validDate(2023, 0, 1), false);
  assert.equal(validDate(2023, 13, 1), false);
  assert.equal(validDate(2023, 1, 0), false);
  // The decision: the rules' former copy (rules/letter-util.ts) had no year bounds and asked
  // Date.UTC, which reads years 0–99 as 1900–1999, so 96-02-29 passed as 1996-02-29 and 0999 or
  // 3000 passed as dates. A letter's date is four digits in this range; anything else is a typo
  // (or an abbreviated year, year-not-abbreviated's finding), not a date to compute deadlines from.
  assert.equal(validDate(96, 2, 29), false);
  assert.equal(validDate(999, 12, 31), false);
  assert.equal(validDate(1000, 1, 1), true);
  assert.equal(validDate(2999, 12, 31), true);
  assert.equal(validDate(3000, 1, 1), false);
  assert.equal(validDate(NaN, 1, 1), false);
});

test('metaDate reads YAML dates and written dates, valid ones only', () => {
  assert.deepEqual(metaDate('2023-01-05'), { year: 2023, month: 1, day: 5 });
  assert.deepEqual(metaDate('2023年1月5日'), { year: 2023, month: 1, day: 5 });
  assert.deepEqual(metaDate(new Date(Date.UTC(2023, 3, 10))), { year: 2023, month: 4, day: 10 });
  assert.equal(metaDate('2023-02-29'), undefined);
  // Was a date under the unbounded copy.
  assert.equal(metaDate('0999-01-01'), undefined);
  assert.equal(metaDate(42), undefined);
});

test('one binary search: partitionPoint, lastAtOrBefore, firstAtOrAfter', () => {
  const list = [1, 3, 3, 7, 10];
  assert.equal(
    partitionPoint(list.length, (i) => list[i] < 3),
    1,
  );
  assert.equal(
    partitionPoint(list.length, (i) => list[i] < 100),
    5,
  );
  assert.equal(
    partitionPoint(0, () => true),
    0,
  );
  assert.equal(firstAtOrAfter(list, 3), 1);
  assert.equal(firstAtOrAfter(list, 4), 3);
  assert.equal(firstAtOrAfter(list, 11), 5);
  assert.equal(
    lastAtOrBefore(list, 3, (x) => x),
    2,
  );
  assert.equal(
    lastAtOrBefore(list, 0, (x) => x),
    -1,
  );
  assert.equal(
    lastAtOrBefore(list, 99, (x) => x),
    4,
  );
  const items = [{ s: 0 }, { s: 5 }, { s: 9 }];
  assert.equal(
    lastAtOrBefore(items, 6, (t) => t.s),
    1,
  );
});

test('rangeOf / startOf / endOf read a node position', () => {
  const n = { position: { start: { offset: 4 }, end: { offset: 9 } } };
  assert.deepEqual(rangeOf(n), [4, 9]);
  assert.equal(startOf(n), 4);
  assert.equal(endOf(n), 9);
});

test('the per-lint memo computes a value once per key and per lint', () => {
  const a = memoKey<number[]>('a');
  const b = memoKey<string>('b');
  let calls = 0;
  const ctx = { memo: new LintMemo() };
  const first = memo(ctx, a, () => (calls++, [1]));
  assert.equal(
    memo(ctx, a, () => (calls++, [2])),
    first,
  );
  assert.equal(
    memo(ctx, b, () => 'x'),
    'x',
  );
  // undefined is a value too: it is kept, not computed again.
  const u = memoKey<undefined>('u');
  let uCalls = 0;
  memo(ctx, u, () => void uCalls++);
  memo(ctx, u, () => void uCalls++);
  assert.equal(uCalls, 1);
  assert.equal(calls, 1);
  // Another lint, another memo.
  assert.notEqual(
    memo({ memo: new LintMemo() }, a, () => [1]),
    first,
  );
});

test('proseBlocks is shared within a lint and leaves the page residue out', () => {
  const ctx = contextOf('张三代表：\n\n您提出的建议收悉。\n');
  assert.equal(proseBlocks(ctx), proseBlocks(ctx));
  assert.ok(proseBlocks(ctx).every((b) => b.type !== 'boilerplate'));
});

test('metaValue gives the raw value, metaText trimmed text, metaNames a list of names', () => {
  const ctx = contextOf('---\n编号: " 12 "\n空: "  "\n数: 7\n办理角色: [主办]\n代表: 张三代表、李四\n交办日期: 2023-05-06\n---\n张三代表：\n');
  assert.equal(metaText(ctx, ['编号']), '12');
  assert.equal(metaText(ctx, ['数']), '7');
  // A blank value is not set: the next key is read.
  assert.equal(metaText(ctx, ['空', '编号']), '12');
  // A list is not text: the next key is read.
  assert.equal(metaText(ctx, ['办理角色', '编号']), '12');
  assert.deepEqual(metaValue(ctx, ['办理角色']), ['主办']);
  assert.equal(metaValue(ctx, ['没有', '数']), 7);
  assert.deepEqual(metaDate(metaValue(ctx, ['交办日期'])), { year: 2023, month: 5, day: 6 });
  assert.deepEqual(metaNames(ctx, ['代表']), ['张三', '李四']);
  assert.deepEqual(metaNames(ctx, ['没有']), []);
});
