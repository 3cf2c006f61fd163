/**
 * `replylint export <letter> [-o out.docx] [--profile NAME] [--force]`
 * Exit 0 = written; 1 = the letter has errors (listed on stderr, nothing written) unless --force;
 * 2 = bad option or input, or the output cannot be written: one line on stderr.
 * Runs in the engine bundle (it lints first); the Word writer itself is loaded only here, through
 * the door's loadWordExport (dist/word-export.cjs), so linting never loads `docx`.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { builtinProfiles, decodeUtf8, defaultOutput, isLayoutProfile, lint, loadLegacyDecoding, loadWordExport, PROFILE_LAYOUTS, type LintConfig } from '../index';
import { parseLocale, parseStrict, UsageError } from './args';
import { formatters } from './formatters';
import { ioReason, plainMessage, resolveConfig } from './lint-file';
import type { Io } from './main';

export const EXPORT_HELP = `Usage: replylint export <letter.reply.md|.txt> [-o letter.docx] [--profile NAME] [--force]

Writes the letter as a Word document in the GB/T 9704-2012 layout (A4, 22 lines of 28
characters, 仿宋 body, 小标宋 title, page numbers — 1 —). The letter is linted first: a letter
with errors is not exported; its findings are listed on stderr.

Options:
  -o, --output <file>     the .docx to write (default: the letter's name with .docx)
  -p, --profile <name>    a lint profile (${Object.keys(builtinProfiles).join(' | ')})
                          or a layout variant (${Object.keys(PROFILE_LAYOUTS).join(' | ')})
      --force             export even when the letter has errors (findings still listed)
  -c, --config <file>     use this config file
      --no-config-lookup  do not look for .replylintrc.json files
      --locale <zh|en>    language of the findings (default zh)
  -h, --help              show this help

Exit codes: 0 written; 1 the letter has errors (nothing written; --force to export anyway);
2 bad option, unreadable letter or unwritable output.
`;

interface ExportOptions {
  letter: string;
  output?: string;
  profile?: string;
  force: boolean;
  config?: string;
  noConfigLookup: boolean;
  locale: 'zh' | 'en';
  help: boolean;
}

function parseExportArgs(argv: string[]): ExportOptions {
  const parsed = parseStrict(argv, {
    output: { type: 'string', short: 'o' },
    profile: { type: 'string', short: 'p' },
    force: { type: 'boolean' },
    config: { type: 'string', short: 'c' },
    'no-config-lookup': { type: 'boolean' },
    locale: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const v = parsed.values;
  if (v.help) return { letter: '', force: false, noConfigLookup: false, locale: 'zh', help: true };
  if (parsed.positionals.length !== 1) throw new UsageError(`export takes one letter, got ${parsed.positionals.length} (see replylint export --help)`);
  const locale = parseLocale(v.locale) ?? 'zh';
  if (v.profile !== undefined && !builtinProfiles[v.profile] && !isLayoutProfile(v.profile)) {
    throw new UsageError(`unknown --profile "${v.profile}" (expected one of ${[...Object.keys(builtinProfiles), ...Object.keys(PROFILE_LAYOUTS)].join(', ')})`);
  }
  return {
    letter: parsed.positionals[0],
    output: v.output,
    profile: v.profile,
    force: v.force ?? false,
    config: v.config,
    noConfigLookup: v['no-config-lookup'] ?? false,
    locale,
    help: false,
  };
}

async function decodeLetter(bytes: Buffer) {
  return decodeUtf8(bytes) ?? (await loadLegacyDecoding()).decode(bytes);
}

export async function runExport(argv: string[], io: Io): Promise<number> {
  const fail = (line: string) => {
    io.stderr(`replylint export: ${line}\n`);
    return 2;
  };
  let opts: ExportOptions;
  try {
    opts = parseExportArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message);
    throw err;
  }
  if (opts.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const abs = resolve(io.cwd, opts.letter);
  const target = opts.output ? resolve(io.cwd, opts.output) : defaultOutput(abs);
  if (target === abs) return fail(`the output ${opts.output} is the letter itself`);
  let bytes: Buffer;
  try {
    if (statSync(abs).isDirectory()) return fail(`${opts.letter} is a folder; export takes one letter`);
    bytes = readFileSync(abs);
  } catch (err) {
    return fail(`cannot read ${opts.letter}: ${ioReason(err)}`);
  }
  const decoded = await decodeLetter(bytes);
  if (decoded.kind === 'binary') {
    return fail(/\.docx?$/i.test(abs) ? `${opts.letter} is already a Word document; export takes a .txt or .md letter` : `${opts.letter} is a binary file, not a letter`);
  }

  const overrides: Partial<LintConfig> = {};
  if (opts.profile && builtinProfiles[opts.profile]) overrides.profile = opts.profile;
  overrides.locale = opts.locale;
  // The locale is among the overrides, so the resolved config carries this locale.
  const resolved = resolveConfig(abs, { cwd: io.cwd, configFile: opts.config, noConfigLookup: opts.noConfigLookup, overrides, fix: false });
  if ('error' in resolved) return fail(resolved.error);
  const config = resolved.config;
  const word = await loadWordExport();
  let result;
  try {
    result = await word.exportLinted(lint({ text: decoded.text, path: abs }, config), config, { force: opts.force, layoutProfile: opts.profile && isLayoutProfile(opts.profile) ? opts.profile : undefined });
  } catch (err) {
    if (err instanceof word.ExportError) return fail(err.message);
    throw err;
  }

  const name = relative(io.cwd, abs) || opts.letter;
  if (result.errors.length > 0) {
    const report = formatters.stylish([{ file: name, messages: result.messages.map(plainMessage) }], { color: false, locale: opts.locale, cwd: io.cwd, version: io.version, notLinted: [] });
    io.stderr(report + '\n');
  }
  if (!result.bytes) {
    io.stderr(
      opts.locale === 'en'
        ? `replylint export: ${name} has ${result.errors.length} error(s); not exported (fix them, or use --force)\n`
        : `replylint export: ${name} 有 ${result.errors.length} 个错误，未导出（请先修改，或使用 --force）\n`,
    );
    return 1;
  }
  try {
    if (!existsSync(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, result.bytes);
  } catch (err) {
    return fail(`cannot write ${opts.output ?? relative(io.cwd, target)}: ${ioReason(err)}`);
  }
  io.stdout(opts.locale === 'en' ? `Exported ${name} → ${relative(io.cwd, target) || target}\n` : `已导出 ${name} → ${relative(io.cwd, target) || target}\n`);
  return 0;
}
