// The house rules of server/src, checked on every import (static, `export … from`, `import type`,
// dynamic `import()` and `typeof import()`), so that the map in CONTRIBUTING.md stays true:
//
//   text < parse, lexicon < registry, profiles < analysis < rules < engine < config < workspace
//        < formats, export < index.ts (the door) < cli, lsp
//
// 1. A lower layer never imports a higher one (folders on the same rank may import each other).
//    workspace/ is the pass that runs the cross-letter rules (rules/cross-letter/, reached
//    through the rule list like the others) over many letters' facts (analysis/cross-letter/);
//    config/ reaches those rules through the rule list too, so it needs nothing of workspace/.
// 2. Outside rules/, the rules are reached only through rules/index.ts (the rule list) and, as
//    types only, rules/rule.ts (the contract of a rule: Rule, RuleMeta, RuleContext, Severity…).
// 3. The fronts — cli/ and lsp/ — import engine code only through the door, server/src/index.ts,
//    besides their own folder; scripts/*.ts reach server code only through the door too.
// 4. client/src reaches server/src only through lsp/protocol.ts (the wire protocol), which itself
//    imports nothing from server/src, so the extension never bundles the engine.
// 5. No module of server/src or client/src is over 400 lines.
//
// Every failure message lists the offending edges (importer → imported) or modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const SERVER = join(ROOT, 'server/src');
const CLIENT = join(ROOT, 'client/src');
const MAX_LINES = 400;

/** Rank of each top-level entry of server/src; a lower rank must not import a higher one. */
const LAYERS: Record<string, number> = {
  text: 0,
  parse: 1,
  lexicon: 1,
  registry: 2,
  profiles: 2,
  analysis: 3,
  rules: 4,
  engine: 5,
  config: 6,
  workspace: 7,
  formats: 8,
  export: 8,
  'index.ts': 9,
  cli: 10,
  lsp: 10,
};
const FRONTS = new Set(['cli', 'lsp']);
const DOOR = 'index.ts';

/**
 * Known violations still to be removed, each with the issue that removes it. Empty is the goal;
 * an entry names one exact edge ("from/file.ts -> to/file.ts"), never a folder.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map<string, string>([]);

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** Every module specifier a file names, with whether the import carries types only. */
function specifiers(file: string): Array<{ spec: string; typeOnly: boolean }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Array<{ spec: string; typeOnly: boolean }> = [];
  const literal = (n: ts.Node | undefined) => (n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const c = node.importClause;
      const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : undefined;
      const typeOnly = !!c && (c.isTypeOnly || (!c.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      const spec = literal(node.moduleSpecifier);
      if (spec) out.push({ spec, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      const typeOnly = node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly));
      const spec = literal(node.moduleSpecifier);
      if (spec) out.push({ spec, typeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      // import('x'), and import('x' + '') (a specifier hidden from the bundler): the literal part.
      const arg = node.arguments[0];
      const spec = literal(arg) ?? (arg && ts.isBinaryExpression(arg) ? literal(arg.left) : undefined);
      if (spec) out.push({ spec, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const spec = literal(node.argument.literal);
      if (spec) out.push({ spec, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** A relative specifier → the repository path of the module it names (file or folder index). */
function resolveModule(fromFile: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return relative(ROOT, candidate);
    } catch {
      // next candidate
    }
  }
  return relative(ROOT, base); // unresolved (e.g. a .cjs bundle name): still an edge by path
}

function edgesOf(files: string[]): Edge[] {
  const edges: Edge[] = [];
  for (const f of files) {
    for (const { spec, typeOnly } of specifiers(f)) {
      const to = resolveModule(f, spec);
      if (to) edges.push({ from: relative(ROOT, f), to, typeOnly });
    }
  }
  return edges;
}

/** The top-level entry of server/src a repository path is in ('rules', 'index.ts'…). */
function area(path: string): string | undefined {
  const rel = relative('server/src', path);
  if (rel.startsWith('..')) return undefined;
  return rel.split('/')[0];
}

const show = (e: Edge) => `${e.from} -> ${e.to}`;
const notAllowed = (e: Edge) => !ALLOWED.has(show(e));
const report = (title: string, edges: Edge[]) => `${title} (${edges.length}):\n  ${edges.map(show).join('\n  ')}`;

const serverFiles = tsFiles(SERVER);
const serverEdges = edgesOf(serverFiles);

test('every folder of server/src has a layer', () => {
  const unknown = readdirSync(SERVER).filter((n) => !(n in LAYERS));
  assert.deepEqual(unknown, [], `give these a rank in LAYERS (and the map in CONTRIBUTING.md): ${unknown.join(', ')}`);
});

test('no lower layer imports a higher one', () => {
  const bad = serverEdges.filter((e) => {
    const from = area(e.from);
    const to = area(e.to);
    if (!from || !to || from === to) return false;
    return LAYERS[from] < LAYERS[to] && notAllowed(e);
  });
  assert.deepEqual(bad.map(show), [], report('lower layer imports a higher one', bad));
});

test('outside rules/, the rules are reached through rules/index.ts (and rules/rule.ts for types only)', () => {
  const bad = serverEdges.filter((e) => {
    if (area(e.from) === 'rules' || area(e.to) !== 'rules') return false;
    if (e.to === 'server/src/rules/index.ts') return false;
    if (e.to === 'server/src/rules/rule.ts' && e.typeOnly) return false;
    return notAllowed(e);
  });
  assert.deepEqual(bad.map(show), [], report('imports of a rule module from outside rules/', bad));
});

test('rules/ holds only rules, and a rule never imports another module of rules/ but the contract', async () => {
  const { crossLetterRules, rules } = await import('../../server/src/rules');
  const inRules = serverFiles.map((f) => relative(ROOT, f)).filter((p) => area(p) === 'rules');
  const ruleFiles = inRules.filter((p) => /^server\/src\/rules\/[^/]+\/[^/]+\.ts$/.test(p) && !p.endsWith('/index.ts'));
  // Besides rule modules: the rule list, the contract and each family's list.
  const others = inRules.filter((p) => !ruleFiles.includes(p) && !/^server\/src\/rules\/(?:index|rule|[^/]+\/index)\.ts$/.test(p));
  assert.deepEqual(others, [], 'not rules, in rules/');
  // A rule module is one rule: a default defineRule export (defineWorkspaceRule in cross-letter/).
  const notRules = ruleFiles.filter((p) => !(p.includes('/cross-letter/') ? /export default defineWorkspaceRule\(/ : /export default defineRule\(/).test(readFileSync(join(ROOT, p), 'utf8')));
  assert.deepEqual(notRules, [], 'modules of rules/<family>/ that define no rule');
  assert.equal(ruleFiles.length, rules.length + crossLetterRules.length, 'every rule module is in the rule list');
  // Shared analysis lives in analysis/, never in another rule.
  const bad = serverEdges.filter((e) => ruleFiles.includes(e.from) && area(e.to) === 'rules' && e.to !== 'server/src/rules/rule.ts');
  assert.deepEqual(bad.map(show), [], report('a rule imports another module of rules/', bad));
});

test('the CLI and the language server import engine code only through the door (server/src/index.ts)', () => {
  const bad = serverEdges.filter((e) => {
    const from = area(e.from);
    if (!from || !FRONTS.has(from)) return false;
    const to = area(e.to);
    return to !== from && to !== DOOR && notAllowed(e);
  });
  assert.deepEqual(bad.map(show), [], report('a front imports past the door', bad));
});

test('scripts reach server code only through the door', () => {
  const scripts = readdirSync(join(ROOT, 'scripts'))
    .filter((n) => n.endsWith('.ts'))
    .map((n) => join(ROOT, 'scripts', n));
  const bad = edgesOf(scripts).filter((e) => area(e.to) !== undefined && e.to !== 'server/src/index.ts' && notAllowed(e));
  assert.deepEqual(bad.map(show), [], report('a script imports past the door', bad));
});

test('the client reaches the server only through lsp/protocol.ts, which imports nothing of server/src', () => {
  const clientBad = edgesOf(tsFiles(CLIENT)).filter((e) => area(e.to) !== undefined && e.to !== 'server/src/lsp/protocol.ts');
  const protocolBad = serverEdges.filter((e) => e.from === 'server/src/lsp/protocol.ts');
  const bad = [...clientBad, ...protocolBad].filter(notAllowed);
  assert.deepEqual(bad.map(show), [], report('the client would bundle server code', bad));
});

test(`no module of server/src or client/src is over ${MAX_LINES} lines`, () => {
  const long = [...serverFiles, ...tsFiles(CLIENT)].map((f) => ({ file: relative(ROOT, f), lines: readFileSync(f, 'utf8').split('\n').length - 1 })).filter((m) => m.lines > MAX_LINES && !ALLOWED.has(m.file));
  assert.deepEqual(
    long.map((m) => m.file),
    [],
    `modules over ${MAX_LINES} lines (${long.length}):\n  ${long.map((m) => `${m.file}: ${m.lines}`).join('\n  ')}`,
  );
});

test('the allow-list holds only violations that still exist', () => {
  const long = serverFiles.filter((f) => readFileSync(f, 'utf8').split('\n').length - 1 > MAX_LINES).map((f) => relative(ROOT, f));
  const present = new Set([...serverEdges.map(show), ...long]);
  const stale = [...ALLOWED.keys()].filter((k) => !present.has(k));
  assert.deepEqual(stale, [], `remove these entries from ALLOWED: ${stale.join(', ')}`);
});
