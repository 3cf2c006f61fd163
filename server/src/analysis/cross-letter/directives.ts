/**
 * Inline disable comments (Markdown) for cross-letter findings: `<!-- replylint-disable-next-line
 * duplicate-reply-number -->` above the place, or a `replylint-disable` … `replylint-enable`
 * stretch, silences a finding on that letter as it would a letter's own. The letter's facts carry
 * its directives (offsets and the line a next-line directive covers), since the findings are
 * made after the letters' trees are gone.
 */
import type { Directive } from '../../parse/types';
import type { LineIndex } from '../../text/positions';
import type { Place } from './facts';

export interface DirectiveFact {
  kind: Directive['kind'];
  /** Empty: every rule. */
  rules: string[];
  offset: number;
  /** For disable-next-line: the 1-based line it silences. */
  line?: number;
}

export function directiveFacts(directives: Directive[], lines: LineIndex): DirectiveFact[] | undefined {
  if (directives.length === 0) return undefined;
  return directives.map((d) => ({
    kind: d.kind,
    rules: d.rules,
    offset: d.range[0],
    ...(d.kind === 'disable-next-line' ? { line: lines.point(d.range[1]).line + 1 } : {}),
  }));
}

/** True when the letter's directives silence `ruleId` at `place`; the last toggle before it decides. */
export function silenced(directives: DirectiveFact[] | undefined, ruleId: string, place: Place): boolean {
  if (!directives) return false;
  let disabled = false;
  for (const d of directives) {
    if (d.rules.length > 0 && !d.rules.includes(ruleId)) continue;
    if (d.kind === 'disable-next-line') {
      if (d.line === place.line) return true;
    } else if (d.offset <= place.offset) disabled = d.kind === 'disable';
  }
  return disabled;
}
