import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cases, render } from './expected';
import { read } from '../helpers';

for (const c of cases()) {
  test(`real letter ${c.name}: findings are exactly the reviewed list`, () => {
    assert.ok(existsSync(c.path), `missing input ${c.path}`);
    assert.ok(existsSync(c.expectedPath), `missing sidecar ${c.expectedPath} (run npm run update-expected and review it)`);
    assert.equal(render(c.path), read(c.expectedPath));
  });
}
