/**
 * Writes docs/tree.md: the reply tree of the seed letter (examples/seed.reply.txt) — the node
 * types, an outline of the tree with UTF-16 offsets, and the `parts` record field by field, each
 * explained by its doc comment in server/src/parse/types.ts (one source for the explanations).
 * `--check` writes nothing and exits 1 when docs/tree.md differs from what the parser gives
 * today (test/parse/tree-doc.test.ts runs the same check).
 *   npx tsx scripts/gen-tree.ts            regenerate (also part of npm run gen:docs)
 *   npx tsx scripts/gen-tree.ts --check
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReply, type Block, type Citation, type DateNode, type DocNumber, type EnumItem, type Heading, type Inline, type LetterParts, type Range, type ReplyRoot, type Section } from '../server/src/index';

const ROOT = new URL('..', import.meta.url).pathname;
export const TREE_DOC = join(ROOT, 'docs', 'tree.md');
const SEED = 'examples/seed.reply.txt';
const TYPES = 'server/src/parse/types.ts';

/** What each block type is (BlockType in parse/types.ts). */
const BLOCK_TYPES: Array<[string, string]> = [
  ['title', '标题 — the title (a title wrapped onto two lines gives two title blocks; `parts.title` spans both)'],
  ['docNumberLine', '文号 line in the header (厦工信函〔2023〕25号)'],
  ['headerDate', 'a date line in the header'],
  ['resultCategory', 'the printed result category (A类)'],
  ['disclosure', '公开属性 (主动公开 / 依申请公开) in the header'],
  ['letterhead', 'the organ named above the title'],
  ['salutation', '称谓 (郭海峰代表：), read into its parts'],
  ['paragraph', 'a paragraph of the opening or the body'],
  ['heading', 'a body paragraph that starts with a numbering marker (一、 （一） 1.); opens a section'],
  ['closing', '结束语 (感谢…关心和支持 / 特此函复)'],
  ['field', 'a labelled field (领导署名：, 联系人：, 联系电话：); its fields are in `parts.fields`'],
  ['attachment', '附件 lines'],
  ['cc', '抄送 / 抄报 line'],
  ['note', '附注 (（联系人：…，电话：…）) and the 印发 line'],
  ['issuer', '发文机关署名, the issuing organ'],
  ['issueDate', '成文日期, the date of issue'],
  ['appendix', '附：… after the date: appended text that belongs to the letter'],
  ['boilerplate', 'page residue after the letter (相关阅读, 版权声明, table bars): no rule reads it'],
];

/** What each inline node is (Inline in parse/types.ts). */
const INLINE_TYPES: Array<[string, string]> = [
  ['citation', '《title》, with the 文号 in brackets right after it when there is one (`docNumber`)'],
  ['docNumber', '文号: agency (机关代字), year, serial, the brackets and 号, each with its range'],
  ['date', 'a date with its form (cn 2023年4月10日, dash 2023-4-10, …), year, month, day'],
  ['enumItem', 'an enumerator in running text: 一是 / 第一 / 其一 / 首先 with its ordinal'],
];

const clip = (s: string, n = 24) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return [...t].length > n ? `${[...t].slice(0, n).join('')}…` : t;
};
const span = (r: Range) => `[${r[0]}, ${r[1]})`;
const offsets = (n: { position: { start: { offset?: number }; end: { offset?: number } } }): Range => [n.position.start.offset!, n.position.end.offset!];
const quoted = (text: string, r: Range, n = 24) => `“${clip(text.slice(r[0], r[1]), n)}”`;

function inlineLine(text: string, x: Inline): string {
  const r = offsets(x);
  if (x.type === 'citation') {
    const c = x as Citation;
    return `citation ${span(r)} 《${clip(c.title, 20)}》${c.docNumber ? ` with docNumber ${c.docNumber.raw}` : ''}`;
  }
  if (x.type === 'docNumber') return `docNumber ${span(r)} ${(x as DocNumber).raw}`;
  if (x.type === 'date') {
    const d = x as DateNode;
    return `date ${span(r)} ${d.raw} (${d.form}: ${d.year}-${d.month}-${d.day})`;
  }
  const e = x as EnumItem;
  return `enumItem ${span(r)} ${e.raw} (${e.style}, ordinal ${e.ordinal})`;
}

function outline(tree: ReplyRoot): string[] {
  const text = tree.data.text;
  const out: string[] = [`root [0, ${text.length})${tree.data.scraped ? ' — scraped: one long line cut into blocks' : ''}`];
  const walk = (nodes: Array<Section | Block>, depth: number) => {
    const pad = '  '.repeat(depth);
    for (const n of nodes) {
      if (n.type === 'section') {
        const s = n as Section;
        // The heading is the section's first child: shown on the section's line, with its inlines.
        out.push(`${pad}section depth ${s.depth} ${span(offsets(s))} heading ${span(offsets(s.heading))} ${s.heading.marker.raw}${clip(s.heading.heading, 16)}`);
        for (const x of s.heading.inlines) out.push(`${pad}  · ${inlineLine(text, x)}`);
        walk(s.children.slice(1), depth + 1);
        continue;
      }
      const b = n as Block;
      const r = offsets(b);
      const head = b.type === 'heading' ? ` marker ${(b as Heading).marker.raw}` : '';
      out.push(`${pad}${b.type} ${span(r)}${head} ${quoted(text, r)}`);
      for (const x of b.inlines) out.push(`${pad}  · ${inlineLine(text, x)}`);
    }
  };
  walk(tree.children, 1);
  return out;
}

/** The doc comment of every LetterParts field in parse/types.ts. */
export function partsComments(source = readFileSync(join(ROOT, TYPES), 'utf8')): Map<string, string> {
  const body = source.slice(source.indexOf('export interface LetterParts {'));
  const block = body.slice(0, body.indexOf('\n}\n'));
  const out = new Map<string, string>();
  const re = /\/\*\*([\s\S]*?)\*\/\s*\n\s*(\w+)\??:/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(block)))
    out.set(
      m[2],
      m[1]
        .replace(/\n\s*\*\s?/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  return out;
}

/** Any node of the tree: a block, a section or an inline node. */
type AnyNode = { type: string; position: { start: { offset?: number }; end: { offset?: number } } };

function isNode(v: unknown): v is AnyNode {
  return !!v && typeof v === 'object' && 'position' in v && 'type' in v;
}

function value(text: string, v: unknown): string[] {
  if (v === undefined) return ['— (none in the seed)'];
  if (Array.isArray(v)) {
    if (v.length === 2 && typeof v[0] === 'number') return [`${span(v as Range)} ${quoted(text, v as Range)}`];
    if (v.length === 0) return ['[] (none in the seed)'];
    const shown = v.slice(0, 4).map((x) => `- ${isNode(x) ? nodeLine(text, x) : JSON.stringify(x)}`);
    if (v.length > 4) shown.push(`- … ${v.length - 4} more (${v.length} in all)`);
    return shown;
  }
  if (isNode(v)) {
    const lines = [nodeLine(text, v)];
    const own = Object.entries(v).filter(([k]) => !['type', 'value', 'inlines', 'position'].includes(k));
    for (const [k, x] of own) lines.push(`- \`${k}\`: ${field(text, x)}`);
    return lines;
  }
  if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `- \`${k}\`: ${field(text, x)}`);
  return [String(v)];
}

function nodeLine(text: string, n: AnyNode): string {
  const r = offsets(n);
  if (n.type === 'date' || n.type === 'citation' || n.type === 'docNumber' || n.type === 'enumItem') return inlineLine(text, n as Inline);
  if (n.type === 'section') return `section depth ${(n as Section).depth} ${span(r)} ${quoted(text, offsets((n as Section).heading))}`;
  return `${n.type} ${span(r)} ${quoted(text, r)}`;
}

function field(text: string, x: unknown): string {
  if (x === undefined) return '—';
  if (Array.isArray(x) && x.length === 2 && typeof x[0] === 'number') return `${span(x as Range)} ${quoted(text, x as Range)}`;
  if (isNode(x)) return nodeLine(text, x);
  if (Array.isArray(x)) {
    const items = x.map((y) => (y && typeof y === 'object' && 'range' in y ? `${(y as { name?: string }).name ?? ''} ${span((y as { range: Range }).range)}` : field(text, y)));
    return `[${items.join('; ')}]`;
  }
  if (x && typeof x === 'object')
    return `{ ${Object.entries(x)
      .map(([k, y]) => `${k}: ${field(text, y)}`)
      .join(', ')} }`;
  return typeof x === 'string' ? `“${x}”` : String(x);
}

/** The page, from the parser's output on the seed. */
export function treeDoc(): string {
  const text = readFileSync(join(ROOT, SEED), 'utf8');
  const { tree } = parseReply(text);
  const parts = tree.data.parts as LetterParts & Record<string, unknown>;
  const comments = partsComments();
  const out: string[] = [
    '# The reply tree',
    '',
    `<!-- Generated by scripts/gen-tree.ts from ${SEED}; do not edit (npm run gen:docs). -->`,
    '',
    'The parser (`server/src/parse/`) turns a letter into a tree that every rule reads: a [unist](https://github.com/syntax-tree/unist) root whose',
    'children are the letter’s blocks and sections, and `data.parts`, the letter’s parts found once. Offsets are UTF-16',
    '`[start, end)` into `data.text` (as JavaScript and LSP count), in every node’s `position` and in every range. The',
    'parser records what it saw and never judges; the rules judge. Each part is found by one module in',
    '`server/src/parse/letter/` whose header says how (`index.ts` calls them in reading order). This page shows the tree',
    `of the seed letter, \`${SEED}\` (${text.length} UTF-16 units, ${tree.data.blocks.length} blocks).`,
    '',
    '## Node types',
    '',
    '| Node | What it is |',
    '| --- | --- |',
    '| `root` | the letter; `data` holds `text`, `format`, `blocks` (every block in order), `parts`, `masked`, `meta`, `directives`, `scraped`, `halfWidth` |',
    '| `section` | a heading and what follows it up to the next heading of its level or above; `depth` 1–5 (一、 （一） 1. （1） ①) |',
    ...BLOCK_TYPES.map(([t, d]) => `| \`${t}\` | ${d} |`),
    ...INLINE_TYPES.map(([t, d]) => `| \`${t}\` (inline) | ${d} |`),
    '',
    'Blocks carry `value` (their text) and `inlines`; a `heading` adds `marker` and `heading`, a `field` adds `label`,',
    '`fieldValue` and their ranges, the `salutation` its parts (below).',
    '',
    '## The tree of the seed',
    '',
    'Each line: node type, `[start, end)`, then the start of its text; a section shows its heading block on its own line;',
    '`·` lines are the inline nodes of the block (or heading) above.',
    '',
    '```text',
    ...outline(tree),
    '```',
    '',
    '## `parts`',
    '',
    'The record the rules read (`ctx.parts`, type `LetterParts`). Each field with its value in the seed and what it is',
    '(the doc comment in `server/src/parse/types.ts`).',
    '',
  ];
  for (const [name, comment] of comments) {
    out.push(`### \`${name}\``, '', comment, '', ...value(text, parts[name]), '');
  }
  return out.join('\n');
}

/** True when docs/tree.md is what the parser gives today. */
export function treeDocFresh(): boolean {
  return existsSync(TREE_DOC) && readFileSync(TREE_DOC, 'utf8') === treeDoc();
}

function main(): number {
  if (process.argv.includes('--check')) {
    if (treeDocFresh()) return 0;
    console.error('docs/tree.md is out of date (run npm run gen:docs)');
    return 1;
  }
  writeFileSync(TREE_DOC, treeDoc());
  console.log('docs/tree.md written');
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) process.exitCode = main();
