/**
 * Runs every rule's doc examples through the rule tester (test/harness/examples.ts) and the
 * cross-letter rules' through the cross-letter tester (test/harness/cross-letter.ts), and prints
 * the counts — incorrect examples with no finding from their rule, correct ones it flags — and
 * each failing example. Exit 1 when any fails. test/rules/examples.test.ts asserts the same.
 *   npx tsx scripts/check-examples.ts
 */
import { rules, workspaceRules } from '../server/src/index';
import { exampleCounts, runExamples } from '../test/harness/examples';
import { crossLetterCounts, runCrossLetterExamples } from '../test/harness/cross-letter';

const letterRuns = runExamples(rules);
const crossRuns = runCrossLetterExamples(workspaceRules);
for (const r of [...letterRuns, ...crossRuns]) if (r.failure) console.log(`${r.kind === 'correct' ? 'FLAGGED' : 'MISSED '} ${r.rule.id}: ${r.failure}`);
const c = exampleCounts(letterRuns);
const w = crossLetterCounts(crossRuns);
console.log(
  `Letter rules: ${c.incorrectUnflagged} of ${c.incorrect} incorrect examples get no finding from their rule; ${c.correctFlagged} of ${c.correct} correct examples are flagged; ${c.failing} examples fail their check.`,
);
console.log(
  `Cross-letter rules: ${w.incorrectUnflagged} of ${w.incorrect} incorrect examples get no finding from their rule; ${w.correctFlagged} of ${w.correct} correct examples are flagged; ${w.failing} examples fail their check.`,
);
process.exitCode = c.failing + w.failing > 0 ? 1 : 0;
