/// <reference types="mocha" />
// Runs inside VS Code's extension host: mocha over the suite's *.test.cjs files, then writes
// {passed, failed} to REPLYLINT_E2E_SUMMARY for the outer runner.
import * as path from 'node:path';
import * as fs from 'node:fs';

export async function run(): Promise<void> {
  // mocha comes from test/e2e/node_modules (installed by setup.sh), not the extension's deps.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require(path.join(__dirname, '..', 'node_modules', 'mocha'));
  const mocha = new Mocha({ ui: 'tdd', timeout: 60000, color: false });
  // REPLYLINT_E2E_SUITE=vsix runs the *.vsix.test files (against the installed .vsix); any
  // other suite runs the rest. REPLYLINT_E2E_GREP narrows to matching test titles.
  const vsix = process.env.REPLYLINT_E2E_SUITE === 'vsix';
  if (process.env.REPLYLINT_E2E_GREP) mocha.grep(process.env.REPLYLINT_E2E_GREP);
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.cjs') && f.endsWith('.vsix.test.cjs') === vsix) mocha.addFile(path.join(__dirname, f));
  }
  const failures: number = await new Promise((resolve) => {
    const runner = mocha.run((n: number) => resolve(n));
    let passed = 0;
    let failed = 0;
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
    runner.on('end', () => {
      const out = process.env.REPLYLINT_E2E_SUMMARY;
      if (out) fs.writeFileSync(out, JSON.stringify({ passed, failed }));
    });
  });
  if (failures > 0) throw new Error(`${failures} extension test(s) failed`);
}
