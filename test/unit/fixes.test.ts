import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/engine/fixes';

test('applyFixes applies non-overlapping edits and keeps everything else', () => {
  const { output, applied } = applyFixes('abcdef', [
    { range: [4, 5], text: 'E' },
    { range: [0, 1], text: 'A' },
    { range: [2, 2], text: '+' },
  ]);
  assert.equal(output, 'Ab+cdEf');
  assert.equal(applied, 3);
});

test('applyFixes skips an edit that overlaps an earlier one', () => {
  const { output } = applyFixes('abcdef', [
    { range: [1, 4], text: 'X' },
    { range: [3, 5], text: 'Y' },
    { range: [4, 4], text: 'Z' },
  ]);
  assert.equal(output, 'aXZef');
});

test('a multi-edit fix keeps the edits that do not collide', () => {
  const text = 'a,b,c';
  const { output } = applyFixes(text, [
    { range: [1, 2], text: '' },
    {
      range: [1, 4],
      text: '，b，',
      edits: [
        { range: [1, 2], text: '，' },
        { range: [3, 4], text: '，' },
      ],
    },
  ]);
  assert.equal(output, 'ab，c');
});

test('an insertion and a replacement at the same offset are both applied, insertion first', () => {
  // Whichever was accepted first: 4, → 4号，
  assert.equal(
    applyFixes('4,x', [
      { range: [1, 1], text: '号' },
      { range: [1, 2], text: '，' },
    ]).output,
    '4号，x',
  );
  assert.equal(
    applyFixes('4,x', [
      { range: [1, 2], text: '，' },
      { range: [1, 1], text: '号' },
    ]).output,
    '4号，x',
  );
});

test('two insertions at the same point: the first wins', () => {
  assert.equal(
    applyFixes('ab', [
      { range: [1, 1], text: 'X' },
      { range: [1, 1], text: 'Y' },
    ]).output,
    'aXb',
  );
});

test('out-of-range edits are ignored', () => {
  assert.equal(
    applyFixes('ab', [
      { range: [1, 9], text: 'X' },
      { range: [-1, 0], text: 'Y' },
    ]).output,
    'ab',
  );
});
