/**
 * Starts the BUILT language server (`dist/server.cjs --stdio`) and talks JSON-RPC to it with
 * vscode-languageserver-protocol, as any editor would. Rebuilds the bundle first when a source
 * file is newer than it (so `node test/run.mjs` never tests a stale server).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeParams,
  type WorkspaceEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';

export const SERVER = join(ROOT, 'dist', 'server.cjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestSource(p) : name.endsWith('.ts') ? st.mtimeMs : 0);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than server/src (one builder at a time). */
export function ensureBuilt(): void {
  const stale = () => !existsSync(SERVER) || statSync(SERVER).mtimeMs < newestSource(join(ROOT, 'server', 'src'));
  if (!stale()) return;
  const lock = join(ROOT, '.tmp', 'lsp-build.lock');
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('timed out waiting for another build');
      spawnSync(process.execPath, ['-e', 'setTimeout(()=>{},200)']);
      if (!stale()) return;
    }
  }
  try {
    if (stale()) {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
    }
  } finally {
    rmdirSync(lock);
  }
}

export interface Session {
  conn: ProtocolConnection;
  proc: ChildProcess;
  diagnostics: PublishDiagnosticsParams[];
  statuses: Array<{ uri: string; version: number | null; isReply: boolean; counts: { error: number; warning: number; info: number } }>;
  applied: WorkspaceEdit[];
  stderr: () => string;
  /** Resolves with the first publish for `uri` that satisfies `pred` (already received ones count). */
  waitForDiagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  change(uri: string, version: number, text: string): void;
  close(): Promise<void>;
}

export async function startServer(
  opts: {
    locale?: string;
    settings?: Record<string, unknown>;
    workspaceFolder?: string;
    documentChanges?: boolean;
    trusted?: boolean;
    /** Extra client capabilities (pull diagnostics, relatedInformation, …). */ capabilities?: { workspace?: Record<string, unknown>; textDocument?: Record<string, unknown>; window?: Record<string, unknown> };
  } = {},
): Promise<Session> {
  ensureBuilt();
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d) => (err += String(d)));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const diagnostics: PublishDiagnosticsParams[] = [];
  const statuses: Session['statuses'] = [];
  const applied: WorkspaceEdit[] = [];
  const waiters: Array<{ uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    diagnostics.push(p);
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i].uri === p.uri && waiters[i].pred(p)) {
        waiters[i].resolve(p);
        waiters.splice(i, 1);
      }
    }
  });
  conn.onNotification('replylint/status', (p: Session['statuses'][number]) => statuses.push(p));
  conn.onNotification('window/logMessage', () => undefined);
  conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
    applied.push(p.edit);
    return { applied: true };
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();

  const init: InitializeParams = {
    processId: process.pid,
    rootUri: opts.workspaceFolder ? `file://${opts.workspaceFolder}` : null,
    workspaceFolders: opts.workspaceFolder ? [{ uri: `file://${opts.workspaceFolder}`, name: 'ws' }] : null,
    capabilities: {
      ...opts.capabilities,
      workspace: { workspaceEdit: { documentChanges: opts.documentChanges ?? true }, ...opts.capabilities?.workspace },
      textDocument: { publishDiagnostics: { versionSupport: true }, ...opts.capabilities?.textDocument },
    },
    locale: opts.locale ?? 'zh-cn',
    initializationOptions: { settings: opts.settings ?? {}, ...(opts.trusted === undefined ? {} : { trusted: opts.trusted }) },
  };
  await conn.sendRequest('initialize', init);
  await conn.sendNotification('initialized', {});

  return {
    conn,
    proc,
    diagnostics,
    statuses,
    applied,
    stderr: () => err,
    waitForDiagnostics(uri, pred = () => true, timeoutMs = 10_000) {
      const hit = diagnostics.find((p) => p.uri === uri && pred(p));
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
        waiters.push({
          uri,
          pred,
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
        });
      });
    },
    open(uri, text, languageId = 'plaintext', version = 1) {
      void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, text) {
      void conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    async close() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await conn.sendNotification('exit');
      } catch {
        // already gone
      }
      conn.dispose();
      await new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        const t = setTimeout(() => {
          proc.kill();
          resolve();
        }, 2000);
        proc.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
    },
  };
}

/** Applies LSP TextEdits (0-based positions) to a text, the way an editor does. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') lineStarts.push(i + 1);
    else if (text[i] === '\r' && text[i + 1] !== '\n') lineStarts.push(i + 1);
  }
  const offsetOf = (p: { line: number; character: number }) => Math.min(text.length, (lineStarts[p.line] ?? text.length) + p.character);
  const sorted = edits.map((e) => ({ s: offsetOf(e.range.start), e: offsetOf(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s || b.e - a.e);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}

/** The TextEdits of a WorkspaceEdit for one document (changes or documentChanges). */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  if (edit.changes?.[uri]) return edit.changes[uri];
  const out: TextEdit[] = [];
  for (const dc of edit.documentChanges ?? []) {
    if ('textDocument' in dc && dc.textDocument.uri === uri) out.push(...(dc.edits as TextEdit[]));
  }
  return out;
}

/** Polls until `f` returns something (notifications arrive asynchronously). */
export async function until<T>(f: () => T | undefined, timeoutMs = 5000): Promise<T | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = f();
    if (v !== undefined || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
}
