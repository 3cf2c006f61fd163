/** Human output: one block per file, `line:column  severity  message  rule-id`, then totals. */
import pc from 'picocolors';
import type { FileReport } from './json';

export function formatStylish(reports: FileReport[], opts: { color: boolean; locale: 'zh' | 'en' }): string {
  const c = pc.createColors(opts.color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of reports) {
    if (r.messages.length === 0) continue;
    out.push(c.underline(r.file));
    for (const m of r.messages) {
      const sev = m.severity === 'error' ? c.red('error') : m.severity === 'warning' ? c.yellow('warning') : c.blue('info');
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
      else infos++;
      if (m.fix) fixable++;
      const place = m.place && 'start' in m.place ? m.place.start : { line: m.line ?? 1, column: m.column ?? 1 };
      // Word documents: the paragraph form (第12段第5字), which a reader finds in Word.
      const where = m.location ?? `${place.line}:${place.column}`;
      out.push(`  ${c.dim(where.padEnd(9))} ${sev.padEnd(opts.color ? 16 : 7)}  ${m.reason}  ${c.dim(m.ruleId)}`);
      // A cross-letter finding lists the places it relates to under it, one per line.
      for (const r of m.related ?? []) out.push(c.dim(`  ${''.padEnd(9)} ↳ ${r.file}:${r.place.line}:${r.place.column}`));
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total > 0) {
    const summary =
      opts.locale === 'zh'
        ? `✖ ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`
        : `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)`;
    out.push(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
    if (fixable > 0) out.push(c.dim(opts.locale === 'zh' ? `  其中 ${fixable} 个可用 --fix 自动修复` : `  ${fixable} fixable with --fix`));
  }
  return out.join('\n');
}
