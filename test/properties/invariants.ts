/** The engine's promises, checked on any input (used by the property tests and the fuzzer). */
import assert from 'node:assert/strict';
import { fixAll, fixUntilStable, fixesInPrecedence, lint, INTERNAL_RULE_ID } from '../../server/src/engine/lint';
import { selectEdits } from '../../server/src/engine/fixes';
import { TODAY } from '../helpers';

export function checkInvariants(text: string, format: 'txt' | 'md' = 'txt') {
  const config = { today: TODAY, profile: 'xiamen' };
  const { messages } = lint({ text, format }, config);
  for (const m of messages) {
    assert.notEqual(m.ruleId, INTERNAL_RULE_ID, `a rule threw: ${m.reason}`);
    const [s, e] = m.range;
    assert.ok(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length, `bad range ${m.range} (${m.ruleId})`);
    for (const f of [m.fix, ...(m.suggestions ?? [])]) {
      if (!f) continue;
      const edits = f.edits ?? [f];
      for (const ed of edits) {
        assert.ok(0 <= ed.range[0] && ed.range[0] <= ed.range[1] && ed.range[1] <= text.length, `bad fix range ${ed.range} (${m.ruleId})`);
      }
    }
  }

  // Fix safety: outside the accepted edits nothing changes.
  const edits = selectEdits(fixesInPrecedence(messages), text.length);
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].range[1] <= edits[i].range[0] || edits[i - 1].range[0] === edits[i - 1].range[1], 'overlapping edits applied');
  const once = fixAll(text, messages).output;
  let at = 0;
  let outAt = 0;
  for (const e of edits) {
    assert.equal(once.slice(outAt, outAt + (e.range[0] - at)), text.slice(at, e.range[0]), 'text outside a fix changed');
    outAt += e.range[0] - at + e.text.length;
    at = e.range[1];
  }
  assert.equal(once.slice(outAt), text.slice(at), 'text after the last fix changed');

  // Fix-all reaches a fixed point: re-linting its output finds nothing fixable, and fixing
  // that output again changes nothing.
  const fixed = fixUntilStable({ text, format }, config);
  const fixable = fixed.result.messages.filter((m) => m.fix);
  assert.deepEqual(
    fixable.map((m) => `${m.ruleId}@${m.range}`),
    [],
    `fixable findings remain after fix-all (${fixed.passes} passes)`,
  );
  assert.equal(fixUntilStable({ text: fixed.output, format }, config).output, fixed.output);
}
