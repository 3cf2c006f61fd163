/** Every output format on the fixture set, and the SARIF output against the official schema. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { ROOT } from '../helpers';
import { GENERIC, runCli, tempDir, removeDir } from './cli-helpers';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import { rules } from '../../server/src/index';

const FILES = ['test/fixtures/cli/generic/clean.txt', 'test/fixtures/cli/generic/letter.md', 'test/fixtures/cli/generic/warnings-only.txt', 'test/fixtures/cli/generic/with-errors.txt'];
const opts = { cwd: ROOT };

async function json(files = FILES) {
  const r = await runCli(['--format', 'json', ...files], opts);
  return { ...r, data: JSON.parse(r.stdout) as Array<{ file: string; messages: Array<Record<string, any>> }> };
}

describe('--format json (the stable contract)', () => {
  test('exact keys, order and types; paths as given; 1-based line/column; UTF-16 offsets', async () => {
    const { code, data, stdout } = await json();
    assert.equal(code, 1);
    assert.deepEqual(
      data.map((f) => f.file),
      FILES,
    );
    assert.equal(data[0].messages.length, 0, 'the clean fixture has no findings');
    let withFix = 0;
    for (const f of data) {
      for (const m of f.messages) {
        const keys = Object.keys(m);
        const base = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset'];
        assert.deepEqual(keys, m.fix ? [...base, 'fix'] : base);
        assert.ok(['error', 'warning', 'info'].includes(m.severity as string));
        assert.ok((m.line as number) >= 1 && (m.column as number) >= 1);
        if (m.fix) {
          withFix++;
          assert.deepEqual(Object.keys(m.fix as object), ['range', 'text']);
        }
        const text = readFileSync(join(ROOT, f.file), 'utf8');
        assert.ok((m.endOffset as number) <= text.length);
      }
    }
    assert.ok(withFix > 0);
    // One line, no trailing spaces: byte-stable output.
    assert.equal(stdout, JSON.stringify(data) + '\n');
  });
});

describe('--format stylish', () => {
  test('no colour off a terminal; colour on a terminal; NO_COLOR and --no-color win', async () => {
    const plain = await runCli(FILES, opts);
    assert.equal(plain.code, 1);
    assert.doesNotMatch(plain.stdout, /\x1b\[/);
    assert.match(plain.stdout, /doc-number-brackets/);
    assert.match(plain.stdout, /✖ \d+ 个问题/);
    const tty = await runCli(FILES, { cwd: ROOT, isTTY: true });
    assert.match(tty.stdout, /\x1b\[/);
    const noColor = await runCli(FILES, { cwd: ROOT, isTTY: true, env: { NO_COLOR: '1' } });
    assert.doesNotMatch(noColor.stdout, /\x1b\[/);
    const flag = await runCli(['--no-color', ...FILES], { cwd: ROOT, isTTY: true });
    assert.doesNotMatch(flag.stdout, /\x1b\[/);
  });

  test('a clean file prints nothing', async () => {
    const r = await runCli([FILES[0]], opts);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
  });
});

describe('--format sarif', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'schemas', 'sarif-2.1.0.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile<any>(schema);

  test('validates against the official SARIF 2.1.0 schema, with rules, regions and fixes', async () => {
    const r = await runCli(['--format', 'sarif', ...FILES], opts);
    assert.equal(r.code, 1);
    const log: any = JSON.parse(r.stdout);
    const ok = validate(log);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    const driver = run.tool.driver;
    assert.equal(driver.name, 'replylint');
    assert.equal(driver.rules.length, rules.length);
    for (const rule of driver.rules) {
      assert.match(rule.helpUri, new RegExp(`/docs/rules/${rule.id}\\.md$`));
      assert.ok(rule.shortDescription.text.length > 0);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      assert.ok(rule.name);
    }
    const { data } = await json();
    const expected: Array<Record<string, any>> = data.flatMap((f) => f.messages.map((m) => ({ ...m, file: f.file })));
    assert.equal(run.results.length, expected.length);
    let fixes = 0;
    run.results.forEach((res: any, i: number) => {
      const m = expected[i];
      assert.equal(res.ruleId, m.ruleId);
      assert.equal(driver.rules[res.ruleIndex].id, m.ruleId);
      assert.equal(res.level, m.severity === 'info' ? 'note' : m.severity);
      assert.equal(res.message.text, m.message);
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uri, m.file, 'relative, forward slashes');
      assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.deepEqual(loc.region, {
        startLine: m.line,
        startColumn: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        charOffset: m.offset,
        charLength: (m.endOffset as number) - (m.offset as number),
      });
      if (m.fix) {
        fixes++;
        const change = res.fixes[0].artifactChanges[0];
        assert.equal(change.artifactLocation.uri, m.file);
        assert.ok(change.replacements.length >= 1);
        assert.ok('charOffset' in change.replacements[0].deletedRegion);
      }
    });
    assert.ok(fixes > 0);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.invocations[0].executionSuccessful, true);
    // The validator does bite: a broken log fails.
    const broken = structuredClone(log);
    broken.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    assert.equal(validate(broken), false);
    assert.equal(validate({ version: '2.1.0' }), false);
  });

  test('a skipped input is a tool notification, still schema-valid; odd file names are encoded', async () => {
    const dir = tempDir();
    try {
      const { writeFileSync, copyFileSync } = await import('node:fs');
      writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
      copyFileSync(join(GENERIC, 'with-errors.txt'), join(dir, '答复 #1.txt'));
      const r = await runCli(['--format', 'sarif', 'blob.txt', '答复 #1.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      const log: any = JSON.parse(r.stdout);
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
      const inv = log.runs[0].invocations[0];
      assert.equal(inv.executionSuccessful, false);
      assert.match(inv.toolExecutionNotifications[0].message.text, /blob\.txt skipped: binary/);
      assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, encodeURIComponent('答复 #1.txt'));
    } finally {
      removeDir(dir);
    }
  });
});

describe('--format github', () => {
  test('one workflow command per finding, severities mapped', async () => {
    const r = await runCli(['--format', 'github', ...FILES], opts);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    const { data } = await json();
    const expected: Array<Record<string, any>> = data.flatMap((f) => f.messages.map((m) => ({ ...m, file: f.file })));
    assert.equal(lines.length, expected.length);
    lines.forEach((line, i) => {
      const m = expected[i];
      const cmd = m.severity === 'error' ? 'error' : m.severity === 'warning' ? 'warning' : 'notice';
      assert.equal(line, `::${cmd} file=${m.file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${m.ruleId}::${m.message}`);
    });
  });

  test('escaping follows the workflow-command rules', () => {
    assert.equal(escapeData('50% a\r\nb: c, d'), '50%25 a%0D%0Ab: c, d');
    assert.equal(escapeProperty('dir,x/a:b%.txt'), 'dir%2Cx/a%3Ab%25.txt');
  });

  test('a file name with a comma and a colon is escaped in the file property', async () => {
    const dir = tempDir();
    try {
      const { copyFileSync } = await import('node:fs');
      copyFileSync(join(GENERIC, 'with-errors.txt'), join(dir, 'a,b:c.txt'));
      const r = await runCli(['--format', 'github', 'a,b:c.txt'], { cwd: dir });
      assert.match(r.stdout, /^::error file=a%2Cb%3Ac\.txt,line=/m);
    } finally {
      removeDir(dir);
    }
  });
});

describe('--format junit', () => {
  test('one testsuite per file, one testcase per finding, a passing case for a clean file', async () => {
    const r = await runCli(['--format', 'junit', ...FILES], opts);
    assert.equal(r.code, 1);
    const xml = r.stdout;
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
    const suites = [...xml.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)"/g)];
    assert.deepEqual(
      suites.map((s) => s[1]),
      FILES,
    );
    const { data } = await json();
    data.forEach((f, i) => {
      assert.equal(Number(suites[i][2]), Math.max(1, f.messages.length));
      assert.equal(Number(suites[i][3]), f.messages.filter((m) => m.severity !== 'info').length);
    });
    assert.match(xml, /<testcase name="replylint" classname="test\/fixtures\/cli\/generic\/clean\.txt"\/>/);
    assert.match(xml, /<failure message="[^"]*" type="error">/);
    // Balanced elements (a cheap well-formedness check).
    assert.equal((xml.match(/<testsuite /g) ?? []).length, (xml.match(/<\/testsuite>/g) ?? []).length);
    assert.equal(
      (xml.match(/<testcase /g) ?? []).length,
      data.reduce((n, f) => n + Math.max(1, f.messages.length), 0),
    );
  });
});

describe('--output-file', () => {
  test('writes the report to the file (folders created), nothing on stdout', async () => {
    const dir = tempDir();
    try {
      const out = join(dir, 'reports', 'replylint.sarif');
      const r = await runCli(['--format', 'sarif', '--output-file', out, ...FILES], opts);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      const log = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(log.version, '2.1.0');
    } finally {
      removeDir(dir);
    }
  });
});
