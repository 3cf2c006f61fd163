/**
 * Word letters in the editor. The client shows a .docx as a read-only virtual document
 * (`replylint-docx:` + the file's path) whose text this module serves; that document is linted
 * like any letter (its config is the .docx's folder's), findings on Word's automatic numbers say
 * so, and the review writes NAME.reviewed.docx beside the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocxFormat, type DocxText, lint, loadDocxFormat, type LintConfig, type Locale, type ReplyMessage } from '../index';
import { WORD_SCHEME, type WordReviewParams, type WordReviewResult, type WordTextParams, type WordTextResult } from './protocol';
import { URI } from './uri';

export function isWordView(uri: string): boolean {
  return uri.startsWith(`${WORD_SCHEME}:`);
}

/** replylint-docx:/path/letter.docx → /path/letter.docx */
export function wordSourcePath(uri: string): string | undefined {
  return isWordView(uri) ? URI.fsPath(`file://${uri.slice(WORD_SCHEME.length + 1)}`) : undefined;
}

function viewUriOf(fileUri: string): string {
  return `${WORD_SCHEME}:${fileUri.replace(/^file:\/\//, '')}`;
}

/** The last text served per view, with its map (to say which findings sit on automatic numbers). */
const served = new Map<string, DocxText>();

/** The Word reader, loaded by the first Word view (a view's map exists only once it is loaded). */
let docx: DocxFormat | undefined;

function failure(err: unknown, path: string): string {
  if (docx && err instanceof docx.DocxError) return `${path}: ${err.message}`;
  return `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
}

export async function wordText(params: WordTextParams): Promise<WordTextResult> {
  const path = URI.fsPath(params?.uri ?? '');
  if (!path) return { error: `not a file: ${params?.uri}` };
  docx ??= await loadDocxFormat();
  try {
    const { map } = docx.openDocx(readFileSync(path));
    served.set(viewUriOf(params.uri), map);
    return { text: map.text, paragraphs: map.paragraphs.length };
  } catch (err) {
    return { error: failure(err, path) };
  }
}

/** Findings on a Word view: those on an automatic number say so and lose their text edits. */
export function adaptWordMessages(uri: string, text: string, messages: ReplyMessage[]): void {
  const map = served.get(uri);
  if (docx && map && map.text === text) docx.adaptMessages(map, messages);
}

export function forgetWordView(uri: string): void {
  served.delete(uri);
}

/** `analyze` gives the config and locale the open view of this .docx would be linted with. */
export async function wordReview(params: WordReviewParams, analyze: (doc: TextDocument) => Promise<{ config: LintConfig; locale: Locale }>): Promise<WordReviewResult> {
  const path = URI.fsPath(params?.uri ?? '');
  if (!path) return { error: `not a file: ${params?.uri}` };
  const word = (docx ??= await loadDocxFormat());
  try {
    const bytes = readFileSync(path);
    const { map } = word.openDocx(bytes);
    const { config, locale } = await analyze(TextDocument.create(viewUriOf(params.uri), 'plaintext', 0, map.text));
    const r = word.reviewDocx(bytes, (text) => lint({ text, format: 'txt', path }, config).messages, { locale });
    const out = word.reviewedName(path);
    writeFileSync(out, r.output);
    return { output: URI.file(out), comments: r.comments, changes: r.changes };
  } catch (err) {
    return { error: failure(err, path) };
  }
}
