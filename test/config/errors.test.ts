import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadConfigForFile, validateConfigText } from '../../server/src/config';
import { run } from '../../server/src/cli/main';
import { tree } from './tmp-tree';
import { ROOT } from '../helpers';

const at = (errs: Array<{ line: number; column: number; message: string }>) => errs.map((e) => `${e.line}:${e.column} ${e.message}`);

test('unknown rule id: error at the key with "did you mean"', () => {
  const text = '{\n  "rules": {\n    "fullwidth-punct": "warning",\n    "fulwidth-punct": "error"\n  }\n}\n';
  const errs = validateConfigText(text, 'c.json');
  assert.deepEqual(at(errs), ['4:5 unknown rule id "fulwidth-punct" (did you mean "fullwidth-punct"?)']);
  assert.deepEqual(errs[0].range, [53, 69]);
});

test('unknown top-level key, bad severity, bad profile: each placed at its value or key', () => {
  const text = ['{', '  // a comment', '  "profil": "xiamen",', '  "profile": "xiamn",', '  "rules": { "numbering-sequence": "warn", "fullwidth-punct": ["error", {}, 3] },', '  "locale": "fr"', '}'].join('\n');
  assert.deepEqual(at(validateConfigText(text, 'c.json')), [
    '3:3 unknown key "profil" (did you mean "profile"?)',
    '4:14 unknown profile "xiamn" (did you mean "xiamen"?); use a built-in profile (generic, national-npc, national-cppcc, fujian, xiamen) or the path of a .json profile file',
    '5:36 rules.numbering-sequence must be one of "off", "info", "warning", "error" (got "warn"; did you mean "warning"?)',
    '5:63 rules.fullwidth-punct must have at most 2 items ([severity, options])',
    '6:13 locale must be one of "zh", "en" (got "fr")',
  ]);
});

test('options are validated against the rule’s optionsSchema', () => {
  const text = '{ "rules": { "numbering-sequence": ["warning", { "bogus": 1 }] } }';
  const errs = validateConfigText(text, 'c.json');
  assert.equal(errs.length, 1);
  assert.equal(errs[0].line, 1);
  assert.equal(errs[0].column, 48);
  assert.equal(errs[0].message, 'rules.numbering-sequence takes no options');
});

test('JSON syntax errors and empty files give a position, never a throw', () => {
  assert.deepEqual(at(validateConfigText('{\n  "rules": {\n    "a": "off"\n  \n', 'c.json')), ['5:1 invalid JSON: close brace expected']);
  assert.deepEqual(at(validateConfigText('{ "locale": "zh" "profile": "xiamen" }', 'c.json')), ['1:18 invalid JSON: comma expected']);
  assert.deepEqual(at(validateConfigText('', 'c.json')), ['1:1 empty file: expected a JSON object']);
  assert.deepEqual(at(validateConfigText('[]', 'c.json')), ['1:1 (root) must be an object']);
  assert.deepEqual(validateConfigText('\ufeff{ "locale": "zh" }', 'c.json'), []);
});

test('validateConfigText checks referenced files when the config is on disk', () => {
  const root = tree({ 'reg.csv': 'title\nX办法\n' });
  const path = join(root, '.replylintrc.json');
  const errs = validateConfigText('{\n  "registry": ["./reg.csv", "./missing.json"],\n  "profile": "./p.json"\n}', path);
  assert.deepEqual(at(errs), ['2:29 registry file not found: ./missing.json', '3:14 profile file not found: ./p.json']);
});

test('errors in extended, profile and registry files name those files', () => {
  const root = tree({
    '.replylintrc.json': { extends: './base.json', profile: './p.json', registry: './reg.csv' },
    'base.json': '{\n  "rules": { "numbering-sequense": "off" }\n}',
    'p.json': '{ "extends": "xiamen", "require": { "singer": true } }',
    'reg.csv': 'title,docNumber\n某办法,厦府规2022-2号\n',
    'letter.txt': '',
  });
  const r = loadConfigForFile(join(root, 'letter.txt'), { root });
  const msgs = r.errors.map((e) => `${e.file.slice(root.length + 1)}:${e.line}:${e.column}: ${e.message}`);
  assert.deepEqual(msgs, ['base.json:2:14: unknown rule id "numbering-sequense" (did you mean "numbering-sequence"?)', 'p.json:1:37: unknown key "singer" in require (did you mean "signer"?)']);
  // Registry files are read only once the configs are valid.
  const r2 = loadConfigForFile(join(root, 'letter.txt'), { root, configFile: undefined, noLookup: true });
  assert.deepEqual(r2.errors, []);
});

test('a bad registry file is reported with its row', () => {
  const root = tree({
    '.replylintrc.json': { registry: './reg.csv' },
    'reg.csv': 'title,docNumber\n某办法,厦府规2022-2号\n',
    'letter.txt': '',
  });
  const r = loadConfigForFile(join(root, 'letter.txt'), { root });
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0].file, join(root, 'reg.csv'));
  assert.equal(r.errors[0].line, 2);
  assert.match(r.errors[0].message, /docNumber has the wrong form/);
});

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    isTTY: false,
    cwd,
    version: '0.0.0',
    env: {},
    readStdin: async () => Buffer.alloc(0),
  });
  return { code, stdout, stderr };
}

test('CLI: an invalid config exits 2 with file:line:column: message', async () => {
  const root = tree({
    '.replylintrc.json': '{\n  // team settings\n  "rules": {\n    "fullwidth-punct": "eror"\n  }\n}\n',
    'letter.txt': '厦门市某局关于某建议的答复\n',
  });
  const r = await cli(['letter.txt'], root);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /\.replylintrc\.json:4:24: rules\.fullwidth-punct must be one of "off", "info", "warning", "error" \(got "eror"; did you mean "error"\?\)/);
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
});

test('CLI: unknown rule id in the config exits 2 with did-you-mean; --config and --no-config-lookup', async () => {
  const root = tree({
    '.replylintrc.json': '{ "rules": { "numbering-sequense": "off" } }',
    'good.json': '{ "locale": "en" }',
    'letter.txt': '厦门市某局关于某建议的答复\n',
  });
  const bad = await cli(['letter.txt'], root);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /\.replylintrc\.json:1:14: unknown rule id "numbering-sequense" \(did you mean "numbering-sequence"\?\)/);
  const ok = await cli(['--no-config-lookup', '--config', 'good.json', 'letter.txt'], root);
  assert.notEqual(ok.code, 2, ok.stderr);
});

test('CLI: a config with a registry runs the registry rules', async () => {
  const root = tree({
    '.replylintrc.json': { registry: './reg.json' },
    'reg.json': { policies: [{ title: '厦门市先进制造业倍增计划实施方案（2022—2026年）' }] },
    'letter.txt': '关于先进制造业的答复\n　　出台《厦门市关于先进制造业倍增计划的实施方案（2022—2026年）》。\n',
  });
  const r = await cli(['--format', 'json', 'letter.txt'], root);
  assert.notEqual(r.code, 2, r.stderr);
  assert.match(r.stdout, /cite-policy-title-variant/);
});

test('the invalid fixture config: both errors, in order, with positions', () => {
  const dir = join(ROOT, 'test/fixtures/config/invalid');
  const r = loadConfigForFile(join(dir, 'letter.txt'), { root: dir });
  assert.deepEqual(at(r.errors), [
    '3:24 rules.fullwidth-punct must be one of "off", "info", "warning", "error" (got "eror"; did you mean "error"?)',
    '4:5 unknown rule id "numbering-sequense" (did you mean "numbering-sequence"?)',
  ]);
  const ok = loadConfigForFile(join(ROOT, 'test/fixtures/config/valid/letter.txt'), { root: join(ROOT, 'test/fixtures/config/valid') });
  assert.deepEqual(ok.errors, []);
  assert.equal(ok.config.locale, 'en');
  assert.equal(ok.config.maxFileSize, 1048576);
  assert.equal((ok.config.profile as { deadlineMonths: number }).deadlineMonths, 2);
  assert.equal(ok.config.registry?.size, 5);
});
