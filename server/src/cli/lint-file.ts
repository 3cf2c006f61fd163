/**
 * One input → one outcome: resolve its config, check size, read, decode, lint, fix. The same
 * function runs in the main thread and in worker threads, so output never depends on which.
 * Outcomes are plain data (structured-clone safe): messages are copied off their VFileMessage.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type Decoded,
  decodeNative,
  encodeNative,
  type Encoding,
  factsFor,
  loadLegacyDecoding,
  fixUntilStable,
  type FolderConfig,
  type LetterFacts,
  lint,
  type LintConfig,
  loadConfigForFile,
  type ReplyMessage,
} from '../index';
import { DEFAULT_MAX_FILE_SIZE } from './args';
import type { ReportMessage } from './formatters/json';

export interface LintSettings {
  cwd: string;
  configFile?: string;
  noConfigLookup: boolean;
  overrides: Partial<LintConfig>;
  fix: boolean;
  /** --max-file-size; otherwise the config's `maxFileSize`, otherwise 5 MB. */
  maxFileSize?: number;
  /** This run's configs per folder (files do not change during a run); one per thread. */
  folderConfigs?: Map<string, FolderConfig>;
  /** Read each letter's facts for the workspace index (cross-letter rules, --summary). */
  workspace?: boolean;
}

export interface FileTask {
  file: string;
  abs: string;
}

export type FileOutcome =
  | { file: string; kind: 'linted'; messages: ReportMessage[]; /** fix passes that changed the text */ fixed?: number; facts?: LetterFacts }
  | { file: string; kind: 'skipped'; reason: string }
  | { file: string; kind: 'failed'; reason: string }
  /** Left out by the config's include/exclude: not an input problem. */
  | { file: string; kind: 'excluded' };

export function plainMessage(m: ReplyMessage): ReportMessage {
  const out: ReportMessage = {
    ruleId: m.ruleId,
    severity: m.severity,
    reason: m.reason,
    text: m.text,
    range: m.range,
    place: m.place,
    line: m.line,
    column: m.column,
    url: m.url,
  };
  if (m.fix) out.fix = m.fix;
  if (m.suggestions) out.suggestions = m.suggestions;
  return out;
}

/** Why a read or write failed, for a one-line message: the error code (ENOENT…), else the message. */
export function ioReason(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
}

export function formatSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KB`;
  return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
}

export function resolveConfig(abs: string | undefined, s: LintSettings): { config: LintConfig; maxFileSize: number; excluded: boolean } | { error: string } {
  const resolved = loadConfigForFile(abs, { configFile: s.configFile, noLookup: s.noConfigLookup, root: s.cwd, overrides: s.overrides, perFolder: s.folderConfigs });
  if (resolved.errors.length > 0) {
    const e = resolved.errors[0];
    return { error: `${e.file}:${e.line}:${e.column}: ${e.message}` };
  }
  const fromConfig = (resolved.config as { maxFileSize?: unknown }).maxFileSize;
  const maxFileSize = s.maxFileSize ?? (typeof fromConfig === 'number' && fromConfig >= 0 ? fromConfig : DEFAULT_MAX_FILE_SIZE);
  return { config: { locale: 'zh', ...resolved.config }, maxFileSize, excluded: resolved.ignored === true };
}

/** UTF-8 (nearly every file) and UTF-16 without loading iconv-lite; GB18030 only when one turns up. */
async function decodeLean(bytes: Buffer): Promise<Decoded> {
  return decodeNative(bytes) ?? (await loadLegacyDecoding()).decode(bytes);
}

async function encodeLean(text: string, encoding: Encoding): Promise<Buffer> {
  if (encoding !== 'gb18030') return encodeNative(text, encoding);
  return (await loadLegacyDecoding()).encode(text, encoding);
}

/**
 * Lints decoded text, applying safe fixes first when asked (the engine's fix-all, until stable);
 * with `workspace`, also reads the (fixed) letter's facts from the same parse.
 */
function lintAndFix(text: string, path: string | undefined, config: LintConfig, fix: boolean, workspace?: boolean): { text: string; messages: ReplyMessage[]; fixed: number; facts?: LetterFacts } {
  const r = fix ? fixUntilStable({ text, path }, config) : { output: text, passes: 0, result: lint({ text, path }, config) };
  const facts = workspace ? factsFor(r.result, config) : undefined;
  return { text: r.output, messages: r.result.messages, fixed: r.output === text ? 0 : r.passes, facts };
}

export async function lintFile(task: FileTask, s: LintSettings): Promise<FileOutcome> {
  const { file, abs } = task;
  const cfg = resolveConfig(abs, s);
  if ('error' in cfg) return { file, kind: 'failed', reason: cfg.error };
  if (cfg.excluded) return { file, kind: 'excluded' };
  // Word documents: their own reader and limits (docx-file.ts), loaded only when one turns up.
  if (/\.docx?$/i.test(abs)) return (await import('./docx-file')).lintDocxFile(task, cfg, s.fix);
  let bytes: Buffer;
  try {
    const size = statSync(abs).size;
    if (size > cfg.maxFileSize) {
      return { file, kind: 'skipped', reason: `${file} skipped: ${formatSize(size)} is over the ${formatSize(cfg.maxFileSize)} limit (--max-file-size)` };
    }
    bytes = readFileSync(abs);
  } catch (err) {
    return { file, kind: 'failed', reason: `cannot read ${file}: ${ioReason(err)}` };
  }
  const decoded = await decodeLean(bytes);
  if (decoded.kind === 'binary') return { file, kind: 'skipped', reason: `${file} skipped: binary file, not a letter` };
  const r = lintAndFix(decoded.text, abs, cfg.config, s.fix, s.workspace);
  if (r.fixed > 0) {
    try {
      writeFileSync(abs, await encodeLean(r.text, decoded.encoding));
    } catch (err) {
      return { file, kind: 'failed', reason: `cannot write fixes to ${file}: ${ioReason(err)}` };
    }
  }
  return { file, kind: 'linted', messages: r.messages.map(plainMessage), fixed: r.fixed || undefined, ...(r.facts ? { facts: r.facts } : {}) };
}

/** Standard input: the same steps; the fixed text is returned (encoded as it came) rather than written. */
export async function lintStdin(bytes: Buffer, name: string | undefined, s: LintSettings): Promise<{ outcome: FileOutcome; output?: Buffer }> {
  const file = name ?? '<stdin>';
  const abs = name ? resolve(s.cwd, name) : undefined;
  const cfg = resolveConfig(abs, s);
  if ('error' in cfg) return { outcome: { file, kind: 'failed', reason: cfg.error } };
  if (name && /\.docx?$/i.test(name)) {
    // A Word document on standard input (--stdin-filename letter.docx); with --fix the fixed document goes out.
    const r = await (await import('./docx-file')).lintDocxBytes(file, bytes, abs, cfg, s.fix);
    return { outcome: r.outcome, output: s.fix && r.outcome.kind === 'linted' ? Buffer.from(r.output ?? bytes) : undefined };
  }
  if (bytes.length > cfg.maxFileSize) {
    return { outcome: { file, kind: 'skipped', reason: `${file} skipped: ${formatSize(bytes.length)} is over the ${formatSize(cfg.maxFileSize)} limit (--max-file-size)` } };
  }
  const decoded = await decodeLean(bytes);
  if (decoded.kind === 'binary') return { outcome: { file, kind: 'skipped', reason: `${file} skipped: binary input, not a letter` } };
  const r = lintAndFix(decoded.text, name, cfg.config, s.fix, s.workspace);
  const output = s.fix ? (r.fixed > 0 ? await encodeLean(r.text, decoded.encoding) : bytes) : undefined;
  return { outcome: { file, kind: 'linted', messages: r.messages.map(plainMessage), fixed: r.fixed || undefined, ...(r.facts ? { facts: r.facts } : {}) }, output };
}
