/**
 * The workspace pass: runs the cross-letter rules (rules/cross-letter/, reached through the
 * rule list) over the facts of many letters (analysis/cross-letter/). This is all workspace/
 * holds: the rules and what they read live below it; the CLI (a folder or a glob) and the
 * language server (its workspace index) call this pass through the door.
 *
 * A finding takes the severity its letter's config gives the rule, and is dropped where that
 * config turns the rule off or an inline disable comment of the letter silences it. Findings
 * come out in a deterministic order: letter, offset, rule id.
 */
import type { Severity, WorkspaceFinding, WorkspaceReport } from '../rules/rule';
import type { LintConfig, LintResult } from '../engine/lint';
import { enabledRules } from '../engine/lint';
import { resolveProfile, type Profile } from '../profiles';
import { crossLetterRules } from '../rules';
import { letterFacts, type LetterFacts } from '../analysis/cross-letter/facts';
import { WorkspaceIndex, type IndexedLetter } from '../analysis/cross-letter/index-build';
import { dayOf } from '../analysis/deadline';
import { silenced } from '../analysis/cross-letter/directives';

/** Each cross-letter rule the config leaves on, with its severity. */
function workspaceSeverities(config: LintConfig, profile: Profile): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const e of enabledRules(config, profile, crossLetterRules)) out[e.rule.id] = e.severity;
  return out;
}

/** A linted letter's facts under its config (the same parse: no second reading of the text). */
export function factsFor(result: Pick<LintResult, 'tree' | 'lines'>, config: LintConfig): LetterFacts {
  const profile = resolveProfile(config.profile);
  return letterFacts({
    text: result.tree.data.text,
    tree: result.tree,
    lines: result.lines,
    profile,
    registry: config.registry,
    rules: workspaceSeverities(config, profile),
    assignedDates: config.assignedDates,
  });
}

export function checkWorkspace(letters: IndexedLetter[], today: Date = new Date()): WorkspaceFinding[] {
  const index = new WorkspaceIndex(letters);
  const findings: WorkspaceFinding[] = [];
  const day = dayOf(today);
  for (const rule of crossLetterRules) {
    const report = (r: WorkspaceReport) => {
      const facts = letters[r.letter].facts;
      const severity = facts.rules[rule.id];
      if (!severity || silenced(facts.directives, rule.id, r.place)) return;
      findings.push({ ruleId: rule.id, severity, letter: r.letter, place: r.place, message: r.message, related: r.related ?? [] });
    };
    rule.check({ index, today: day, report });
  }
  return findings.sort((a, b) => a.letter - b.letter || a.place.offset - b.place.offset || a.place.endOffset - b.place.endOffset || a.ruleId.localeCompare(b.ruleId));
}
