/**
 * `replylint review <letter.docx>… [-o out.docx] [--in-place]`: a reviewed copy of each Word letter,
 * every finding a Word comment and every safe fix a tracked change by "Reply Lint", beside the
 * input as NAME.reviewed.docx. The input is never overwritten unless --in-place says so.
 * Exit 0 = written, no errors found; 1 = written, errors found; 2 = a letter could not be reviewed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinProfiles, loadDocxFormat, type LintConfig, ruleById } from '../index';
import { parseLocale, parseStrict, UsageError } from './args';
import { ioReason, resolveConfig, type LintSettings } from './lint-file';
import type { Io } from './main';

export const REVIEW_HELP = `Usage: replylint review <letter.docx>... [options]

Writes a reviewed copy of each Word letter: every finding becomes a Word comment (author
"Reply Lint", the message, the rule id and its documentation link) and every safe fix a
tracked change the reviewer accepts or rejects in Word. The copy is NAME.reviewed.docx beside
the letter; the letter itself is not changed.

Options:
  -o, --output <file>        where to write the copy (one letter only)
      --in-place             write the review into the letter itself
      --locale <zh|en>       language of the comments (default zh)
  -p, --profile <name>       generic (default) | national-npc | national-cppcc | fujian | xiamen
  -c, --config <file>        use this config file
      --no-config-lookup     do not look for .replylintrc.json files
      --rule <id>            check only this rule (repeatable)
  -h, --help                 show this help

Exit codes: 0 written, no errors found; 1 written, errors found; 2 a letter could not be
reviewed (not a Word document, unreadable, bad option).
`;

function parse(argv: string[]) {
  const { values: v, positionals } = parseStrict(argv, {
    output: { type: 'string', short: 'o' },
    'in-place': { type: 'boolean' },
    locale: { type: 'string' },
    profile: { type: 'string', short: 'p' },
    config: { type: 'string', short: 'c' },
    'no-config-lookup': { type: 'boolean' },
    rule: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  });
  return { v, files: positionals };
}

export async function runReview(argv: string[], io: Io): Promise<number> {
  let opts: ReturnType<typeof parse>;
  let locale: 'zh' | 'en';
  try {
    opts = parse(argv);
    const { v, files } = opts;
    if (v.help) {
      io.stdout(REVIEW_HELP);
      return 0;
    }
    if (files.length === 0) throw new UsageError('review needs a .docx letter (see replylint review --help)');
    if (v.output !== undefined && files.length > 1) throw new UsageError('--output names one copy: review one letter at a time with it');
    if (v.output !== undefined && v['in-place']) throw new UsageError('--output and --in-place cannot be used together');
    locale = parseLocale(v.locale) ?? 'zh';
    if (v.profile && !builtinProfiles[v.profile]) throw new UsageError(`unknown --profile "${v.profile}" (expected one of ${Object.keys(builtinProfiles).join(', ')})`);
    for (const id of v.rule ?? []) if (!ruleById(id)) throw new UsageError(`unknown rule id "${id}" in --rule`);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`replylint: ${err.message}\n`);
    return 2;
  }
  const { v, files } = opts;
  // The Word reader is loaded only for this subcommand (execute.ts re-exports runReview).
  const { DocxError, reviewDocx, reviewedName } = await loadDocxFormat();
  const { lintTextOf } = await import('./docx-file');
  const overrides: Partial<LintConfig> = { locale, only: v.rule && v.rule.length > 0 ? v.rule : undefined };
  if (v.profile) overrides.profile = v.profile;
  const settings: LintSettings = { cwd: io.cwd, configFile: v.config, noConfigLookup: v['no-config-lookup'] ?? false, overrides, fix: false };

  let failed = false;
  let errors = false;
  for (const file of files) {
    const abs = resolve(io.cwd, file);
    const out = v['in-place'] ? file : (v.output ?? reviewedName(file));
    const outAbs = resolve(io.cwd, out);
    const fail = (reason: string) => {
      io.stderr(`replylint: ${reason}\n`);
      failed = true;
    };
    if (outAbs === abs && !v['in-place']) {
      fail(`${file}: the reviewed copy would overwrite the letter (use --in-place for that)`);
      continue;
    }
    const cfg = resolveConfig(abs, settings);
    if ('error' in cfg) {
      fail(cfg.error);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch (err) {
      fail(`cannot read ${file}: ${ioReason(err)}`);
      continue;
    }
    try {
      const r = reviewDocx(bytes, lintTextOf(abs, cfg.config), { locale });
      writeFileSync(outAbs, r.output);
      if (r.messages.some((m) => m.severity === 'error')) errors = true;
      io.stdout(
        locale === 'zh'
          ? `${file} → ${out}：${r.comments} 条批注，${r.changes} 处修订\n`
          : `${file} → ${out}: ${r.comments} comment${r.comments === 1 ? '' : 's'}, ${r.changes} tracked change${r.changes === 1 ? '' : 's'}\n`,
      );
    } catch (err) {
      if (err instanceof DocxError) fail(`${file}: ${err.message}`);
      else if ((err as NodeJS.ErrnoException).code) fail(`cannot write ${out}: ${(err as NodeJS.ErrnoException).code}`);
      else throw err;
    }
  }
  return failed ? 2 : errors ? 1 : 0;
}
