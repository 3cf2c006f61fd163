/**
 * The cross-letter rules' examples run (W01–W05), as test/harness/examples.ts runs the letter
 * rules'. A cross-letter example is a list of letters; each letter is a fragment placed in the
 * correct host letter (test/harness/letter.ts) at the part it stands in for (`in`, `with`: the
 * per-letter examples' ExampleSpec fields), under its own file name. The letters are checked
 * together as a folder is: each linted through the door, its facts read (`factsFor`), then the
 * door's workspace check (`checkWorkspace`) — with only the rule under test on (as `replylint
 * --rule` does), so a finding names one rule. An incorrect example must get at least one finding
 * from its rule, a correct one none. Shared by test/rules/examples.test.ts,
 * scripts/check-examples.ts (the counts) and scripts/gen-docs.ts (the pages show the findings).
 */
import assert from 'node:assert/strict';
import { checkWorkspace, factsFor, lint, PolicyRegistry, type IndexedLetter, type LintConfig, type WorkspaceFinding } from '../../server/src/index';
import type { CrossLetterExample, ExampleLetter, WorkspaceRule } from '../../server/src/rules/rule';
import { caseText, TODAY } from './rule-tester';

/** One letter of an example as run: the whole letter, and where its fragment sits in it. */
export interface LetterRun {
  example: ExampleLetter;
  text: string;
  offset: number;
}

export interface CrossLetterRun {
  letters: LetterRun[];
  /** The rule's findings, in the workspace check's order (letter, offset). */
  findings: WorkspaceFinding[];
}

/** Lints the example's letters with only `rule` on, and checks them together. */
export function runCrossLetter(rule: WorkspaceRule, example: CrossLetterExample): CrossLetterRun {
  const letters = example.map((l) => ({ example: l, ...caseText(l) }));
  const indexed: IndexedLetter[] = letters.map(({ example: l, text }) => {
    const config: LintConfig = {
      today: TODAY,
      only: [rule.id],
      ...(l.profile ? { profile: l.profile } : {}),
      ...(l.registry ? { registry: new PolicyRegistry(l.registry) } : {}),
    };
    const result = lint({ text, path: l.file }, config);
    assert.deepEqual(
      result.messages.map((m) => [m.ruleId, m.text.zh]),
      [],
      `${rule.id}: letter rules report on ${l.file}`,
    );
    return { file: l.file, name: l.file, facts: factsFor(result, config) };
  });
  const findings = checkWorkspace(indexed, TODAY);
  const others = findings.filter((f) => f.ruleId !== rule.id);
  assert.deepEqual(
    others.map((f) => [f.ruleId, f.message.zh]),
    [],
    `${rule.id}: other rules report`,
  );
  return { letters, findings };
}

/** `a.txt: <fragment>`, each letter of an example on its line (how messages and docs name them). */
export function exampleText(example: CrossLetterExample): string {
  return example.map((l) => `${l.file}: ${l.text}`).join('\n');
}

const show = (run: CrossLetterRun) => JSON.stringify(run.findings.map((f) => [run.letters[f.letter].example.file, f.message.zh]));

/** Throws when the run does not say what the example says (incorrect: a finding; correct: none). */
function check(rule: WorkspaceRule, kind: 'correct' | 'incorrect', example: CrossLetterExample, run: CrossLetterRun): void {
  if (kind === 'correct') assert.equal(run.findings.length, 0, `${rule.id} flags the correct ${JSON.stringify(exampleText(example))}: ${show(run)}`);
  else assert.ok(run.findings.length > 0, `${rule.id} on ${JSON.stringify(exampleText(example))}: no finding`);
}

export function assertCrossLetterValid(rule: WorkspaceRule, example: CrossLetterExample): void {
  check(rule, 'correct', example, runCrossLetter(rule, example));
}

export function assertCrossLetterInvalid(rule: WorkspaceRule, example: CrossLetterExample): void {
  check(rule, 'incorrect', example, runCrossLetter(rule, example));
}

export interface CrossLetterExampleRun {
  rule: WorkspaceRule;
  kind: 'correct' | 'incorrect';
  example: CrossLetterExample;
  /** Undefined when the letters could not be checked with the rule alone (see failure). */
  run?: CrossLetterRun;
  /** Why the example fails its check; undefined when it passes. */
  failure?: string;
}

/** Runs every example of the cross-letter rules; failures carry the assertion's message. */
export function runCrossLetterExamples(list: readonly WorkspaceRule[]): CrossLetterExampleRun[] {
  const out: CrossLetterExampleRun[] = [];
  for (const rule of list) {
    for (const kind of ['incorrect', 'correct'] as const) {
      for (const example of rule.examples?.[kind] ?? []) {
        let run: CrossLetterRun | undefined;
        let failure: string | undefined;
        try {
          run = runCrossLetter(rule, example);
          check(rule, kind, example, run);
        } catch (err) {
          failure = (err as Error).message.split('\n')[0];
        }
        out.push({ rule, kind, example, run, failure });
      }
    }
  }
  return out;
}

/** The counts the issue asks for: how many examples ran, incorrect ones without a finding, correct ones flagged. */
export function crossLetterCounts(runs: CrossLetterExampleRun[]) {
  const incorrect = runs.filter((r) => r.kind === 'incorrect');
  const correct = runs.filter((r) => r.kind === 'correct');
  return {
    incorrect: incorrect.length,
    incorrectUnflagged: incorrect.filter((r) => (r.run?.findings.length ?? 0) === 0).length,
    correct: correct.length,
    correctFlagged: correct.filter((r) => (r.run?.findings.length ?? 0) > 0).length,
    failing: runs.filter((r) => r.failure).length,
  };
}
