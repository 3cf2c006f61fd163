/**
 * Writes docs/rules/<id>.md for every rule in server/src/rules/index.ts and the index
 * docs/rules/README.md, from the rules' own metadata (docs, source, examples, fix kind, options
 * schema and defaults, default severity). Every finding links to its rule's page
 * (engine/messages.ts DOCS_BASE). `--check` writes nothing and exits 1 when the committed docs
 * differ from what the code generates (test/cli/docs.test.ts runs the same check).
 *   npm run gen:docs            regenerate
 *   npx tsx scripts/gen-docs.ts --check
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  builtinProfiles,
  configurableRules,
  FORMULAS,
  KIND_LABELS,
  KIND_REQUIREMENTS,
  type ExampleLetter,
  type ExampleSpec,
  type LetterKindName,
  type Rule as LetterRule,
  type WorkspaceRule,
} from '../server/src/index';
import { fixedPart, runExamples } from '../test/harness/examples';
import { runCrossLetterExamples } from '../test/harness/cross-letter';
import { SLOT_LABEL } from '../test/harness/letter';

/** A documented rule: one letter's, or a cross-letter (workspace) rule. */
type Rule = LetterRule | WorkspaceRule;

export const DOCS_DIR = join(new URL('..', import.meta.url).pathname, 'docs', 'rules');

const CATEGORY: Record<Rule['category'], { zh: string; en: string }> = {
  header: { zh: '版头与标题', en: 'Header' },
  structure: { zh: '结构', en: 'Structure' },
  numbering: { zh: '层次序号', en: 'Numbering' },
  citation: { zh: '引用', en: 'Citations' },
  date: { zh: '日期与数字', en: 'Dates and numbers' },
  punctuation: { zh: '标点', en: 'Punctuation' },
  footer: { zh: '落款与附注', en: 'Footer' },
  typo: { zh: '错别字', en: 'Typos' },
  registry: { zh: '政策登记簿', en: 'Policy registry' },
  workspace: { zh: '跨函件（工作区）', en: 'Across letters (workspace)' },
};

const SEVERITY: Record<Rule['severity'], string> = { error: 'error（错误）', warning: 'warning（警告）', info: 'info（提示）' };

function fixText(r: Rule): string {
  if (r.fixable === 'safe') return 'safe — `replylint --fix` and the editor’s “Fix all” apply it（可自动修复）';
  if (r.fixable === 'suggest') return 'suggestion — offered as an editor quick fix, never applied by `--fix`（编辑器中逐条确认）';
  return 'none（需人工修改）';
}

/** Profiles that set this rule differently from its default. */
function profileSettings(r: Rule): string[] {
  const out: string[] = [];
  for (const p of Object.values(builtinProfiles)) {
    const s = p.rules?.[r.id];
    if (s !== undefined) out.push(`\`${p.id}\`: ${s}`);
  }
  return out;
}

function codeBlock(lines: string[], lang = 'text'): string {
  const body = lines.join('\n');
  const fence = body.includes('```') ? '````' : '```';
  return `${fence}${lang}\n${body}\n${fence}`;
}

/** Where an example's snippet stands: “In a correct letter, as its title”. */
function placeNote(e: ExampleSpec | ExampleLetter): string[] {
  return e.in ? [`In a correct letter, as its ${SLOT_LABEL[e.in].en} 置于函件的“${SLOT_LABEL[e.in].zh}”处`] : [];
}

/**
 * A cross-letter rule's examples as run (test/harness/cross-letter.ts; test/rules/examples.test.ts
 * checks them): each a list of letters, each letter's fragment with where it stands in its
 * letter, and the rule's findings on the letters checked together.
 */
function crossLetterSection(r: WorkspaceRule): string[] {
  const out: string[] = [];
  const runs = runCrossLetterExamples([r]);
  for (const kind of ['incorrect', 'correct'] as const) {
    const list = runs.filter((x) => x.kind === kind);
    if (list.length === 0) continue;
    out.push(kind === 'incorrect' ? 'Incorrect 错误写法 (letters checked together, as run: the findings):' : 'Correct 正确写法 (letters checked together, as run: no finding):', '');
    for (const x of list) {
      for (const l of x.example) {
        out.push(`\`${l.file}\`:`, '', l.text === '' ? '*(absent 缺少)*' : codeBlock([l.text]), '');
        const notes = [...placeNote(l), ...(l.note ? [l.note] : []), ...(l.profile ? [`Profile \`${l.profile}\``] : [])];
        if (notes.length > 0) out.push(...notes.map((n) => `- ${n}`), '');
      }
      if (kind === 'incorrect') out.push(...(x.run?.findings ?? []).map((f) => `- → \`${x.example[f.letter].file}\`: ${f.message.zh}`), '');
    }
  }
  return out;
}

/**
 * A letter rule's examples as run (test/harness/examples.ts; test/rules/examples.test.ts checks
 * them): each with where it stands in a letter, the rule's finding and the fixed text. A
 * cross-letter rule's examples: crossLetterSection.
 */
function examplesSection(r: Rule): string[] {
  const ex = r.examples;
  if (!ex || (ex.incorrect.length === 0 && ex.correct.length === 0)) return ['No examples yet.', ''];
  if (r.category === 'workspace') return crossLetterSection(r);
  const out: string[] = [];
  const runs = runExamples([r]);
  for (const kind of ['incorrect', 'correct'] as const) {
    const list = runs.filter((x) => x.kind === kind);
    if (list.length === 0) continue;
    out.push(kind === 'incorrect' ? 'Incorrect 错误写法 (as run: the finding, and the text after `--fix`):' : 'Correct 正确写法 (as run: no finding):', '');
    for (const x of list) {
      const e = x.example;
      out.push(e.text === '' ? '*(absent 缺少)*' : codeBlock([e.text]), '');
      const notes = placeNote(e);
      if (e.note) notes.push(e.note);
      if (e.profile) notes.push(`Profile \`${e.profile}\``);
      if (e.format === 'md') notes.push('Markdown');
      if (kind === 'incorrect') {
        for (const m of x.run.messages) notes.push(`→ ${m.text.zh}`);
        const fixed = fixedPart(x.run, e);
        if (fixed !== undefined) notes.push(`Fixed 修复后: ${fixed === '' ? '*(empty)*' : '`' + fixed.replace(/\n/g, '⏎') + '`'}`);
      }
      if (notes.length > 0) out.push(...notes.map((n) => `- ${n}`), '');
    }
  }
  return out;
}

export function rulePage(r: Rule): string {
  const out: string[] = [];
  out.push(`# ${r.id}`, '');
  out.push("<!-- Generated by scripts/gen-docs.ts from the rule's metadata; edit the rule module, then run `npm run gen:docs`. -->", '');
  out.push(`${r.docs.zh}`, '', `${r.docs.en}`, '');
  out.push('| | |', '| --- | --- |');
  out.push(`| Rule id | \`${r.id}\` |`);
  out.push(`| Code | ${r.code} |`);
  out.push(`| Category | ${CATEGORY[r.category].zh} / ${CATEGORY[r.category].en} |`);
  out.push(`| Default severity | ${SEVERITY[r.severity]}${r.defaultOff ? ' — off unless a profile or config enables it' : ''} |`);
  out.push(`| Fix | ${fixText(r)} |`);
  const profiles = profileSettings(r);
  if (profiles.length > 0) out.push(`| Profiles | ${profiles.join('; ')} |`);
  out.push('');
  out.push('## Why 依据', '');
  out.push(r.source ? `Source: ${r.source}` : 'Source: RULEBOOK (house style).', '');
  out.push('## Examples 示例', '');
  out.push(...examplesSection(r));
  out.push('## Options 选项', '');
  if (r.optionsSchema) {
    out.push('JSON Schema of the options:', '', codeBlock([JSON.stringify(r.optionsSchema, null, 2)], 'json'), '');
    if (r.defaultOptions && Object.keys(r.defaultOptions).length > 0) out.push('Defaults:', '', codeBlock([JSON.stringify(r.defaultOptions, null, 2)], 'json'), '');
  } else out.push('None.', '');
  out.push('## Configure 配置', '');
  out.push('In `.replylintrc.json`:', '');
  const example =
    r.optionsSchema && r.defaultOptions && Object.keys(r.defaultOptions).length > 0 ? { rules: { [r.id]: [r.severity, r.defaultOptions] } } : { rules: { [r.id]: r.defaultOff ? r.severity : 'off' } };
  out.push(codeBlock([JSON.stringify(example, null, 2)], 'json'), '');
  if (r.category === 'workspace') {
    out.push(
      "Runs when letters are checked together: `replylint` on a folder or a glob (two or more letters), `replylint --workspace <files>`, and the language server's workspace index. `--no-workspace` turns every cross-letter rule off for a run; the setting above turns this one off (per letter: the config of the letter a finding is on decides). Silence one place: `<!-- replylint-disable-next-line " +
        r.id +
        ' -->` (Markdown) above it, in the letter the finding is on.',
      '',
    );
  } else out.push(`Run only this rule: \`replylint --rule ${r.id} <files>\`. Silence one place: \`<!-- replylint-disable-next-line ${r.id} -->\` (Markdown).`, '');
  out.push('[All rules](README.md)', '');
  return out.join('\n');
}

export function indexPage(list: Rule[]): string {
  const out: string[] = [];
  out.push('# Rules 规则', '');
  out.push('<!-- Generated by scripts/gen-docs.ts from rule metadata; run `npm run gen:docs` after changing a rule. -->', '');
  out.push('What each kind of letter must contain, and the formulas the parser knows: [letter kinds and formulas](letter-kinds.md).', '');
  out.push(`${list.length} rules. Severity is the default; profiles and \`.replylintrc.json\` can change it. Fix: **safe** = \`--fix\` applies it, **suggest** = editor quick fix, — = none.`, '');
  for (const cat of Object.keys(CATEGORY) as Rule['category'][]) {
    const inCat = list.filter((r) => r.category === cat);
    if (inCat.length === 0) continue;
    out.push(`## ${CATEGORY[cat].zh} / ${CATEGORY[cat].en}`, '');
    out.push('| Code | Rule | Severity | Fix | Checks |', '| --- | --- | --- | --- | --- |');
    for (const r of inCat) {
      const sev = r.defaultOff ? `${r.severity} (off)` : r.severity;
      out.push(`| ${r.code} | [${r.id}](${r.id}.md) | ${sev} | ${r.fixable || '—'} | ${r.docs.zh.replace(/\|/g, '\\|')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The letter kinds (parse/kind.ts) with what each requires, and the formula lexicon (parse/formulas.ts). */
function kindsPage(): string {
  const out: string[] = ['# Letter kinds and formulas 信函类型与套语', ''];
  out.push('<!-- Generated by scripts/gen-docs.ts from parse/kind.ts and parse/formulas.ts; run `npm run gen:docs` after changing them. -->', '');
  out.push(
    'The parser reads each letter’s kind from its title, acknowledgement and salutation; rules ask the kind what the letter must contain (profiles add local requirements on top). The Reply Structure view shows the kind.',
    '',
  );
  out.push('| Kind | 类型 | 收悉 (S01) | Number (S01) | 答复如下： (S03) | Closing (S05) |', '| --- | --- | --- | --- | --- | --- |');
  const yes = (b: boolean) => (b ? 'required' : '—');
  for (const [id, req] of Object.entries(KIND_REQUIREMENTS) as Array<[LetterKindName, (typeof KIND_REQUIREMENTS)[LetterKindName]]>) {
    out.push(`| \`${id}\` ${KIND_LABELS[id].en} | ${KIND_LABELS[id].zh} | ${yes(req.acknowledgement)} | ${yes(req.number)} | ${yes(req.transition)} | ${yes(req.closing)} |`);
  }
  out.push('', 'A page whose text starts at the acknowledgement (no title or salutation published) is read as such: a missing title or salutation is then a hint (info).', '');
  out.push('## Formula lexicon', '', 'One entry each; adding a formula is one line in `server/src/parse/formulas.ts` (its example is tested).', '');
  out.push('| Kind | Pattern | Example | Source |', '| --- | --- | --- | --- |');
  for (const f of FORMULAS) out.push(`| ${f.kind} | \`${f.pattern.replace(/\|/g, '\\|')}\` | ${f.example} | ${f.source} |`);
  out.push('');
  return out.join('\n');
}

/** File name → content of every generated page. */
export function generatedDocs(list: Rule[] = configurableRules): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set('letter-kinds.md', kindsPage());
  for (const r of list) pages.set(`${r.id}.md`, rulePage(r));
  pages.set('README.md', indexPage(list));
  return pages;
}

/** Pages that differ from disk, and generated-looking pages whose rule no longer exists. */
export function staleDocs(dir = DOCS_DIR): { changed: string[]; extra: string[] } {
  const pages = generatedDocs();
  const changed: string[] = [];
  for (const [name, text] of pages) {
    const path = join(dir, name);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) changed.push(name);
  }
  const extra = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && !pages.has(f)) : [];
  return { changed, extra };
}

function main(): number {
  const check = process.argv.includes('--check');
  const { changed, extra } = staleDocs();
  if (check) {
    if (changed.length + extra.length === 0) return 0;
    console.error(`docs/rules out of date: ${[...changed, ...extra.map((e) => `${e} (no such rule)`)].join(', ')} (run npm run gen:docs)`);
    return 1;
  }
  mkdirSync(DOCS_DIR, { recursive: true });
  const pages = generatedDocs();
  for (const name of changed) writeFileSync(join(DOCS_DIR, name), pages.get(name)!);
  for (const name of extra) rmSync(join(DOCS_DIR, name));
  console.log(`docs/rules: ${pages.size} pages, ${changed.length} written, ${extra.length} removed`);
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) process.exitCode = main();
