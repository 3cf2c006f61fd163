import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { LineIndex } from '../../server/src/text/positions';
import { decode, encode } from '../../server/src/text/decode';
import { chineseNumeral, toChineseNumeral } from '../../server/src/text/chars';

test('LineIndex maps offsets to 1-based points across LF, CRLF and CR', () => {
  const text = 'ab\r\ncd\nef\rg';
  const li = new LineIndex(text);
  assert.deepEqual(li.point(0), { line: 1, column: 1, offset: 0 });
  assert.deepEqual(li.point(4), { line: 2, column: 1, offset: 4 });
  assert.deepEqual(li.point(8), { line: 3, column: 2, offset: 8 });
  assert.deepEqual(li.point(10), { line: 4, column: 1, offset: 10 });
  assert.equal(li.offset(3, 2), 8);
  // Clamped, never out of range.
  assert.deepEqual(li.point(999), { line: 4, column: 2, offset: 11 });
});

test('LineIndex counts UTF-16 code units (astral characters take two)', () => {
  const li = new LineIndex('𠀀字');
  assert.equal(li.point(2).column, 3);
});

test('decode: UTF-8, UTF-8 with BOM, GB18030 and binary', () => {
  const letter = '郭海峰代表：\r\n《关于…的建议》（第20230019号）收悉。';
  const utf8 = decode(Buffer.from(letter, 'utf8'));
  assert.deepEqual(utf8, { kind: 'text', text: letter, encoding: 'utf-8' });
  const bom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(letter, 'utf8')]));
  assert.deepEqual(bom, { kind: 'text', text: letter, encoding: 'utf-8-bom' });
  const gbk = decode(iconv.encode(letter, 'gbk'));
  assert.deepEqual(gbk, { kind: 'text', text: letter, encoding: 'gb18030' });
  assert.deepEqual(decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), { kind: 'binary' });
  for (const enc of ['utf-8', 'utf-8-bom', 'gb18030'] as const) {
    const round = decode(encode(letter, enc));
    assert.equal(round.kind === 'text' && round.text, letter);
  }
});

test('decode: UTF-16 LE and BE with BOM, exactly the UTF-8 text; encode gives the same bytes back', () => {
  const letter = '郭海峰代表：\r\n《关于…的建议》（第20230019号）收悉。𠀀\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(letter, 'utf16le')]);
  const be = Buffer.from(le).swap16();
  assert.deepEqual([...be.subarray(0, 2)], [0xfe, 0xff]);
  assert.deepEqual(decode(le), { kind: 'text', text: letter, encoding: 'utf-16le' });
  assert.deepEqual(decode(be), { kind: 'text', text: letter, encoding: 'utf-16be' });
  assert.deepEqual(encode(letter, 'utf-16le'), le);
  assert.deepEqual(encode(letter, 'utf-16be'), be);
  // A lone surrogate survives the round trip (no byte of the file is lost or replaced).
  const lone = Buffer.from([0xff, 0xfe, 0x2d, 0x4e, 0x00, 0xd8, 0x87, 0x65]);
  const d = decode(lone);
  assert.ok(d.kind === 'text');
  assert.deepEqual(encode(d.text, d.encoding), lone);
  // A UTF-16 BOM in front of an odd byte count or NUL characters is not a letter.
  assert.deepEqual(decode(Buffer.from([0xff, 0xfe, 0x2d, 0x4e, 0x87])), { kind: 'binary' });
  assert.deepEqual(decode(Buffer.from([0xfe, 0xff, 0x00, 0x00, 0x4e, 0x2d])), { kind: 'binary' });
});

test('Chinese numerals round-trip 1–99', () => {
  for (let i = 1; i < 100; i++) assert.equal(chineseNumeral(toChineseNumeral(i)), i);
  for (const bad of ['', '〇', '一十', '十十', '二二', '百']) assert.ok(Number.isNaN(chineseNumeral(bad)), bad);
});
