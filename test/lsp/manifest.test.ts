/** The extension manifest, its strings and snippets agree with the code (no drift). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/protocol';
import { Commands } from '../../client/src/command-ids';

const json = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const pkg = json('package.json');
const nlsEn = json('package.nls.json');
const nlsZh = json('package.nls.zh-cn.json');

test('every %key% of package.json has an English and a Chinese string', () => {
  const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 10);
  for (const k of keys) {
    assert.equal(typeof nlsEn[k], 'string', `package.nls.json: ${k}`);
    assert.equal(typeof nlsZh[k], 'string', `package.nls.zh-cn.json: ${k}`);
  }
  assert.deepEqual(Object.keys(nlsEn).sort(), Object.keys(nlsZh).sort());
});

test('every vscode.l10n.t string of the client has a zh-cn translation', () => {
  const bundle = json('l10n/bundle.l10n.zh-cn.json');
  const dir = join(ROOT, 'client', 'src');
  const used = new Set<string>();
  for (const f of readdirSync(dir)) {
    const src = readFileSync(join(dir, f), 'utf8');
    for (const m of src.matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) used.add(m[1]);
  }
  assert.ok(used.size > 10);
  for (const s of used) assert.equal(typeof bundle[s], 'string', `missing zh-cn for “${s}”`);
  assert.equal(pkg.l10n, './l10n');
});

test('settings: one prefix, scope resource, defaults equal the server’s', () => {
  const props = pkg.contributes.configuration.properties as Record<string, { scope: string; default: unknown }>;
  for (const [k, v] of Object.entries(props)) {
    assert.match(k, /^replylint\./);
    assert.equal(v.scope, 'resource', k);
  }
  for (const [k, v] of Object.entries(DEFAULT_SETTINGS)) assert.deepEqual(props[`replylint.${k}`]?.default, v, k);
  assert.ok(props['replylint.trace.server']);
  const defaults = pkg.contributes.configurationDefaults;
  for (const lang of ['[markdown]', '[plaintext]']) assert.equal(defaults[lang]['editor.unicodeHighlight.ambiguousCharacters'], false);
});

test('commands, activation, view, snippets and the vsix file list', () => {
  const contributed = new Set((pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command));
  for (const id of Object.values(Commands)) assert.ok(contributed.has(id), id);
  assert.ok(pkg.activationEvents.includes('onLanguage:markdown') && pkg.activationEvents.includes('onLanguage:plaintext'));
  assert.equal(pkg.main, './dist/extension.cjs');
  assert.equal(pkg.bin['replylint-language-server'], 'bin/replylint-language-server.cjs');
  assert.equal(pkg.bin.replylint, 'bin/replylint.cjs');
  assert.equal(pkg.contributes.views.explorer[0].id, 'replylint.structure');
  const langs = (pkg.contributes.snippets as Array<{ language: string; path: string }>).map((s) => s.language).sort();
  assert.deepEqual(langs, ['markdown', 'plaintext']);
  const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
  for (const keep of ['!dist/extension.cjs', '!dist/server.cjs', '!snippets/**', '!l10n/**', '!package.nls.zh-cn.json']) assert.ok(ignore.includes(keep), keep);
});

test('snippets: valid, unique prefixes, every numbering level and the three skeletons', () => {
  const snippets = json('snippets/reply.code-snippets') as Record<string, { prefix: string[]; body: string[]; description: string }>;
  const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
  assert.equal(new Set(prefixes).size, prefixes.length);
  for (const p of ['rl-npc', 'rl-cppcc', 'rl-cohandle', 'rl-1', 'rl-2', 'rl-3', 'rl-4', 'rl-footer', 'rl-docnum', 'rl-cite']) assert.ok(prefixes.includes(p), p);
  const body = (p: string) =>
    Object.values(snippets)
      .find((s) => s.prefix.includes(p))!
      .body.join('\n');
  assert.match(body('rl-1'), /、/);
  assert.match(body('rl-2'), /^（/);
  assert.match(body('rl-3'), /^\$\{1:1\}\./);
  assert.match(body('rl-4'), /^（\$\{1:1\}）/);
  assert.match(body('rl-docnum'), /〔.*〕.*号/);
  assert.match(body('rl-npc'), /代表：/);
  assert.match(body('rl-cppcc'), /委员：/);
  assert.match(body('rl-cohandle'), /会办意见/);
  // Dates without zero padding (date-no-leading-zero).
  assert.match(body('rl-footer'), /CURRENT_MONTH\/\^0\/\//);
});
