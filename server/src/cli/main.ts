/**
 * `replylint [options] <files | dirs | globs>`
 * Exit 0 = no errors (warnings allowed), 1 = errors found, 2 = the run itself failed (bad
 * option, missing or unreadable file, bad config): one clear line on stderr, never a trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { decode, encode } from '../text/decode';
import { fixAll, lint, type LintConfig } from '../engine/lint';
import { builtinProfiles } from '../config/profiles';
import { ruleById } from '../rules';
import { HELP, UsageError, parseCliArgs, type CliOptions } from './args';
import { expandInputs } from './files';
import { formatters, type FileReport } from './formatters';
import { loadConfigForFile } from '../config';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  cwd: string;
  version: string;
}

export class RunError extends Error {}

export async function run(argv: string[], io: Io): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCliArgs(argv);
  } catch (err) {
    io.stderr(`replylint: ${(err as Error).message}\n`);
    return 2;
  }
  if (opts.help) {
    io.stdout(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout(io.version + '\n');
    return 0;
  }
  try {
    return await lintFiles(opts, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof RunError) {
      io.stderr(`replylint: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

async function lintFiles(opts: CliOptions, io: Io): Promise<number> {
  const formatter = formatters[opts.format];
  if (!formatter) throw new UsageError(`unknown --format "${opts.format}" (expected ${Object.keys(formatters).join(', ')})`);
  if (opts.profile && !builtinProfiles[opts.profile]) {
    throw new UsageError(`unknown --profile "${opts.profile}" (expected one of ${Object.keys(builtinProfiles).join(', ')})`);
  }
  for (const id of opts.rules) if (!ruleById(id)) throw new UsageError(`unknown rule id "${id}" in --rule`);
  if (opts.files.length === 0) throw new UsageError('no input files (see --help)');

  const { files, missing } = await expandInputs(opts.files, io.cwd);
  if (missing.length > 0) throw new RunError(`no such file or no match: ${missing.join(', ')}`);

  const overrides: Partial<LintConfig> = { only: opts.rules.length > 0 ? opts.rules : undefined };
  if (opts.profile) overrides.profile = opts.profile;
  if (opts.locale) overrides.locale = opts.locale;
  const reports: FileReport[] = [];
  let locale: 'zh' | 'en' = opts.locale ?? 'zh';
  for (const file of files) {
    const resolved = loadConfigForFile(file, { configFile: opts.config, noLookup: opts.noConfigLookup, root: io.cwd, overrides });
    if (resolved.errors.length > 0) {
      const e = resolved.errors[0];
      throw new RunError(`${e.file}:${e.line}:${e.column}: ${e.message}`);
    }
    const config: LintConfig = { locale: 'zh', ...resolved.config };
    locale = config.locale ?? locale;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      throw new RunError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const decoded = decode(bytes);
    if (decoded.kind === 'binary') throw new RunError(`${file} is a binary file, not a letter`);
    let text = decoded.text;
    let result = lint({ text, path: file }, config);
    if (opts.fix) {
      const { output, applied } = fixAll(text, result.messages);
      if (applied > 0) {
        writeFileSync(file, encode(output, decoded.encoding));
        text = output;
        result = lint({ text, path: file }, config);
      }
    }
    reports.push({ file, messages: result.messages });
  }

  const out = formatter(reports, { color: opts.color ?? io.isTTY, locale });
  if (out) io.stdout(out + '\n');
  const errors = reports.some((r) => r.messages.some((m) => m.severity === 'error'));
  return errors ? 1 : 0;
}
