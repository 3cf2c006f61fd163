import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CATEGORIES, cases, expectedPath, render } from './expected';
import { read } from '../helpers';

for (const c of cases()) {
  test(`real letter ${c.name}: findings are exactly the reviewed lists`, () => {
    assert.ok(existsSync(c.path), `missing input ${c.path}`);
    const actual = render(c.path);
    for (const category of CATEGORIES) {
      const file = expectedPath(category, c);
      const expected = existsSync(file) ? read(file) : '';
      assert.equal(actual.get(category), expected, `${category} findings of ${c.name} differ from ${file}`);
    }
  });
}
