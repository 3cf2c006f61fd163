/**
 * Runs every rule's doc examples through the rule tester (test/harness/examples.ts) and prints
 * the counts — incorrect examples with no finding from their rule, correct ones it flags — and
 * each failing example. Exit 1 when any fails. test/rules/examples.test.ts asserts the same.
 *   npx tsx scripts/check-examples.ts
 */
import { rules } from '../server/src/index';
import { exampleCounts, runExamples } from '../test/harness/examples';

const runs = runExamples(rules);
for (const r of runs) if (r.failure) console.log(`${r.kind === 'correct' ? 'FLAGGED' : 'MISSED '} ${r.rule.id}: ${r.failure}`);
const c = exampleCounts(runs);
console.log(`${c.incorrectUnflagged} of ${c.incorrect} incorrect examples get no finding from their rule; ${c.correctFlagged} of ${c.correct} correct examples are flagged; ${c.failing} examples fail their check.`);
process.exitCode = c.failing > 0 ? 1 : 0;
