/** The language server reads letters on disk (the workspace scan) as the CLI does: UTF-16 with BOM, GB18030, UTF-8. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { FIXTURES, read } from '../helpers';
import { startServer } from './harness';
import type { RegistryDraftResult } from '../../server/src/lsp/protocol';

const letter = read(join(FIXTURES, 'lsp', 'ws', 'letter.reply.txt'));

test('the workspace draft reads UTF-16 LE/BE (CRLF too) and GB18030 letters on disk like their UTF-8 twin', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'replylint-enc-'));
  const utf16le = (t: string) => Buffer.from('\ufeff' + t, 'utf16le');
  const crlf = letter.replace(/\n/g, '\r\n');
  writeFileSync(join(ws, 'a-utf8.reply.txt'), letter);
  writeFileSync(join(ws, 'b-le.reply.txt'), utf16le(letter));
  writeFileSync(join(ws, 'c-be.reply.txt'), utf16le(letter).swap16());
  writeFileSync(join(ws, 'd-be-crlf.reply.txt'), utf16le(crlf).swap16());
  writeFileSync(join(ws, 'e-gbk.reply.txt'), iconv.encode(letter, 'gbk'));
  const s = await startServer({ locale: 'zh-cn', workspaceFolder: ws });
  try {
    const r = (await s.conn.sendRequest('workspace/executeCommand', { command: 'replylint.server.buildRegistryDraft', arguments: [{ format: 'json' }] })) as RegistryDraftResult;
    assert.equal(r.letters, 5, r.text);
    const draft = JSON.parse(r.text) as { policies: Array<{ title: string; docNumber?: string; note: string }> };
    const rule = draft.policies.find((p) => p.title === '厦门市促进科技成果转移转化若干规定');
    assert.ok(rule, r.text);
    assert.equal(rule.docNumber, '厦府规〔2022〕5号');
    // Cited twice in each of the five letters; the places listed (the first five) are the UTF-8 twin's.
    assert.match(rule.note, /cited 10×/);
    const listed = [...rule.note.matchAll(/([a-z0-9-]+\.reply\.txt):(\d+:\d+)/g)].map((m) => `${m[1]} ${m[2]}`);
    const twin = listed.filter((p) => p.startsWith('a-utf8')).map((p) => p.split(' ')[1]);
    assert.equal(twin.length, 2, rule.note);
    assert.ok(
      listed.some((p) => p.startsWith('c-be')),
      rule.note,
    );
    for (const p of listed) assert.ok(twin.includes(p.split(' ')[1]), `${p}: ${rule.note}`);
  } finally {
    await s.close();
    rmSync(ws, { recursive: true, force: true });
  }
});
