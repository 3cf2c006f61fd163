import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { ConfigStore, loadConfigForFile } from '../../server/src/config';
import { lint } from '../../server/src/engine/lint';
import { resolveProfile } from '../../server/src/profiles';
import type { Profile } from '../../server/src/profiles';
import { tree } from './tmp-tree';

test('nearer config files override farther ones; rules merge by id', () => {
  const root = tree({
    '.replylintrc.json': { profile: 'fujian', rules: { 'fullwidth-punct': 'warning', 'numbering-sequence': 'off' }, locale: 'en' },
    'a/.replylintrc.json': '// comments are fine\n{ "rules": { "fullwidth-punct": "error", }, }',
    'a/b/.replylintrc.json': { profile: 'xiamen' },
    'a/b/letter.txt': '',
  });
  const r = loadConfigForFile(join(root, 'a/b/letter.txt'), { root });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.sources, [join(root, '.replylintrc.json'), join(root, 'a/.replylintrc.json'), join(root, 'a/b/.replylintrc.json')]);
  assert.equal(r.config.profile, 'xiamen');
  assert.deepEqual(r.config.rules, { 'fullwidth-punct': 'error', 'numbering-sequence': 'off' });
  assert.equal(r.config.locale, 'en');
  // A file higher up sees only the farther config.
  const top = loadConfigForFile(join(root, 'letter.txt'), { root });
  assert.equal(top.config.profile, 'fujian');
});

test('lookup stops at the root, at a folder with .git, and after "root": true', () => {
  const root = tree({
    '.replylintrc.json': { profile: 'fujian' },
    'repo/.git/HEAD': 'ref: refs/heads/main\n',
    'repo/x/letter.txt': '',
    'stop/.replylintrc.json': { root: true, locale: 'en' },
    'stop/y/letter.txt': '',
    'ws/letter.txt': '',
  });
  assert.deepEqual(loadConfigForFile(join(root, 'repo/x/letter.txt'), {}).sources, []);
  const s = loadConfigForFile(join(root, 'stop/y/letter.txt'), { root });
  assert.deepEqual(s.sources, [join(root, 'stop/.replylintrc.json')]);
  assert.equal(s.config.profile, undefined);
  assert.deepEqual(loadConfigForFile(join(root, 'ws/letter.txt'), { root: join(root, 'ws') }).sources, []);
});

test('--config adds an explicit file after the cascade; --no-config-lookup uses only it; overrides win', () => {
  const root = tree({
    '.replylintrc.json': { profile: 'fujian', locale: 'en' },
    'other/team.json': { profile: 'national-npc', rules: { 'fullwidth-punct': 'info' } },
    'letter.txt': '',
  });
  const file = join(root, 'letter.txt');
  const both = loadConfigForFile(file, { root, configFile: 'other/team.json' });
  assert.equal(both.config.profile, 'national-npc');
  assert.equal(both.config.locale, 'en');
  const only = loadConfigForFile(file, { root, configFile: 'other/team.json', noLookup: true });
  assert.equal(only.config.locale, undefined);
  assert.deepEqual(only.sources, [join(root, 'other/team.json')]);
  const over = loadConfigForFile(file, { root, overrides: { profile: 'xiamen', rules: { 'numbering-sequence': 'off' } } });
  assert.equal(over.config.profile, 'xiamen');
  assert.deepEqual(over.config.rules, { 'numbering-sequence': 'off' });
  const missing = loadConfigForFile(file, { root, configFile: 'nope.json' });
  assert.match(missing.errors[0].message, /config file not found/);
});

test('extends: relative paths and replylint:recommended, applied before the file itself', () => {
  const root = tree({
    'shared/base.json': { extends: './deeper.json', rules: { 'fullwidth-punct': 'warning', 'numbering-sequence': 'info' } },
    'shared/deeper.json': { locale: 'en', profile: 'fujian', registry: ['./reg.csv'] },
    'shared/reg.csv': 'title,docNumber\n某某办法,厦府规〔2022〕2号\n',
    'proj/.replylintrc.json': { extends: ['replylint:recommended', '../shared/base.json'], rules: { 'numbering-sequence': 'off' } },
    'proj/letter.txt': '',
  });
  const r = loadConfigForFile(join(root, 'proj/letter.txt'), { root });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.config.rules, { 'fullwidth-punct': 'warning', 'numbering-sequence': 'off' });
  assert.equal(r.config.locale, 'en');
  assert.equal(r.config.profile, 'fujian');
  assert.equal(r.config.registry?.size, 1);
  assert.deepEqual(r.registryFiles, [join(root, 'shared/reg.csv')]);
  assert.ok(r.sources.includes(join(root, 'shared/deeper.json')));
});

test('extends cycles and missing files are errors at the right place, never a throw', () => {
  const root = tree({
    'a.json': { extends: './b.json' },
    'b.json': { extends: './a.json' },
    '.replylintrc.json': '{\n  "extends": "./a.json",\n  "registry": ["./none.csv"]\n}',
    'letter.txt': '',
  });
  const r = loadConfigForFile(join(root, 'letter.txt'), { root });
  assert.ok(r.errors.some((e) => /cycle/.test(e.message)));
  const missing = r.errors.find((e) => /registry file not found/.test(e.message))!;
  assert.equal(missing.file, join(root, '.replylintrc.json'));
  assert.deepEqual([missing.line, missing.column], [3, 16]);
});

test('a team profile file extends a built-in profile (and another profile file)', () => {
  const root = tree({
    'profiles/team.json': { id: 'team', extends: 'xiamen', contactLabels: ['联系人', '承办人'], require: { disclosure: false }, cc: { npc: ['甲', '乙'] }, rules: { 'numbering-sequence': 'off' } },
    'profiles/sub.json': { extends: './team.json', deadlineMonths: 2 },
    '.replylintrc.json': { profile: './profiles/sub.json' },
    'inline/.replylintrc.json': { profile: { extends: 'fujian', require: { cc: true } } },
    'letter.txt': '',
    'inline/letter.txt': '',
  });
  const r = loadConfigForFile(join(root, 'letter.txt'), { root });
  assert.deepEqual(r.errors, []);
  const p = r.config.profile as Profile;
  assert.equal(typeof p, 'object');
  assert.equal(p.deadlineMonths, 2);
  assert.deepEqual(p.contactLabels, ['联系人', '承办人']);
  assert.equal(p.require.disclosure, false);
  assert.equal(p.require.cc, true, 'xiamen requires 抄送 and the team keeps it');
  assert.equal(p.require.signer, true);
  assert.deepEqual(p.cc.npc, ['甲', '乙']);
  assert.deepEqual(p.cc.cppcc, ['市政协提案委员会', '市政府督查室'], 'cc merges key by key');
  assert.equal(p.rules?.['numbering-sequence'], 'off');
  assert.equal(resolveProfile(p), p);
  const inline = loadConfigForFile(join(root, 'inline/letter.txt'), { root });
  const ip = resolveProfile(inline.config.profile);
  assert.equal(ip.require.cc, true);
  assert.equal(ip.require.signer, true);
  // resolveProfile also accepts a spec that extends a built-in (the editor may pass one).
  assert.equal(resolveProfile({ extends: 'xiamen', id: 'x' } as unknown as Profile).require.disclosure, true);
  // The profile reaches the rules: the linter runs with it.
  assert.doesNotThrow(() => lint({ text: '标题\n', path: 'x.txt' }, r.config));
});

test('include / exclude mark files as ignored (patterns relative to the config file)', () => {
  const root = tree({
    '.replylintrc.json': { exclude: ['drafts/', '*.bak.txt'] },
    'sub/.replylintrc.json': { include: ['letters/**/*.txt'] },
  });
  const at = (p: string) => loadConfigForFile(join(root, p), { root }).ignored;
  assert.equal(at('a.txt'), false);
  assert.equal(at('drafts/a.txt'), true);
  assert.equal(at('x/old.bak.txt'), true);
  assert.equal(at('sub/letters/2023/a.txt'), false);
  assert.equal(at('sub/notes/a.txt'), true);
});

test('untrusted workspace: registry files outside the root are not read', () => {
  const outside = tree({ 'reg.csv': 'title\n某某办法\n' });
  const root = tree({ '.replylintrc.json': { registry: [join(outside, 'reg.csv'), './in.csv'] }, 'in.csv': 'title\n另一办法\n', 'letter.txt': '' });
  const trusted = loadConfigForFile(join(root, 'letter.txt'), { root });
  assert.equal(trusted.config.registry?.size, 2);
  const untrusted = loadConfigForFile(join(root, 'letter.txt'), { root, trusted: false });
  assert.deepEqual(untrusted.errors, []);
  assert.equal(untrusted.config.registry?.size, 1);
  assert.deepEqual(untrusted.skipped, [join(outside, 'reg.csv')]);
});

test('the editor keeps the last good config while a config file is broken', () => {
  const root = tree({ '.replylintrc.json': { profile: 'xiamen' }, 'letter.txt': '' });
  const store = new ConfigStore();
  const file = join(root, 'letter.txt');
  assert.equal(store.resolve(file, { root }).config.profile, 'xiamen');
  writeFileSync(join(root, '.replylintrc.json'), '{ "profile": "xiamen", "rules": { "nope": "off" } }');
  const bad = store.resolve(file, { root });
  assert.equal(bad.stale, true);
  assert.equal(bad.errors.length, 1);
  assert.equal(bad.config.profile, 'xiamen');
  // A folder with no good config yet falls back to the defaults.
  mkdirSync(join(root, 'new'));
  assert.deepEqual(store.resolve(join(root, 'new/l.txt'), { root, overrides: { locale: 'en' } }).config, { locale: 'en' });
});

test('config files are re-read when they change (cache keyed by mtime and size)', () => {
  const root = tree({ '.replylintrc.json': { locale: 'en' }, 'letter.txt': '' });
  const file = join(root, 'letter.txt');
  assert.equal(loadConfigForFile(file, { root }).config.locale, 'en');
  writeFileSync(join(root, '.replylintrc.json'), JSON.stringify({ locale: 'zh', profile: 'fujian' }));
  assert.equal(loadConfigForFile(file, { root }).config.profile, 'fujian');
});
