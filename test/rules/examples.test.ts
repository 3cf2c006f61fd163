/**
 * Every rule's doc examples run (test/harness/examples.ts): each incorrect one gets a finding
 * from its own rule, each correct one none, each fixed one reads as its output. The letter the
 * examples that cannot stand alone are embedded in is itself correct under all rules together.
 * The cross-letter rules' examples (lists of letters) run too (test/harness/cross-letter.ts):
 * the letters checked together, an incorrect example flagged by its rule, a correct one not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { crossLetterRules, rules } from '../../server/src/rules';
import { HOST_LETTER } from '../harness/letter';
import { TODAY } from '../harness/rule-tester';
import { runExamples } from '../harness/examples';
import { assertCrossLetterInvalid, assertCrossLetterValid, runCrossLetterExamples } from '../harness/cross-letter';

test('the host letter of embedded examples lints clean under every rule, in the generic and xiamen profiles, as text and as Markdown', () => {
  for (const profile of ['generic', 'xiamen']) {
    for (const path of ['letter.txt', 'letter.md']) {
      const { messages } = lint({ text: HOST_LETTER, path }, { profile, today: TODAY });
      assert.deepEqual(
        messages.map((m) => [m.ruleId, m.text.zh]),
        [],
        `${profile} ${path}`,
      );
    }
  }
});

test('every rule example passes its check (incorrect: a finding and the fixed output; correct: none)', () => {
  const runs = runExamples(rules);
  assert.deepEqual(
    runs.filter((r) => r.failure).map((r) => r.failure),
    [],
  );
  // Every rule shows at least one incorrect example; a safe-fix rule says what each one reads
  // as after its fix (output), or that it offers none (null).
  for (const r of rules) {
    assert.ok((r.examples?.incorrect.length ?? 0) > 0, `${r.id} has an incorrect example`);
    if (r.fixable !== 'safe') continue;
    for (const e of r.examples!.incorrect) assert.ok(typeof e !== 'string' && e.output !== undefined, `${r.id}: ${JSON.stringify(e)} states its output`);
  }
});

test('every cross-letter rule example passes its check (incorrect: a finding from its rule; correct: none)', () => {
  const runs = runCrossLetterExamples(crossLetterRules);
  assert.deepEqual(
    runs.filter((r) => r.failure).map((r) => r.failure),
    [],
  );
  for (const r of crossLetterRules) {
    assert.ok((r.examples?.incorrect.length ?? 0) > 0, `${r.id} has an incorrect example`);
    assert.ok((r.examples?.correct.length ?? 0) > 0, `${r.id} has a correct example`);
  }
  // Every example was run: 5 rules, each with its incorrect and correct examples.
  assert.equal(
    runs.length,
    crossLetterRules.reduce((n, r) => n + r.examples!.incorrect.length + r.examples!.correct.length, 0),
  );
});

test('the cross-letter tester fails a correct example said to be incorrect, and the other way round', () => {
  for (const r of crossLetterRules) {
    assert.throws(() => assertCrossLetterInvalid(r, r.examples!.correct[0]), /no finding/, r.id);
    assert.throws(() => assertCrossLetterValid(r, r.examples!.incorrect[0]), /flags the correct/, r.id);
  }
});
