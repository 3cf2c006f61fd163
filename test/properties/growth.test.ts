/**
 * Every input lints in linear time: each pathological shape (deep nesting of every bracket kind,
 * unclosed openers, runs of markers and marks, one long line, many short lines) at n and 4n
 * characters; the time ratio stays under 6 (quadratic would be ~16). Here one shape of each kind
 * (a 1 MB line, 20,000 lines); every shape at full size (a 5 MB line, 100,000 lines) in `npm run fuzz`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_RATIO, SHAPES, formatGrowth, growth } from './growth';

for (const shape of SHAPES.filter((s) => s.inTest)) {
  test(`linear time: ${shape.name}`, (t) => {
    const g = growth(shape, shape.small, { runs: 3 });
    t.diagnostic(formatGrowth(g, shape.unit));
    assert.ok(g.ratio < MAX_RATIO, `superlinear: ${formatGrowth(g, shape.unit)}`);
  });
}
