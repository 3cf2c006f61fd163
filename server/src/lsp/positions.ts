/**
 * The one place where engine offsets (UTF-16, 0-based) become LSP positions and back.
 * Everything in the server that needs a Range or a TextEdit goes through here.
 */
import type { Range as LspRange, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Edit, type Range } from '../index';

export function toLspRange(doc: TextDocument, range: Range): LspRange {
  return { start: doc.positionAt(range[0]), end: doc.positionAt(range[1]) };
}

export function toTextEdit(doc: TextDocument, edit: Edit): TextEdit {
  return { range: toLspRange(doc, edit.range), newText: edit.text };
}

/** 1-based line/column (config errors) → offset, so they reach the editor through toLspRange too. */
export function offsetOfPoint(doc: TextDocument, line: number, column: number): number {
  return doc.offsetAt({ line: Math.max(0, line - 1), character: Math.max(0, column - 1) });
}
