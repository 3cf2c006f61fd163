import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CharCursor, CharIndex, charSet } from '../../server/src/text/char-index';
import { firstAtOrAfter } from '../../server/src/text/search';
import { LineIndex } from '../../server/src/text/positions';
import { SEED } from '../helpers';

const naive = (text: string, chars: string) => [...text].flatMap((_, i) => (chars.includes(text[i]) ? [i] : []));
const alphabet = fc.constantFrom('《', '》', '。', '，', '1', '0', 'a', '年', '市', '局', ' ', '\n', '\r', '（', '）', '(', ')', '一', '是');

test('CharIndex gives the same offsets as a scan of every character, for sets declared before and after the index', () => {
  const early = charSet('《》。1');
  fc.assert(
    fc.property(
      fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')),
      (text) => {
        const index = new CharIndex(text);
        assert.deepEqual([...index.positions(early)], naive(text, '《》。1'));
        const late = charSet('年市局' + String(text.length % 3)); // declared after the index was built
        assert.deepEqual([...index.positions(late)], naive(text, late.chars));
      },
    ),
    { numRuns: 300 },
  );
  const index = new CharIndex(SEED);
  assert.deepEqual([...index.positions(early)], naive(SEED, '《》。1'));
});

test('charSet returns the same set for the same characters', () => {
  assert.equal(charSet('《》。1'), charSet('《》。1'));
});

test('CharCursor.next finds the first offset at or after a position, forwards and backwards', () => {
  const list = [2, 5, 9, 14];
  const c = new CharCursor(list, 20);
  assert.equal(c.next(0), 2);
  assert.equal(c.next(3), 5);
  assert.equal(c.next(9), 9);
  assert.equal(c.next(15), 20);
  assert.equal(c.next(1), 2); // backwards
  assert.equal(c.next(6), 9);
  assert.equal(firstAtOrAfter(list, 10), 3);
  assert.equal(firstAtOrAfter(list, 100), 4);
});

test('LineIndex.point answers the same in any order (its last-line shortcut never misleads)', () => {
  fc.assert(
    fc.property(
      fc.array(alphabet, { maxLength: 120 }).map((a) => a.join('')),
      fc.array(fc.nat(130), { maxLength: 40 }),
      (text, offsets) => {
        const li = new LineIndex(text);
        const fresh = (o: number) => new LineIndex(text).point(o);
        for (const o of offsets) assert.deepEqual(li.point(o), fresh(o));
      },
    ),
    { numRuns: 300 },
  );
});
