/**
 * A RuleTester in the manner of ESLint's: `ruleTester(rule, { valid, invalid })` registers one
 * test per case. A valid case must get no finding from the rule; an invalid one the findings
 * listed (or at least one), and after the rule's safe fixes the text given as `output` — the
 * "break a correct letter, check the fix restores it" pattern of test/injected, as data. A case
 * that cannot stand alone names the part of a correct letter it stands in for (`in`, `with`;
 * test/harness/letter.ts).
 *
 * Each case is linted by the real engine with only the rule under test on (as `replylint --rule`
 * does): its findings and its fixes are then the rule's alone, a failure names one rule, and an
 * invalid case may be as terse as a real mistake without other rules' findings muddying it. That
 * the host letter is correct under all rules together is checked once (test/rules/examples.test.ts).
 * A case that must also show no other rule reporting (a variation of a family's correct letter)
 * lists those rules in `quiet`: they run too and must stay silent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, lint, type LintConfig } from '../../server/src/engine/lint';
import { applyFixes } from '../../server/src/engine/fixes';
import type { ReplyMessage } from '../../server/src/engine/messages';
import { PolicyRegistry } from '../../server/src/registry/registry';
import type { ExampleSpec, Rule, Severity } from '../../server/src/rules/rule';
import type { Range } from '../../server/src/parse/types';
import { embed } from './letter';

export const TODAY = new Date('2026-11-27T00:00:00Z');

/** A case: the fields of a rule example (ExampleSpec), a name for the test, and test-only settings. */
export type ValidCase = Omit<ExampleSpec, 'output' | 'note'> & {
  name?: string;
  /** Other rules switched on too, which must report nothing (e.g. the rule's family: the case is this rule's alone). */
  quiet?: string[];
  /** More engine settings (e.g. aggregateThreshold). */
  config?: LintConfig;
};

/** What one expected finding must match; every field is optional. */
export interface ExpectedMessage {
  /** The Chinese message (exact) or a pattern it matches. */
  zh?: string | RegExp;
  en?: string | RegExp;
  severity?: Severity;
  /** UTF-16 offsets relative to the case text (to the part it stands in for, when embedded). */
  range?: Range;
  /** The text the finding covers. */
  at?: string;
  /** The replacement texts of its suggestions (editor quick fixes), in order. */
  suggestions?: string[];
}

export interface InvalidCase extends ValidCase {
  /** The findings, in order (or how many); absent: at least one. */
  messages?: number | ExpectedMessage[];
  /** The case text after the rule's safe fixes; null: the rule offers none. Absent: not checked. */
  output?: string | null;
  /** The case text after the first suggestion of the first finding is applied. */
  suggestionOutput?: string;
}

export interface CaseRun {
  /** The text linted (the case text, or the letter it is embedded in). */
  text: string;
  /** Where the case text starts in it. */
  offset: number;
  /** The rule's findings. */
  messages: ReplyMessage[];
}

/** The text a case is linted as, and where its own text sits in it. */
export function caseText(c: ValidCase): { text: string; offset: number } {
  if (!c.in && !c.with) return { text: c.text, offset: 0 };
  const parts = { ...(c.with ?? {}) };
  if (c.in) parts[c.in] = c.text;
  return embed(parts, c.in);
}

/** Lints a case with only `rule` on. */
export function runCase(rule: Rule, c: ValidCase): CaseRun {
  const { text, offset } = caseText(c);
  const { messages } = lint(
    { text, path: c.format === 'md' ? 'letter.md' : 'letter.txt' },
    {
      today: TODAY,
      ...(c.config ?? {}),
      only: [rule.id, ...(c.quiet ?? [])],
      ...(c.profile ? { profile: c.profile } : {}),
      ...(c.options ? { rules: { [rule.id]: [rule.severity, c.options] } } : {}),
      ...(c.registry ? { registry: new PolicyRegistry(c.registry) } : {}),
    },
  );
  const others = messages.filter((m) => m.ruleId !== rule.id);
  assert.deepEqual(
    others.map((m) => [m.ruleId, m.text.zh]),
    [],
    `other rules report on ${JSON.stringify(c.name ?? c.text)}`,
  );
  return { text, offset, messages: messages.filter((m) => m.ruleId === rule.id) };
}

/** The text after the rule's safe fixes (one pass, as `fixAll` applies them). */
export function fixedText(run: CaseRun): string {
  return fixAll(run.text, run.messages).output;
}

const show = (ms: ReplyMessage[]) => JSON.stringify(ms.map((m) => [m.range, m.severity, m.text.zh]));

function matches(actual: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? actual === expected : expected.test(actual);
}

export function assertValid(rule: Rule, c: ValidCase): void {
  checkValid(rule, c, runCase(rule, c));
}

export function assertInvalid(rule: Rule, c: InvalidCase): void {
  checkInvalid(rule, c, runCase(rule, c));
}

/** Throws when the run of a valid case has a finding. */
export function checkValid(rule: Rule, c: ValidCase, run: CaseRun): void {
  assert.equal(run.messages.length, 0, `${rule.id} flags the correct ${JSON.stringify(c.text)}: ${show(run.messages)}`);
}

/** Throws when the run of an invalid case does not say what the case says. */
export function checkInvalid(rule: Rule, c: InvalidCase, run: CaseRun): void {
  const what = `${rule.id} on ${JSON.stringify(c.text)}`;
  assert.ok(run.messages.length > 0, `${what}: no finding`);
  if (typeof c.messages === 'number') assert.equal(run.messages.length, c.messages, `${what}: ${show(run.messages)}`);
  else if (c.messages) {
    assert.equal(run.messages.length, c.messages.length, `${what}: ${show(run.messages)}`);
    c.messages.forEach((e, i) => {
      const m = run.messages[i];
      if (e.zh !== undefined) assert.ok(matches(m.text.zh, e.zh), `${what}: message ${i} is “${m.text.zh}”`);
      if (e.en !== undefined) assert.ok(matches(m.text.en, e.en), `${what}: message ${i} is “${m.text.en}”`);
      if (e.severity) assert.equal(m.severity, e.severity, `${what}: severity of message ${i}`);
      if (e.range) assert.deepEqual([m.range[0] - run.offset, m.range[1] - run.offset], e.range, `${what}: range of message ${i}`);
      if (e.at !== undefined) assert.equal(run.text.slice(m.range[0], m.range[1]), e.at, `${what}: text under message ${i}`);
      if (e.suggestions)
        assert.deepEqual(
          (m.suggestions ?? []).map((x) => x.text),
          e.suggestions,
          `${what}: suggestions of message ${i}`,
        );
    });
  }
  if (c.suggestionOutput !== undefined) {
    const first = run.messages[0].suggestions?.[0];
    assert.ok(first, `${what}: no suggestion`);
    assert.equal(applyFixes(run.text, [first]).output, caseText({ ...c, text: c.suggestionOutput }).text, `${what}: text after the suggestion`);
  }
  if (c.output === undefined) return;
  if (c.output === null) {
    assert.ok(
      run.messages.every((m) => !m.fix),
      `${what}: offers a safe fix`,
    );
    return;
  }
  const expected = caseText({ ...c, text: c.output }).text;
  assert.equal(fixedText(run), expected, `${what}: fixed text`);
}

/** Registers one test per case, named after the rule and the case. */
export function ruleTester(rule: Rule, cases: { valid?: ValidCase[]; invalid?: InvalidCase[] }): void {
  for (const c of cases.valid ?? []) test(`${rule.id} valid: ${c.name ?? c.text}`, () => assertValid(rule, c));
  for (const c of cases.invalid ?? []) test(`${rule.id} invalid: ${c.name ?? c.text}`, () => assertInvalid(rule, c));
}
