/** Inputs: --stdin, encodings (GBK twin, BOM), CRLF, binary and oversized files, --print-config. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { GENERIC, runCli, tempDir, removeDir } from './cli-helpers';

const errorsLetter = readFileSync(join(GENERIC, 'with-errors.txt'), 'utf8');

async function jsonOf(args: string[], cwd: string, stdin?: Buffer | string) {
  const r = await runCli(['--format', 'json', ...args], { cwd, stdin });
  return { ...r, data: JSON.parse(r.stdout) as Array<{ file: string; messages: Array<Record<string, unknown>> }> };
}

describe('--stdin', () => {
  test('lints standard input; --stdin-filename names it and picks the format', async () => {
    const dir = tempDir();
    try {
      const plain = await jsonOf(['--stdin'], dir, errorsLetter);
      assert.equal(plain.code, 1);
      assert.equal(plain.data[0].file, '<stdin>');
      const named = await jsonOf(['--stdin', '--stdin-filename', 'letters/reply.txt'], dir, errorsLetter);
      assert.equal(named.data[0].file, 'letters/reply.txt');
      const onDisk = await jsonOf([join(GENERIC, 'with-errors.txt')], dir);
      assert.deepEqual(named.data[0].messages, onDisk.data[0].messages);
      // Markdown by name: the same letter as .md is parsed as Markdown (front matter is masked).
      const md = readFileSync(join(GENERIC, 'letter.md'));
      const asMd = await jsonOf(['--stdin', '--stdin-filename', 'x.md'], dir, md);
      const mdOnDisk = await jsonOf([join(GENERIC, 'letter.md')], dir);
      assert.deepEqual(asMd.data[0].messages, mdOnDisk.data[0].messages);
    } finally {
      removeDir(dir);
    }
  });

  test('--stdin --fix prints the fixed text on stdout and the report on stderr', async () => {
    const dir = tempDir();
    try {
      const r = await runCli(['--stdin', '--fix', '--stdin-filename', 'a.txt'], { cwd: dir, stdin: errorsLetter });
      assert.ok(r.bytes, 'fixed text written');
      const fixed = r.bytes!.toString('utf8');
      assert.match(fixed, /示例交函〔2024〕15号/);
      assert.equal(fixed.length, errorsLetter.length);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /numbering-sequence/);
      assert.equal(r.code, 1, 'an unfixable error remains');
      // A GBK input comes back in GBK.
      const gbk = await runCli(['--stdin', '--fix'], { cwd: dir, stdin: iconv.encode(errorsLetter, 'gbk') });
      assert.equal(iconv.decode(gbk.bytes!, 'gb18030'), fixed);
    } finally {
      removeDir(dir);
    }
  });

  test('--stdin with file names is a usage error', async () => {
    const r = await runCli(['--stdin', 'a.txt'], { cwd: GENERIC });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^replylint: --stdin/);
  });
});

describe('encodings and line endings', () => {
  test('a GBK-encoded letter gives the same findings as its UTF-8 twin; BOM too', async () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'utf8.txt'), errorsLetter, 'utf8');
      writeFileSync(join(dir, 'gbk.txt'), iconv.encode(errorsLetter, 'gbk'));
      writeFileSync(join(dir, 'gb18030.txt'), iconv.encode(errorsLetter, 'gb18030'));
      writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(errorsLetter, 'utf8')]));
      assert.notDeepEqual(readFileSync(join(dir, 'gbk.txt')), readFileSync(join(dir, 'utf8.txt')));
      const r = await jsonOf(['utf8.txt', 'gbk.txt', 'gb18030.txt', 'bom.txt'], dir);
      assert.equal(r.code, 1);
      assert.ok(r.data[0].messages.length > 0);
      for (const f of r.data.slice(1)) assert.deepEqual(f.messages, r.data[0].messages, f.file);
    } finally {
      removeDir(dir);
    }
  });

  test('--fix writes a GBK file back in GBK and keeps CRLF', async () => {
    const dir = tempDir();
    try {
      const crlf = errorsLetter.replace(/\n/g, '\r\n');
      writeFileSync(join(dir, 'gbk.txt'), iconv.encode(crlf, 'gbk'));
      writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]));
      const r = await runCli(['--fix', 'gbk.txt', 'bom.txt'], { cwd: dir });
      assert.equal(r.code, 1, 'numbering-sequence is not safely fixable');
      const bytes = readFileSync(join(dir, 'gbk.txt'));
      assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'still GBK, not UTF-8');
      const text = iconv.decode(bytes, 'gb18030');
      assert.match(text, /示例交函〔2024〕15号\r\n/);
      assert.equal(text.split('\r\n').length, crlf.split('\r\n').length);
      assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/);
      const bom = readFileSync(join(dir, 'bom.txt'));
      assert.deepEqual([...bom.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.equal(bom.subarray(3).toString('utf8'), text);
    } finally {
      removeDir(dir);
    }
  });
});

describe('UTF-16 with BOM (little- and big-endian)', () => {
  const utf16 = (text: string, order: 'le' | 'be') => {
    const le = Buffer.from('\ufeff' + text, 'utf16le');
    return order === 'le' ? le : le.swap16();
  };

  test('UTF-16 LE and BE letters, LF and CRLF, give exactly the findings of their UTF-8 twins', async () => {
    const dir = tempDir();
    try {
      const crlf = errorsLetter.replace(/\n/g, '\r\n');
      writeFileSync(join(dir, 'utf8.txt'), errorsLetter);
      writeFileSync(join(dir, 'utf8-crlf.txt'), crlf);
      for (const order of ['le', 'be'] as const) {
        writeFileSync(join(dir, `${order}.txt`), utf16(errorsLetter, order));
        writeFileSync(join(dir, `${order}-crlf.txt`), utf16(crlf, order));
      }
      const r = await jsonOf(['utf8.txt', 'le.txt', 'be.txt', 'utf8-crlf.txt', 'le-crlf.txt', 'be-crlf.txt'], dir);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, '');
      assert.ok(r.data[0].messages.length > 0);
      for (const f of r.data.slice(1, 3)) assert.deepEqual(f.messages, r.data[0].messages, f.file);
      for (const f of r.data.slice(4)) assert.deepEqual(f.messages, r.data[3].messages, f.file);
      // Standard input too.
      const piped = await jsonOf(['--stdin'], dir, utf16(errorsLetter, 'be'));
      assert.deepEqual(piped.data[0].messages, r.data[0].messages);
    } finally {
      removeDir(dir);
    }
  });

  test('--fix writes UTF-16 back in its byte order with its BOM and CRLF; bytes outside the fixes unchanged', async () => {
    const dir = tempDir();
    try {
      const crlf = errorsLetter.replace(/\n/g, '\r\n');
      writeFileSync(join(dir, 'utf8.txt'), crlf);
      for (const order of ['le', 'be'] as const) writeFileSync(join(dir, `${order}.txt`), utf16(crlf, order));
      const r = await runCli(['--fix', 'utf8.txt', 'le.txt', 'be.txt'], { cwd: dir });
      assert.equal(r.code, 1, 'numbering-sequence is not safely fixable');
      const fixed = readFileSync(join(dir, 'utf8.txt'), 'utf8');
      assert.notEqual(fixed, crlf, 'the UTF-8 twin was fixed');
      assert.match(fixed, /示例交函〔2024〕15号\r\n/);
      for (const order of ['le', 'be'] as const) {
        // Exactly the fixed UTF-8 twin's text, encoded as the file was (same byte order, BOM, CRLF):
        // every code unit outside the fixes keeps its two bytes.
        assert.deepEqual(readFileSync(join(dir, `${order}.txt`)), utf16(fixed, order), order);
      }
      // A file with nothing to fix is left byte-identical.
      const clean = readFileSync(join(GENERIC, 'clean.txt'), 'utf8').replace(/\n/g, '\r\n');
      writeFileSync(join(dir, 'clean-le.txt'), utf16(clean, 'le'));
      const c = await runCli(['--fix', 'clean-le.txt'], { cwd: dir });
      assert.equal(c.code, 0, c.stdout + c.stderr);
      assert.deepEqual(readFileSync(join(dir, 'clean-le.txt')), utf16(clean, 'le'));
      // --stdin --fix answers in the input's encoding.
      const piped = await runCli(['--stdin', '--fix'], { cwd: dir, stdin: utf16(crlf, 'le') });
      assert.deepEqual(piped.bytes, utf16(fixed, 'le'));
    } finally {
      removeDir(dir);
    }
  });
});

describe('inputs that cannot be linted', () => {
  test('a binary file is skipped with one stderr line, the others are linted, exit 2', async () => {
    const dir = tempDir('replylint-cli-', true);
    try {
      writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
      const r = await jsonOf(['clean.txt', 'scan.txt'], dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'replylint: scan.txt skipped: binary file, not a letter\n');
      assert.deepEqual(
        r.data.map((f) => f.file),
        ['clean.txt'],
      );
    } finally {
      removeDir(dir);
    }
  });

  test('a file over --max-file-size (default 5 MB) is skipped, exit 2', async () => {
    const dir = tempDir('replylint-cli-', true);
    try {
      const big = errorsLetter + '\n' + '示例文字。'.repeat(Math.ceil((5 * 1024 * 1024) / 15) + 10);
      writeFileSync(join(dir, 'big.txt'), big);
      const r = await runCli(['clean.txt', 'big.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^replylint: big\.txt skipped: 5\.\d MB is over the 5 MB limit \(--max-file-size\)\n$/);
      const small = await runCli(['--max-file-size', '0.1KB', 'with-errors.txt'], { cwd: dir });
      assert.equal(small.code, 2);
      assert.match(small.stderr, /with-errors\.txt skipped: .* over the 102 B limit/);
      const raised = await runCli(['--max-file-size', '8MB', '--rule', 'doc-number-brackets', '--format', 'json', 'big.txt'], { cwd: dir });
      assert.equal(raised.code, 1, 'linted when the limit allows');
      const bad = await runCli(['--max-file-size', 'lots', 'clean.txt'], { cwd: dir });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--max-file-size expects a size/);
    } finally {
      removeDir(dir);
    }
  });
});

describe('--print-config', () => {
  test('prints the resolved configuration as JSON', async () => {
    const r = await runCli(['--print-config', 'clean.txt', '--profile', 'xiamen', '--rule', 'doc-number-brackets'], { cwd: GENERIC });
    assert.equal(r.code, 0);
    const config = JSON.parse(r.stdout);
    assert.equal(config.profile, 'xiamen');
    assert.deepEqual(config.only, ['doc-number-brackets']);
  });
});
