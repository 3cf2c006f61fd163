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

export function markdownView(text: string): MarkdownView {
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
        try {
          const v = parseYaml((node as unknown as { value: string }).value);
          if (v && typeof v === 'object') meta = v as Record<string, unknown>;
        } catch (err) {
          metaError = (err as Error).message.split('\n')[0];
        }
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
        const v = (node as unknown as { value: string }).value.trim();
        const m = DIRECTIVE.exec(v);
        if (m) {
          const rules = m[2].split(/[\s,]+/).filter(Boolean);
          directives.push({ kind: m[1] as Directive['kind'], rules, range: [s, e] });
        }
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
  const chars = text.split('');
  for (const [s, e] of masked) {
    for (let i = s; i < e; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  }
  // Blockquote markers on continuation lines are not covered by node starts.
  return { prose: chars.join(''), masked, meta, metaRange, metaError, directives };
}
