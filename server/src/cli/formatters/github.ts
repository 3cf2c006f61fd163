/**
 * GitHub Actions workflow commands, one annotation per finding:
 *   ::error file=letters/a.txt,line=3,col=5,endLine=3,endColumn=9,title=rule-id::message
 * error → ::error, warning → ::warning, info → ::notice. Escaping follows the runner's rules:
 * in the message `%`, CR and LF; in property values also `:` and `,`.
 */
import type { FileReport, FormatOptions } from '.';
import { relativePath } from './paths';
import { spanOf } from './util';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(reports: FileReport[], opts: FormatOptions): string {
  const out: string[] = [];
  for (const r of reports) {
    const file = escapeProperty(relativePath(r.file, opts.cwd));
    for (const m of r.messages) {
      const s = spanOf(m);
      const cmd = m.severity === 'error' ? 'error' : m.severity === 'warning' ? 'warning' : 'notice';
      out.push(`::${cmd} file=${file},line=${s.line},col=${s.column},endLine=${s.endLine},endColumn=${s.endColumn},title=${escapeProperty(m.ruleId)}::${escapeData(m.reason)}`);
    }
  }
  for (const n of opts.notLinted) {
    out.push(`::error file=${escapeProperty(relativePath(n.file, opts.cwd))},title=replylint::${escapeData(n.reason)}`);
  }
  return out.join('\n');
}
