/**
 * Every rule's doc examples as rule-tester cases: an incorrect example must get at least one
 * finding from its own rule (and read as its `output` after the rule's safe fixes), a correct
 * one none. Shared by test/rules/examples.test.ts, scripts/check-examples.ts (the counts) and
 * scripts/gen-docs.ts (the pages show what the rule says about each example).
 */
import type { ExampleSpec, Rule, RuleExample } from '../../server/src/rules/rule';
import assert from 'node:assert/strict';
import { checkInvalid, checkValid, fixedText, runCase, type CaseRun } from './rule-tester';

export function spec(e: RuleExample): ExampleSpec {
  return typeof e === 'string' ? { text: e } : e;
}

export interface ExampleRun {
  rule: Rule;
  kind: 'correct' | 'incorrect';
  example: ExampleSpec;
  run: CaseRun;
  /** Why the example fails its check; undefined when it passes. */
  failure?: string;
}

/** Runs every example of the rules; failures carry the assertion's message. */
export function runExamples(list: readonly Rule[]): ExampleRun[] {
  const out: ExampleRun[] = [];
  for (const rule of list) {
    for (const kind of ['incorrect', 'correct'] as const) {
      for (const e of rule.examples?.[kind] ?? []) {
        const example = spec(e);
        const run = runCase(rule, example);
        let failure: string | undefined;
        try {
          if (kind === 'correct') checkValid(rule, example, run);
          else {
            checkInvalid(rule, example, run);
            assertFixRestores(rule, example, run);
          }
        } catch (err) {
          failure = (err as Error).message.split('\n')[0];
        }
        out.push({ rule, kind, example, run, failure });
      }
    }
  }
  return out;
}

/**
 * An incorrect example of a safe-fix rule: after the rule's fixes (when it offers any) the rule
 * has nothing more to say — the fix restores a correct text. (`output`, when given, says which.)
 */
function assertFixRestores(rule: Rule, example: ExampleSpec, run: CaseRun): void {
  if (rule.fixable !== 'safe') return;
  const fixed = fixedPart(run, example);
  if (fixed === undefined) return;
  const again = runCase(rule, { ...example, text: fixed });
  assert.equal(again.messages.length, 0, `${rule.id} on ${JSON.stringify(example.text)}: still reported after its fix: ${again.messages.map((m) => m.text.zh).join(' / ')}`);
}

/** The example's text after the rule's safe fixes, as run; undefined when it offers none. */
export function fixedPart(run: CaseRun, example: ExampleSpec): string | undefined {
  if (!run.messages.some((m) => m.fix)) return undefined;
  const fixed = fixedText(run);
  const tail = run.text.length - run.offset - example.text.length;
  return fixed.slice(run.offset, fixed.length - tail);
}

/** The counts the issue asks for: incorrect examples without a finding, correct ones flagged. */
export function exampleCounts(runs: ExampleRun[]) {
  const incorrect = runs.filter((r) => r.kind === 'incorrect');
  const correct = runs.filter((r) => r.kind === 'correct');
  return {
    incorrect: incorrect.length,
    incorrectUnflagged: incorrect.filter((r) => r.run.messages.length === 0).length,
    correct: correct.length,
    correctFlagged: correct.filter((r) => r.run.messages.length > 0).length,
    failing: runs.filter((r) => r.failure).length,
  };
}
