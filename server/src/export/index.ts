/**
 * Word export: a linted letter → a .docx in the GB/T 9704-2012 layout. The letter is linted
 * first; a letter with errors is not exported unless forced, so what is printed is what passed.
 * The .docx is built from the reply tree of that same lint (parsed once). The writer itself is
 * linted.ts (the lazily loaded bundle); exportLetter lints and hands the result to it.
 */
import { lint, type LintConfig } from '../engine/lint';
import { exportLinted, type ExportOptions, type ExportResult } from './linted';

export { GB9704, isLayoutProfile, PROFILE_LAYOUTS, layoutFor, resolveLayout, type Layout, type LayoutOverrides } from '../profiles/layout';
export { letterElements, type LetterElement } from './elements';
export { ExportError, exportLinted, type ExportOptions, type ExportResult } from './linted';

export interface ExportInput {
  text: string;
  /** Picks .md or .txt parsing; also the letter's name in the document properties. */
  path?: string;
  format?: 'txt' | 'md';
}

export async function exportLetter(input: ExportInput, config: LintConfig, options: ExportOptions = {}): Promise<ExportResult> {
  return exportLinted(lint({ text: input.text, path: input.path, format: input.format }, config), config, options);
}
