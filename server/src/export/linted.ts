/**
 * The Word writer's entry: a letter already linted → a .docx in the GB/T 9704-2012 layout. A
 * letter with errors is not exported unless forced, so what is printed is what passed; the .docx
 * is built from the reply tree of that lint (parsed once) and read back before it is returned.
 * This module and what it imports (the `docx` library, the Word reader) are the bundle
 * dist/word-export.cjs, loaded on first use (load.ts); it needs no linting of its own.
 */
import type { LintConfig, LintResult } from '../engine/lint';
import type { ReplyMessage } from '../engine/messages';
import type { Profile } from '../profiles';
import { letterElements, type LetterElement } from './elements';
import { openDocx } from '../formats/docx';
import { writeDocx } from './docx-writer';
import { PROFILE_LAYOUTS, resolveLayout, type Layout, type LayoutOverrides } from '../profiles/layout';

export interface ExportOptions {
  /** Export even when the letter has errors. */
  force?: boolean;
  /** A layout variant (PROFILE_LAYOUTS key) on top of the lint profile's own layout. */
  layoutProfile?: string;
  /** Any further layout numbers. */
  layout?: LayoutOverrides;
}

export interface ExportResult {
  /** The .docx; absent when the letter has errors and `force` was not given. */
  bytes?: Buffer;
  /** Every finding of the lint before export. */
  messages: ReplyMessage[];
  errors: ReplyMessage[];
  elements: LetterElement[];
  layout: Layout;
  lint: LintResult;
}

/**
 * The layout of the lint profile: built-in variants by id (what it extends, then its own), then a
 * profile file's `layout` (validated against layoutSchema when the config was loaded).
 */
function profileLayout(config: LintConfig, variant: string | undefined, extra: LayoutOverrides | undefined): Layout {
  const p = config.profile;
  const ids = typeof p === 'string' ? [p] : p && typeof p === 'object' ? [(p as Profile).extends, (p as Profile).id] : [];
  const own = p && typeof p === 'object' ? ((p as Profile).layout as LayoutOverrides | undefined) : undefined;
  return resolveLayout(...ids.map((id) => (id ? PROFILE_LAYOUTS[id] : undefined)), own, variant ? PROFILE_LAYOUTS[variant] : undefined, extra);
}

/** The export of a letter already linted with `config` (the language server has its result at hand). */
export async function exportLinted(result: LintResult, config: LintConfig, options: ExportOptions = {}): Promise<ExportResult> {
  const errors = result.messages.filter((m) => m.severity === 'error');
  const layout = profileLayout(config, options.layoutProfile, options.layout);
  const elements = letterElements(result.tree);
  const base = { messages: result.messages, errors, elements, layout, lint: result };
  if (errors.length > 0 && !options.force) return base;
  const title = elements.find((e) => e.role === 'title')?.text;
  const bytes = await writeDocx(elements, layout, { title });
  readBack(bytes, elements);
  return { ...base, bytes };
}

export class ExportError extends Error {
  override name = 'ExportError';
}

/**
 * The export read back with the Word reader that lints .docx letters (formats/docx): it must hold
 * the letter's text, character for character (line breaks aside), or nothing is written.
 */
function readBack(bytes: Uint8Array, elements: LetterElement[]): void {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const back = squeeze(openDocx(bytes).map.text);
  const printed = squeeze(elements.map((e) => e.text).join(''));
  if (back !== printed) {
    let at = 0;
    while (at < printed.length && back[at] === printed[at]) at++;
    throw new ExportError(`the Word document does not read back as the letter (from “${printed.slice(at, at + 12)}”); nothing written`);
  }
}
