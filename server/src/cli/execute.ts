/**
 * The lint run behind `replylint`: validate options, expand inputs, lint (in worker threads for
 * bulk runs), render, decide the exit code. Loaded lazily by main.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { builtinProfiles, type LintConfig, loadConfigForFile, ruleById, workspaceRuleById } from '../index';
import { RunError, UsageError, type CliOptions } from './args';
import { expandInputs } from './files';
import { IgnoreFileError, Ignorer } from './ignore';
import { formatters, type FileReport, type NotLinted } from './formatters';
import { ioReason, lintFile, lintStdin, type FileOutcome, type LintSettings } from './lint-file';
import { lintInWorkers, threadsFor } from './pool';
import type { Io } from './main';
export { runReview } from './review';
export { runExport } from './export-command';
import { addWorkspaceFindings } from './workspace';
import { formatSummaryTable, summarize } from './formatters/summary';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

function useColor(opts: CliOptions, io: Io): boolean {
  if (opts.outputFile) return opts.color ?? false;
  if (opts.color !== undefined) return opts.color;
  const env = io.env ?? {};
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

export async function execute(opts: CliOptions, io: Io): Promise<number> {
  const formatter = formatters[opts.format];
  if (!formatter) throw new UsageError(`unknown --format "${opts.format}" (expected ${Object.keys(formatters).join(', ')})`);
  if (opts.profile && !builtinProfiles[opts.profile]) {
    throw new UsageError(`unknown --profile "${opts.profile}" (expected one of ${Object.keys(builtinProfiles).join(', ')})`);
  }
  for (const id of opts.rules) if (!ruleById(id) && !workspaceRuleById(id)) throw new UsageError(`unknown rule id "${id}" in --rule`);
  if (opts.summary && opts.format !== 'stylish' && opts.format !== 'json') throw new UsageError(`--summary prints a table (stylish) or json, not --format ${opts.format}`);

  const overrides: Partial<LintConfig> = { only: opts.rules.length > 0 ? opts.rules : undefined };
  if (opts.profile) overrides.profile = opts.profile;
  if (opts.locale) overrides.locale = opts.locale;
  const settings: LintSettings = {
    cwd: io.cwd,
    configFile: opts.config,
    noConfigLookup: opts.noConfigLookup,
    overrides,
    fix: opts.fix,
    maxFileSize: opts.maxFileSize,
    folderConfigs: new Map(),
  };

  if (opts.printConfig !== undefined) {
    const resolved = loadConfigForFile(resolve(io.cwd, opts.printConfig), { configFile: opts.config, noLookup: opts.noConfigLookup, root: io.cwd, overrides });
    if (resolved.errors.length > 0) {
      const e = resolved.errors[0];
      throw new RunError(`${e.file}:${e.line}:${e.column}: ${e.message}`);
    }
    io.stdout(JSON.stringify(resolved.config, null, 2) + '\n');
    return 0;
  }

  const outcomes: FileOutcome[] = [];
  const problems: string[] = [];
  let crossLetter = opts.stdin && opts.workspace === true;
  settings.workspace = crossLetter || opts.summary;
  let stdinOutput: Buffer | undefined;
  if (opts.stdin) {
    const bytes = await (io.readStdin ? io.readStdin() : readAll(process.stdin));
    const r = await lintStdin(bytes, opts.stdinFilename, settings);
    outcomes.push(r.outcome);
    stdinOutput = r.output;
  } else {
    if (opts.files.length === 0) throw new UsageError('no input files (see --help)');
    let ignorer: Ignorer;
    try {
      ignorer = new Ignorer({ cwd: io.cwd, ignorePath: opts.ignorePath, disabled: opts.noIgnore });
    } catch (err) {
      if (err instanceof IgnoreFileError) throw new RunError(err.message);
      throw err;
    }
    const { files, missing, searched } = await expandInputs(opts.files, io.cwd, ignorer);
    if (missing.length > 0) problems.push(`no such file or no match: ${missing.join(', ')}`);
    // Cross-letter checks are on when a folder or a glob yields two or more letters: that is a
    // team's collection. Files named one by one (a hook's staged files) are an arbitrary subset,
    // and a lone file's report stays as it was. --workspace / --no-workspace decide otherwise.
    crossLetter = opts.workspace ?? (searched && files.length >= 2);
    settings.workspace = crossLetter || opts.summary;
    const threads = threadsFor(files.length, opts.concurrency);
    if (threads > 0) outcomes.push(...(await lintInWorkers(files, settings, threads)));
    else for (const f of files) outcomes.push(await lintFile(f, settings));
  }

  const locale = opts.locale ?? 'zh';
  if (crossLetter) addWorkspaceFindings(outcomes, locale);
  const reports: FileReport[] = [];
  const notLinted: NotLinted[] = [];
  for (const o of outcomes) {
    if (o.kind === 'linted') reports.push({ file: o.file, messages: o.messages });
    else if (o.kind === 'excluded') continue;
    else {
      notLinted.push({ file: o.file, reason: o.reason });
      problems.push(o.reason);
    }
  }

  // --max-warnings counts every warning found, also those that --quiet leaves out.
  const warnings = reports.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'warning').length, 0);
  const shown = opts.quiet ? reports.map((r) => ({ file: r.file, messages: r.messages.filter((m) => m.severity === 'error') })) : reports;
  const errors = shown.some((r) => r.messages.some((m) => m.severity === 'error'));

  let out: string;
  if (opts.summary) {
    const inputs = outcomes.flatMap((o) => (o.kind === 'linted' && o.facts ? [{ file: o.file, facts: o.facts, messages: o.messages }] : []));
    const summary = summarize(inputs, io.cwd, new Date());
    out = opts.format === 'json' ? JSON.stringify(summary) : formatSummaryTable(summary, locale);
  } else out = formatter(shown, { color: useColor(opts, io), locale, cwd: io.cwd, version: io.version, notLinted, workspace: crossLetter });
  if (opts.outputFile) {
    const target = resolve(io.cwd, opts.outputFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, out ? out + '\n' : '');
    } catch (err) {
      problems.push(`cannot write --output-file ${opts.outputFile}: ${ioReason(err)}`);
    }
  } else if (stdinOutput) {
    // --stdin --fix: standard output carries the fixed text, so the report goes to stderr.
    if (out) io.stderr(out + '\n');
  } else if (out) io.stdout(out + '\n');
  if (stdinOutput) (io.stdoutBytes ?? ((b: Buffer) => io.stdout(b.toString('utf8'))))(stdinOutput);

  for (const p of problems) io.stderr(`replylint: ${p}\n`);
  const tooManyWarnings = opts.maxWarnings !== undefined && warnings > opts.maxWarnings;
  if (tooManyWarnings) io.stderr(`replylint: too many warnings (${warnings}); at most ${opts.maxWarnings} allowed (--max-warnings)\n`);
  if (problems.length > 0) return 2;
  return errors || tooManyWarnings ? 1 : 0;
}
