/**
 * The engine: parse once, run every enabled rule over the same tree, collect vfile messages,
 * drop those silenced by inline directives. Node only; no editor or file-system imports, so the
 * CLI, the language server and the tests all call exactly this.
 */
import { VFile } from 'vfile';
import { parseReply } from '../parse';
import type { Directive, ReplyRoot } from '../parse/types';
import { LineIndex } from '../text/positions';
import { resolveProfile, type Profile } from '../profiles';
import type { PolicyRegistry } from '../registry/registry';
import { rules as allRules, ruleById } from '../rules';
import type { Report, Rule, RuleContext, RuleMeta, Severity } from '../rules/rule';
import { LintMemo } from '../analysis/memo';
import { rangeOf } from '../text/spans';
import { compareMessages, createMessage, type Locale, type ReplyMessage } from './messages';
import { applyFixes, type FixData } from './fixes';

export type RuleSetting = 'off' | Severity | [Severity | 'off', Record<string, unknown>?];

export interface LintConfig {
  profile?: string | Profile;
  rules?: Record<string, RuleSetting>;
  locale?: Locale;
  /** Run only these rules (the CLI's --rule). */
  only?: string[];
  /** Half-width marks at or above this count are reported as one finding. */
  aggregateThreshold?: number;
  today?: Date;
  /** Policy registry loaded from the config's `registry` files (registry rules read it). */
  registry?: PolicyRegistry;
  /** The CLI skips files larger than this many bytes. */
  maxFileSize?: number;
  /** 交办日期 by suggestion/proposal number (config `assignedDates`; the workspace deadline checks). */
  assignedDates?: Record<string, string>;
}

export interface LintInput {
  text: string;
  /** txt or md; inferred from `path` when absent. */
  format?: 'txt' | 'md';
  path?: string;
}

export interface LintResult {
  file: VFile;
  messages: ReplyMessage[];
  tree: ReplyRoot;
  lines: LineIndex;
}

export const INTERNAL_RULE_ID = 'internal-error';

export function formatOf(path?: string): 'txt' | 'md' {
  return path && /\.(md|markdown)$/i.test(path) ? 'md' : 'txt';
}

/** What deciding a rule's setting reads: single-letter and cross-letter (workspace) rules alike. */
type Settable = Pick<RuleMeta, 'id' | 'severity' | 'defaultOff' | 'defaultOptions'>;

interface Enabled<R extends Settable = Rule> {
  rule: R;
  severity: Severity;
  options: Record<string, unknown>;
}

export function enabledRules(config: LintConfig, profile: Profile): Enabled[];
export function enabledRules<R extends Settable>(config: LintConfig, profile: Profile, list: readonly R[]): Enabled<R>[];
export function enabledRules(config: LintConfig, profile: Profile, list: readonly Settable[] = allRules): Enabled<Settable>[] {
  const out: Enabled<Settable>[] = [];
  const only = config.only ? new Set(config.only) : undefined;
  for (const rule of list) {
    if (only && !only.has(rule.id)) continue;
    let severity: Severity | 'off' = rule.defaultOff ? 'off' : rule.severity;
    let options: Record<string, unknown> = { ...(rule.defaultOptions ?? {}) };
    const fromProfile = profile.rules?.[rule.id];
    if (fromProfile) severity = fromProfile as Severity | 'off';
    const setting = config.rules?.[rule.id];
    if (setting !== undefined) {
      if (Array.isArray(setting)) {
        severity = setting[0];
        options = { ...options, ...(setting[1] ?? {}) };
      } else severity = setting;
    }
    if (only && severity === 'off') severity = rule.severity;
    if (severity !== 'off') out.push({ rule, severity, options });
  }
  return out;
}

export function lint(input: LintInput, config: LintConfig = {}): LintResult {
  const format = input.format ?? formatOf(input.path);
  const { tree, lines } = parseReply(input.text, { format });
  const profile = resolveProfile(config.profile);
  const locale = config.locale ?? 'zh';
  const file = new VFile({ path: input.path, value: input.text });
  const messages: ReplyMessage[] = [];
  const threshold = config.aggregateThreshold ?? 10;
  const today = config.today ?? new Date();
  // What the analysis computes once and every rule of this lint reads (analysis/memo.ts).
  const memo = new LintMemo();

  for (const { rule, severity, options } of enabledRules(config, profile)) {
    const ctx: RuleContext = {
      text: input.text,
      tree,
      parts: tree.data.parts,
      blocks: tree.data.blocks,
      lines,
      profile,
      options,
      scraped: tree.data.scraped,
      halfWidthAggregated: tree.data.halfWidth.length >= threshold,
      today,
      registry: config.registry,
      memo,
      report: (r: Report) => {
        const range = r.range ?? rangeOf(r.node!);
        // A rule's own severity setting wins, except that a finding may ask to be milder or
        // stronger than the default (missing vs malformed) when the rule runs at its default.
        const sev = r.severity && severity === rule.severity ? r.severity : severity;
        messages.push(
          createMessage({
            ruleId: rule.id,
            severity: sev,
            text: r.message,
            range,
            lines,
            locale,
            fix: rule.fixable === 'safe' ? r.fix : undefined,
            suggestions: r.suggestions ?? (rule.fixable === 'suggest' && r.fix ? [{ ...r.fix, title: r.message }] : undefined),
          }),
        );
      },
    };
    try {
      rule.check(ctx);
    } catch (err) {
      // One broken rule must not take the others down.
      messages.push(
        createMessage({
          ruleId: INTERNAL_RULE_ID,
          severity: 'error',
          range: [0, 0],
          lines,
          locale,
          text: {
            zh: `规则 ${rule.id} 运行出错：${(err as Error).message}`,
            en: `Rule ${rule.id} failed: ${(err as Error).message}`,
          },
        }),
      );
    }
  }

  const kept = applyDirectives(messages, tree, lines).sort(compareMessages);
  for (const m of kept) file.messages.push(m);
  return { file, messages: kept, tree, lines };
}

/**
 * <!-- replylint-disable id -->, <!-- replylint-enable id -->, <!-- replylint-disable-next-line id -->.
 * A finding is dropped when a next-line directive for its rule ends on the line before it, or
 * when the last disable/enable for its rule (or for all rules) before it is a disable. One sweep
 * over the findings in offset order, so many directives and many findings stay linear
 * (checking every directive for every finding was quadratic).
 */
function applyDirectives(messages: ReplyMessage[], tree: ReplyRoot, lines: LineIndex): ReplyMessage[] {
  const directives = tree.data.directives;
  if (directives.length === 0) return messages;
  const applies = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);
  const nextLine = new Map<number, Directive[]>();
  const toggles: Directive[] = [];
  for (const d of directives) {
    if (d.kind !== 'disable-next-line') toggles.push(d);
    else {
      const line = lines.point(d.range[1]).line + 1;
      const list = nextLine.get(line);
      if (list) list.push(d);
      else nextLine.set(line, [d]);
    }
  }
  toggles.sort((a, b) => a.range[0] - b.range[0]);
  // The latest toggle seen for all rules and per rule id; the later of the two decides.
  let forAll: { disabled: boolean; seq: number } | undefined;
  const forRule = new Map<string, { disabled: boolean; seq: number }>();
  const order = messages.map((_, i) => i).sort((a, b) => messages[a].range[0] - messages[b].range[0]);
  const keep = new Uint8Array(messages.length);
  let t = 0;
  for (const i of order) {
    const m = messages[i];
    for (; t < toggles.length && toggles[t].range[0] <= m.range[0]; t++) {
      const d = toggles[t];
      const state = { disabled: d.kind === 'disable', seq: t };
      if (d.rules.length === 0) forAll = state;
      else for (const id of d.rules) forRule.set(id, state);
    }
    if (nextLine.get(lines.point(m.range[0]).line)?.some((d) => applies(d, m.ruleId))) continue;
    const own = forRule.get(m.ruleId);
    const last = own && (!forAll || own.seq > forAll.seq) ? own : forAll;
    if (!last?.disabled) keep[i] = 1;
  }
  return messages.filter((_, i) => keep[i] === 1);
}

/** The safe fixes of some findings in precedence order: a finding's own fix before aggregated ones (which carry many edits). */
export function fixesInPrecedence(messages: ReplyMessage[]): FixData[] {
  const own: FixData[] = [];
  const aggregated: FixData[] = [];
  for (const m of messages) if (m.fix) (m.fix.edits ? aggregated : own).push(m.fix);
  return [...own, ...aggregated];
}

/** Applies every safe fix of a lint result in one pass. */
export function fixAll(text: string, messages: ReplyMessage[]): { output: string; applied: number } {
  return applyFixes(text, fixesInPrecedence(messages));
}

export { ruleById };

export const MAX_FIX_PASSES = 10;

/**
 * Fix-all as users mean it: applies every safe fix, re-lints, and repeats while a pass still
 * changes the text (one fix can make another possible, e.g. a deleted mark exposing a
 * neighbour), at most MAX_FIX_PASSES times. The result is a fixed point: linting it again finds
 * nothing fixable, so fixing twice equals fixing once. Shared by --fix and the editor.
 */
export function fixUntilStable(input: LintInput, config: LintConfig = {}): { output: string; passes: number; result: LintResult } {
  let text = input.text;
  let result = lint({ ...input, text }, config);
  let passes = 0;
  while (passes < MAX_FIX_PASSES && result.messages.some((m) => m.fix)) {
    const { output, applied } = fixAll(text, result.messages);
    if (applied === 0 || output === text) break;
    text = output;
    passes++;
    result = lint({ ...input, text }, config);
  }
  return { output: text, passes, result };
}
