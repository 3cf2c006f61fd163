/**
 * The reply parser: a unified parser plugin (`unified().use(replyParse)`) and the plain
 * function it wraps. Text in, reply syntax tree out; the tree keeps the original text in
 * `data.text`, so rules can read exact characters at any node's offsets.
 */
import type { Plugin } from 'unified';
import { LineIndex } from '../text/positions';
import { segment } from './segment';
import { buildLetter } from './letter';
import { letterKind } from './kind';
import { markdownView } from './markdown';
import { pos } from './position';
import { findHalfWidth } from './halfwidth';
import { rangeOf } from '../text/spans';
import { CharIndex } from '../text/char-index';
import type { ReplyRoot } from './types';

export interface ParseOptions {
  format?: 'txt' | 'md';
}

export interface ParseResult {
  tree: ReplyRoot;
  lines: LineIndex;
}

export function parseReply(text: string, options: ParseOptions = {}): ParseResult {
  const format = options.format ?? 'txt';
  const lines = new LineIndex(text);
  const md = format === 'md' ? markdownView(text) : undefined;
  const prose = md ? md.prose : text;
  // One pass finds every character the parser's and the rules' scanners look for.
  const chars = new CharIndex(prose);
  // The prose view keeps every line break where the text has it: the same line starts.
  const raw = segment(prose, lines.lineStarts, chars);
  const built = buildLetter(prose, raw, lines, chars, text);
  built.parts.kind = letterKind(built.parts, prose, md?.meta ?? {});
  const longest = raw.reduce((m, b) => Math.max(m, b.range[1] - b.range[0]), 0);
  const splitInside = raw.filter((b) => !b.lineStart).length;
  const tree: ReplyRoot = {
    type: 'root',
    children: built.children,
    position: pos(lines, 0, text.length),
    data: {
      text,
      format,
      blocks: built.blocks,
      parts: built.parts,
      masked: md?.masked ?? [],
      meta: md?.meta ?? {},
      metaRange: md?.metaRange,
      directives: md?.directives ?? [],
      scraped: splitInside >= 3 && splitInside >= raw.length / 3 && longest < text.length,
      unclosedTitles: built.unclosedTitles,
      strayTitleCloses: built.strayTitleCloses,
      // Page residue after the letter is reported whole (trailing-boilerplate), not mark by mark.
      halfWidth: findHalfWidth(prose, [...(md?.masked ?? []), ...built.parts.boilerplate.map(rangeOf)], chars),
      metaError: md?.metaError,
    },
  };
  // Kept with the tree for the rules (not enumerable: not part of the tree's data).
  Object.defineProperty(tree.data, 'charIndex', { value: chars });
  return { tree, lines };
}

/** unified parser plugin: `unified().use(replyParse).parse(text)` gives the reply tree. */
export const replyParse: Plugin<[ParseOptions?], string, ReplyRoot> = function (options) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this;
  self.parser = (doc: string) => parseReply(doc, options ?? {}).tree;
};

export type * from './types';
