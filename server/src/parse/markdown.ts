/**
 * Markdown letters: remark-parse finds what is not letter text (front matter, code, HTML,
 * heading hashes, emphasis and link syntax). Those ranges are blanked with spaces, so that the
 * letter parser sees the same offsets as the file while never judging Markdown syntax.
 * HTML comments carry the inline directives (replylint-disable …).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Node, Parent } from 'unist';
import type { Directive, Range } from './types';
import { plainMarkdown } from './markdown-plain';

export interface MarkdownView {
  /** The text with non-letter ranges blanked (same length as the input). */
  prose: string;
  masked: Range[];
  meta: Record<string, unknown>;
  metaRange?: Range;
  metaError?: string;
  directives: Directive[];
}

// Built on the first Markdown letter: text letters (the CLI on .txt files, the language server
// on plain-text documents) never set up the remark pipeline.
let processor: ReturnType<typeof mdProcessor> | undefined;
function mdProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
}

// The rule list is taken greedily (its spaces are split off later): a lazy list followed by
// \s* retried every split of a long run of spaces (quadratic on an unterminated comment).
const DIRECTIVE = /^<!--\s*replylint-(disable-next-line|disable|enable)\b([^>]*)-->$/;

/** The directive an HTML node's value spells, if any. */
function directiveOf(value: string, range: Range): Directive | undefined {
  const m = DIRECTIVE.exec(value.trim());
  if (!m) return undefined;
  return { kind: m[1] as Directive['kind'], rules: m[2].split(/[\s,]+/).filter(Boolean), range };
}

/** Front matter's YAML as the letter's metadata, or the first line of the YAML error. */
function metaOf(value: string): { meta?: Record<string, unknown>; error?: string } {
  try {
    const v = parseYaml(value);
    return v && typeof v === 'object' ? { meta: v as Record<string, unknown> } : {};
  } catch (err) {
    return { error: (err as Error).message.split('\n')[0] };
  }
}

/** The text with the masked ranges blanked (line breaks kept). */
function blank(text: string, masked: Range[]): string {
  if (masked.length === 0) return text;
  // Ranges sorted by start; they may nest or overlap.
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of masked) {
    const from = Math.max(s, at);
    if (e <= from) continue;
    parts.push(text.slice(at, from), text.slice(from, e).replace(/[^\r\n]/g, ' '));
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export function markdownView(text: string): MarkdownView {
  // A letter in plain Markdown (paragraphs, front matter, # headings, comment lines) is read
  // by one scan of its lines; anything more goes through remark-parse.
  const plain = plainMarkdown(text);
  if (plain) {
    const directives: Directive[] = [];
    for (const c of plain.comments) {
      const d = directiveOf(c.value, c.range);
      if (d) directives.push(d);
    }
    const { meta = {}, error: metaError } = plain.yaml ? metaOf(plain.yaml.value) : {};
    return { prose: blank(text, plain.masked), masked: plain.masked, meta, metaRange: plain.yaml?.range, metaError, directives };
  }
  return parsedView(text);
}

/** The view from remark-parse's tree (exported for the equivalence tests). */
export function parsedView(text: string): MarkdownView {
  processor ??= mdProcessor();
  const tree = processor.parse(text) as Parent;
  const masked: Range[] = [];
  const directives: Directive[] = [];
  let meta: Record<string, unknown> = {};
  let metaRange: Range | undefined;
  let metaError: string | undefined;

  const visit = (node: Node, parent?: Parent) => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === undefined || e === undefined) return;
    switch (node.type) {
      case 'yaml': {
        masked.push([s, e]);
        metaRange = [s, e];
        const { meta: m, error } = metaOf((node as unknown as { value: string }).value);
        if (m) meta = m;
        if (error !== undefined) metaError = error;
        return;
      }
      case 'code':
      case 'inlineCode':
      case 'thematicBreak':
      case 'definition':
      case 'image':
        masked.push([s, e]);
        return;
      case 'html': {
        masked.push([s, e]);
        const d = directiveOf((node as unknown as { value: string }).value, [s, e]);
        if (d) directives.push(d);
        return;
      }
      case 'heading': {
        // Blank the leading #s (and a closing run of #s): the heading's text is letter text.
        const p = node as Parent;
        const first = p.children[0]?.position?.start.offset ?? e;
        masked.push([s, first]);
        const last = p.children[p.children.length - 1]?.position?.end.offset ?? e;
        if (last < e) masked.push([last, e]);
        break;
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link': {
        const p = node as Parent;
        const first = p.children[0]?.position?.start.offset ?? e;
        const last = p.children[p.children.length - 1]?.position?.end.offset ?? s;
        if (first > s) masked.push([s, first]);
        if (e > last) masked.push([last, e]);
        break;
      }
      case 'blockquote':
      case 'listItem': {
        // The > and list bullets before the first child (ordered-list numbers are kept: they
        // are the letter's own 1. markers).
        const p = node as Parent;
        const first = p.children[0]?.position?.start.offset;
        if (first !== undefined && first > s) {
          const prefix = text.slice(s, first);
          if (!/^\s*\d+[.)]/.test(prefix)) masked.push([s, first]);
        }
        break;
      }
    }
    void parent;
    if ('children' in node) for (const c of (node as Parent).children) visit(c, node as Parent);
  };
  visit(tree);

  masked.sort((a, b) => a[0] - b[0]);
  // Blockquote markers on continuation lines are not covered by node starts.
  return { prose: blank(text, masked), masked, meta, metaRange, metaError, directives };
}
