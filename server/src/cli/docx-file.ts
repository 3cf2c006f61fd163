/**
 * A .docx (or .doc) input of the lint run: read the letter out of the Word document, lint the
 * text with the ordinary engine, report findings with their paragraph, and with --fix write the
 * safe fixes into the document. Loaded only when such a file turns up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type DocxFormat, type DocxText, lint, loadDocxFormat, type LintConfig, type LintText, type ReplyMessage } from '../index';
import type { ReportMessage } from './formatters/json';
import { ioReason, plainMessage, type FileOutcome, type FileTask } from './lint-file';

export function lintTextOf(path: string | undefined, config: LintConfig): LintText {
  return (text) => lint({ text, path, format: 'txt' }, config).messages;
}

/** Findings as report data with their paragraph and `第12段第5字` / `paragraph 12, char 5`. */
function docxReport(docx: DocxFormat, messages: ReplyMessage[], map: DocxText, locale: 'zh' | 'en'): ReportMessage[] {
  return messages.map((m) => ({ ...plainMessage(m), ...docx.placeOf(map, m.range[0], locale) }));
}

/**
 * A Word document's bytes → its outcome, and with `fix` the fixed document (undefined when
 * nothing changed). The size limit (--max-file-size) applies to the extracted text (UTF-8 bytes):
 * a .docx's own size says little (pictures), and the zip limits guard the reading.
 */
export async function lintDocxBytes(
  file: string,
  bytes: Uint8Array,
  path: string | undefined,
  cfg: { config: LintConfig; maxFileSize: number },
  fix: boolean,
): Promise<{ outcome: FileOutcome; output?: Uint8Array }> {
  const docx = await loadDocxFormat();
  const locale = cfg.config.locale ?? 'zh';
  try {
    const letter = docx.openDocx(bytes);
    const size = Buffer.byteLength(letter.map.text, 'utf8');
    if (size > cfg.maxFileSize) return { outcome: { file, kind: 'skipped', reason: `${file} skipped: its text (${size} bytes) is over the ${cfg.maxFileSize}-byte limit (--max-file-size)` } };
    const lintText = lintTextOf(path, cfg.config);
    if (!fix) return { outcome: { file, kind: 'linted', messages: docxReport(docx, docx.adaptMessages(letter.map, lintText(letter.map.text)), letter.map, locale) } };
    const r = docx.fixDocx(bytes, lintText, { letter });
    return { outcome: { file, kind: 'linted', messages: docxReport(docx, r.messages, r.map, locale), fixed: r.edits || undefined }, output: r.output };
  } catch (err) {
    if (err instanceof docx.DocxError) return { outcome: { file, kind: 'failed', reason: `${file}: ${err.message}` } };
    throw err;
  }
}

export async function lintDocxFile(task: FileTask, cfg: { config: LintConfig; maxFileSize: number }, fix: boolean): Promise<FileOutcome> {
  const { file, abs } = task;
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (err) {
    return { file, kind: 'failed', reason: `cannot read ${file}: ${ioReason(err)}` };
  }
  const r = await lintDocxBytes(file, bytes, abs, cfg, fix);
  if (r.output) {
    try {
      writeFileSync(abs, r.output);
    } catch (err) {
      return { file, kind: 'failed', reason: `cannot write fixes to ${file}: ${ioReason(err)}` };
    }
  }
  return r.outcome;
}
