/**
 * The language server's side of "Export to Word (GB/T 9704)": the letter it has already linted →
 * a .docx written where the client asked (or beside the letter), or its bytes for an unsaved
 * letter. The client never loads the engine; it sends the command and shows the answer. The Word
 * writer is loaded on the first export only (the door's loadWordExport).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultOutput, loadWordExport, type LintConfig, type LintResult } from '../index';
import type { ExportDocxOptions, ExportDocxResult } from './protocol';

export async function exportForEditor(result: LintResult, config: LintConfig, fsPath: string | undefined, opts: ExportDocxOptions = {}): Promise<ExportDocxResult> {
  const word = await loadWordExport();
  let r;
  try {
    r = await word.exportLinted(result, config, { force: opts.force === true, layoutProfile: opts.layoutProfile });
  } catch (err) {
    if (err instanceof word.ExportError) return { errors: 0, firstErrors: [], failure: err.message };
    throw err;
  }
  const firstErrors = r.errors.slice(0, 5).map((m) => ({ line: m.line ?? 1, message: m.reason, ruleId: m.ruleId }));
  const base: ExportDocxResult = { errors: r.errors.length, firstErrors };
  if (!r.bytes) return base;
  const target = opts.target ?? (fsPath ? defaultOutput(fsPath) : undefined);
  if (!target) return { ...base, base64: r.bytes.toString('base64') };
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, r.bytes);
  } catch (err) {
    return { ...base, failure: `cannot write ${target}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  return { ...base, written: target };
}
