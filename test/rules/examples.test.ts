/**
 * Every rule's doc examples run (test/harness/examples.ts): each incorrect one gets a finding
 * from its own rule, each correct one none, each fixed one reads as its output. The letter the
 * examples that cannot stand alone are embedded in is itself correct under all rules together.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules';
import { HOST_LETTER } from '../harness/letter';
import { TODAY } from '../harness/rule-tester';
import { runExamples } from '../harness/examples';

test('the host letter of embedded examples lints clean under every rule, in the generic and xiamen profiles, as text and as Markdown', () => {
  for (const profile of ['generic', 'xiamen']) {
    for (const path of ['letter.txt', 'letter.md']) {
      const { messages } = lint({ text: HOST_LETTER, path }, { profile, today: TODAY });
      assert.deepEqual(messages.map((m) => [m.ruleId, m.text.zh]), [], `${profile} ${path}`);
    }
  }
});

test('every rule example passes its check (incorrect: a finding and the fixed output; correct: none)', () => {
  const runs = runExamples(rules);
  assert.deepEqual(runs.filter((r) => r.failure).map((r) => r.failure), []);
  // Every rule shows at least one incorrect example; a safe-fix rule says what each one reads
  // as after its fix (output), or that it offers none (null).
  for (const r of rules) {
    assert.ok((r.examples?.incorrect.length ?? 0) > 0, `${r.id} has an incorrect example`);
    if (r.fixable !== 'safe') continue;
    for (const e of r.examples!.incorrect) assert.ok(typeof e !== 'string' && e.output !== undefined, `${r.id}: ${JSON.stringify(e)} states its output`);
  }
});
