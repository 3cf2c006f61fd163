/**
 * JUnit XML for CI test tabs: one <testsuite> per file; one <testcase> per finding (errors and
 * warnings as <failure type="error|warning">, info as a passing case with <system-out>), a
 * single passing <testcase> for a clean file, and an <error> case for a file that could not be
 * linted (binary, too large, unreadable).
 */
import type { FileReport, FormatOptions } from '.';
import { spanOf } from './util';

/** Characters XML 1.0 cannot hold at all (control characters are meant here). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlEscape(s: string): string {
  // Characters XML 1.0 cannot hold are dropped; the rest escaped.
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function formatJunit(reports: FileReport[], opts: FormatOptions): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of reports) {
    const file = xmlEscape(r.file);
    const cases: string[] = [];
    let suiteFailures = 0;
    if (r.messages.length === 0) cases.push(`    <testcase name="replylint" classname="${file}"/>`);
    for (const m of r.messages) {
      const s = spanOf(m);
      const name = xmlEscape(`${s.line}:${s.column} ${m.ruleId}`);
      const body = xmlEscape(`${r.file}:${s.line}:${s.column}: ${m.severity}: ${m.reason} (${m.ruleId}) ${m.url ?? ''}`.trimEnd());
      if (m.severity === 'info') {
        cases.push(`    <testcase name="${name}" classname="${file}"><system-out>${body}</system-out></testcase>`);
      } else {
        suiteFailures++;
        cases.push(`    <testcase name="${name}" classname="${file}"><failure message="${xmlEscape(m.reason)}" type="${m.severity}">${body}</failure></testcase>`);
      }
    }
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${file}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  for (const n of opts.notLinted) {
    const file = xmlEscape(n.file);
    tests++;
    errors++;
    suites.push(
      `  <testsuite name="${file}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase name="replylint" classname="${file}"><error message="${xmlEscape(n.reason)}" type="not-linted">${xmlEscape(n.reason)}</error></testcase>\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="replylint" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>`;
}
