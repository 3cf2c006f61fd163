/**
 * Word letters in the editor. The client shows a .docx as a read-only virtual document
 * (`replylint-docx:` + the file's path) whose text this module serves; that document is linted
 * like any letter (its config is the .docx's folder's), findings on Word's automatic numbers say
 * so, and the review writes NAME.reviewed.docx beside the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type LintConfig } from '../engine/lint';
import type { Locale, ReplyMessage } from '../engine/messages';
import { adaptMessages, DocxError, openDocx, reviewDocx, reviewedName, type DocxText } from '../formats/docx';
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

function failure(err: unknown, path: string): string {
  if (err instanceof DocxError) return `${path}: ${err.message}`;
  return `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
}

export function wordText(params: WordTextParams): WordTextResult {
  const path = URI.fsPath(params?.uri ?? '');
  if (!path) return { error: `not a file: ${params?.uri}` };
  try {
    const { map } = openDocx(readFileSync(path));
    served.set(viewUriOf(params.uri), map);
    return { text: map.text, paragraphs: map.paragraphs.length };
  } catch (err) {
    return { error: failure(err, path) };
  }
}

/** Findings on a Word view: those on an automatic number say so and lose their text edits. */
export function adaptWordMessages(uri: string, text: string, messages: ReplyMessage[]): void {
  const map = served.get(uri);
  if (map && map.text === text) adaptMessages(map, messages);
}

export function forgetWordView(uri: string): void {
  served.delete(uri);
}

/** `analyze` gives the config and locale the open view of this .docx would be linted with. */
export async function wordReview(params: WordReviewParams, analyze: (doc: TextDocument) => Promise<{ config: LintConfig; locale: Locale }>): Promise<WordReviewResult> {
  const path = URI.fsPath(params?.uri ?? '');
  if (!path) return { error: `not a file: ${params?.uri}` };
  try {
    const bytes = readFileSync(path);
    const { map } = openDocx(bytes);
    const { config, locale } = await analyze(TextDocument.create(viewUriOf(params.uri), 'plaintext', 0, map.text));
    const r = reviewDocx(bytes, (text) => lint({ text, format: 'txt', path }, config).messages, { locale });
    const out = reviewedName(path);
    writeFileSync(out, r.output);
    return { output: URI.file(out), comments: r.comments, changes: r.changes };
  } catch (err) {
    return { error: failure(err, path) };
  }
}
