// Language-server latency through real JSON-RPC over stdio: time from sending a didChange to
// receiving publishDiagnostics for that version (p50/p95; the 20 KB letter as .reply.txt and as
// .reply.md), and the server's peak RSS with 50 letters open. Uses only the standard protocol,
// so it measures what any editor sees.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function start(serverPath) {
  const proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const waiters = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}@${p.version}`;
    const w = waiters.get(key);
    if (w) {
      waiters.delete(key);
      w();
    }
  });
  conn.onRequest(() => null);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' });
  conn.sendNotification('initialized', {});
  const diagnostics = (uri, version) => new Promise((resolve) => waiters.set(`${uri}@${version}`, resolve));
  return { proc, conn, diagnostics };
}

/** Opens the document; `edit(i)` then types one character and resolves with the time to its diagnostics. */
async function openForEdits(s, uri, text, languageId = 'plaintext') {
  let version = 1;
  const ready = s.diagnostics(uri, version);
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  await ready;
  const lines = text.split('\n').length;
  return async (i) => {
    version++;
    const line = Math.floor((i * 7919) % Math.max(1, lines - 1));
    const done = s.diagnostics(uri, version);
    const t = performance.now();
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '的' }],
    });
    await done;
    return performance.now() - t;
  };
}

async function latency(s, uri, text, edits, languageId) {
  const edit = await openForEdits(s, uri, text, languageId);
  const times = [];
  for (let i = 0; i < edits; i++) times.push(await edit(i));
  return summary(times);
}

function summary(times) {
  return { p50: pct(times, 50), p95: pct(times, 95) };
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
  return hwm ? Number(hwm[1]) / 1024 : NaN;
}

export async function lspBench(serverPath, letter, oneMb) {
  // The 20 KB letter as .reply.txt and as .reply.md, each in its own fresh server (both start
  // cold, as an editor's server does), edited in turns: one keystroke on one, then on the other,
  // so that a slower phase of this shared machine weighs on both alike.
  const s = await start(serverPath);
  const sMd = await start(serverPath);
  try {
    const editTxt = await openForEdits(s, 'file:///bench/letter.reply.txt', letter);
    const editMd = await openForEdits(sMd, 'file:///bench/letter.reply.md', letter, 'markdown');
    const txt = [];
    const md = [];
    for (let i = 0; i < 200; i++) {
      txt.push(await editTxt(i));
      md.push(await editMd(i));
    }
    const small = summary(txt);
    const smallMd = summary(md);
    sMd.proc.kill();
    const big = await latency(s, 'file:///bench/big.reply.txt', oneMb, 20);
    const s2 = await start(serverPath);
    const opened = [];
    for (let i = 0; i < 50; i++) {
      const uri = `file:///bench/open-${i}.reply.txt`;
      opened.push(s2.diagnostics(uri, 1));
      s2.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: letter } });
    }
    await Promise.all(opened);
    const rss = rssMb(s2.proc.pid);
    s2.proc.kill();
    return { small, smallMd, big, rss50: rss };
  } finally {
    s.proc.kill();
    sMd.proc.kill();
  }
}
