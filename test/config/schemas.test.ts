import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'jsonc-parser';
import { generatedSchemas } from '../../scripts/gen-schemas';
import { ROOT } from '../helpers';
import { configurableRules as rules } from '../../server/src/rules';
import { builtinProfiles } from '../../server/src/profiles';
import { loadConfigForFile, validateConfigText, validateProfileText } from '../../server/src/config';
import { parseRegistryText } from '../../server/src/config';

const SCHEMAS = join(ROOT, 'schemas');

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

test('the committed schemas are up to date (regenerate with npm run gen:schemas)', () => {
  for (const [name, text] of Object.entries(generatedSchemas())) {
    const committed = readFileSync(join(SCHEMAS, name), 'utf8');
    assert.ok(committed === text, `schemas/${name} is out of date: run npm run gen:schemas and commit the result`);
  }
});

test('every schema compiles with ajv in strict mode', () => {
  for (const name of Object.keys(generatedSchemas())) {
    const ajv = new Ajv({ strict: true, strictTuples: false, allowUnionTypes: true });
    ajv.addKeyword('defaultSnippets');
    const schema = JSON.parse(readFileSync(join(SCHEMAS, name), 'utf8'));
    assert.doesNotThrow(() => ajv.compile(schema), name);
  }
});

test('the config schema lists every rule with its default severity', () => {
  const schema = JSON.parse(readFileSync(join(SCHEMAS, 'replylintrc.schema.json'), 'utf8'));
  const props = schema.properties.rules.properties;
  assert.deepEqual(Object.keys(props).sort(), rules.map((r) => r.id).sort());
  for (const r of rules) assert.equal(props[r.id].default, r.defaultOff ? 'off' : r.severity, r.id);
});

test('built-in profiles satisfy the profile schema', () => {
  for (const [id, p] of Object.entries(builtinProfiles)) {
    assert.deepEqual(validateProfileText(JSON.stringify(p), `${id}.json`), [], id);
  }
});

test('every example and fixture config, profile and registry validates', () => {
  const files = [...walk(join(ROOT, 'examples')), ...walk(join(ROOT, 'test', 'fixtures', 'config')), ...walk(join(ROOT, 'test', 'fixtures', 'registry'))];
  let configs = 0;
  let profiles = 0;
  let registries = 0;
  for (const f of files) {
    const rel = relative(ROOT, f);
    if (/(^|\/)bad[^/]*$|\/invalid\//.test(rel)) continue; // deliberately broken fixtures
    const text = readFileSync(f, 'utf8');
    if (f.endsWith('.replylintrc.json') || /\/config\/.*\.rc\.json$/.test(f)) {
      assert.deepEqual(validateConfigText(text, f), [], rel);
      configs++;
    } else if (/profile[^/]*\.json$/.test(f)) {
      assert.deepEqual(validateProfileText(text, f), [], rel);
      profiles++;
    } else if (/(policies|registry)[^/]*\.(json|csv)$/.test(f)) {
      assert.deepEqual(parseRegistryText(text, f).errors, [], rel);
      assert.ok(parseRegistryText(text, f).entries.length > 0, rel);
      registries++;
    }
  }
  assert.ok(configs >= 2 && profiles >= 1 && registries >= 4, `${configs} configs, ${profiles} profiles, ${registries} registries`);
});

test('the example config resolves: team profile over xiamen, seed registry loaded', () => {
  const r = loadConfigForFile(join(ROOT, 'examples/config/letter.txt'), { root: ROOT });
  assert.deepEqual(r.errors, []);
  const p = r.config.profile as { id: string; require: { disclosure: boolean }; contactLabels: string[] };
  assert.equal(p.id, 'xiamen-gxj');
  assert.equal(p.require.disclosure, true);
  assert.deepEqual(p.contactLabels, ['联系人', '承办人']);
  assert.equal(r.config.registry?.size, 17);
});

test('the example registry in JSON and CSV hold the same entries', () => {
  const strip = (es: Array<Record<string, unknown>>) => es.map(({ source, ...e }) => (void source, e));
  const json = parseRegistryText(readFileSync(join(ROOT, 'examples/registry/seed.policies.json'), 'utf8'), 'seed.policies.json');
  const csv = parseRegistryText(readFileSync(join(ROOT, 'examples/registry/seed.policies.csv'), 'utf8'), 'seed.policies.csv');
  const norm = (es: Array<Record<string, unknown>>) => strip(es).map((e) => ({ status: 'in-force', ...e }));
  assert.deepEqual(norm(csv.entries as never), norm(json.entries as never));
  // A JSON parse of the schema-declared example uses $schema paths that exist.
  const cfg = parse(readFileSync(join(ROOT, 'examples/config/.replylintrc.json'), 'utf8'));
  assert.ok(statSync(join(ROOT, 'examples/config', cfg.$schema)).isFile());
});
