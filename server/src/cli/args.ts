/** Command-line options, parsed with node:util (no framework: start-up time matters). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliOptions {
  files: string[];
  format: string;
  profile?: string;
  fix: boolean;
  locale?: 'zh' | 'en';
  help: boolean;
  version: boolean;
  config?: string;
  noConfigLookup: boolean;
  stdin: boolean;
  stdinFilename?: string;
  maxWarnings?: number;
  quiet: boolean;
  rules: string[];
  printConfig?: string;
  outputFile?: string;
  ignorePath?: string;
  maxFileSize?: number;
  color?: boolean;
  noIgnore: boolean;
  /** Worker threads: undefined = auto (≥ 64 files and ≥ 3 cores: cores − 1), 0 = off, n = that many. */
  concurrency?: number;
  /** Cross-letter checks: undefined = on when a folder or glob yields two or more letters, true/false = forced. */
  workspace?: boolean;
  /** Print the table of letters (number, deputy, category, deadline, problems) instead of findings. */
  summary: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** The run failed for a reason outside the options (missing file, bad config, …): exit 2. */
export class RunError extends Error {
  override name = 'RunError';
}

/** node:util's parseArgs, strict, with positionals; a bad option is a UsageError of one line. */
export function parseStrict<const O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    // node:util's messages can span lines; the CLI promises one.
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
}

/** --locale: `en…` → en, `zh…` → zh (any case), absent → undefined; anything else is a UsageError. */
export function parseLocale(s: string | undefined): 'zh' | 'en' | undefined {
  if (s === undefined) return undefined;
  const lower = s.toLowerCase();
  if (lower.startsWith('en')) return 'en';
  if (lower.startsWith('zh')) return 'zh';
  throw new UsageError(`unknown --locale "${s}" (expected zh or en)`);
}

/** `5242880`, `500k`, `5MB`, `1.5m` → bytes (k = 1024). */
export function size(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?$/.exec(s.trim());
  if (!m) throw new UsageError(`--max-file-size expects a size such as 5MB, 500KB or 1048576, got "${s}"`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * unit);
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export function parseCliArgs(argv: string[]): CliOptions {
  const parsed = parseStrict(argv, {
    format: { type: 'string', short: 'f' },
    profile: { type: 'string', short: 'p' },
    fix: { type: 'boolean' },
    locale: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
    config: { type: 'string', short: 'c' },
    'no-config-lookup': { type: 'boolean' },
    stdin: { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    rule: { type: 'string', multiple: true },
    'print-config': { type: 'string' },
    'output-file': { type: 'string', short: 'o' },
    'ignore-path': { type: 'string' },
    'max-file-size': { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    'no-ignore': { type: 'boolean' },
    concurrency: { type: 'string' },
    workspace: { type: 'boolean' },
    'no-workspace': { type: 'boolean' },
    summary: { type: 'boolean' },
  });
  const v = parsed.values;
  const locale = parseLocale(v.locale);
  const int = (name: string, s: string | undefined) => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} expects a whole number, got "${s}"`);
    return n;
  };
  const concurrency = v.concurrency === undefined || v.concurrency === 'auto' ? undefined : v.concurrency === 'off' ? 0 : int('concurrency', v.concurrency);
  if (v.stdin && parsed.positionals.length > 0) throw new UsageError('--stdin reads one letter from standard input; do not also name files');
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename needs --stdin');
  return {
    files: parsed.positionals,
    format: v.format ?? 'stylish',
    profile: v.profile,
    fix: v.fix ?? false,
    locale,
    help: v.help ?? false,
    version: v.version ?? false,
    config: v.config,
    noConfigLookup: v['no-config-lookup'] ?? false,
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'],
    maxWarnings: int('max-warnings', v['max-warnings']),
    quiet: v.quiet ?? false,
    rules: v.rule ?? [],
    printConfig: v['print-config'],
    outputFile: v['output-file'],
    ignorePath: v['ignore-path'],
    maxFileSize: size(v['max-file-size']),
    color: v['no-color'] ? false : v.color,
    noIgnore: v['no-ignore'] ?? false,
    concurrency,
    workspace: v['no-workspace'] ? false : v.workspace,
    summary: v.summary ?? false,
  };
}

export const HELP = `Usage: replylint [options] <files | dirs | globs>
       replylint --stdin [--stdin-filename NAME] [options]
       replylint export <letter> [-o letter.docx] [--profile NAME] [--force]
                 (Word in the GB/T 9704 layout; see replylint export --help)
       replylint review <letter.docx> [-o copy.docx] [--in-place]
                 (findings as Word comments, safe fixes as tracked changes; see replylint review --help)

Checks Chinese government replies to deputies' suggestions and members' proposals
(建议/提案办理情况答复的函) in .txt and .md files (UTF-8 with or without BOM, UTF-16 with BOM,
or GB18030/GBK) and in Word .docx files (one line per paragraph; findings give the paragraph).

Options:
  -f, --format <name>        stylish (default) | json | sarif | github | junit
  -o, --output-file <file>   write the report to a file instead of standard output
  -p, --profile <name>       generic (default) | national-npc | national-cppcc | fujian | xiamen
  -c, --config <file>        use this config file
      --no-config-lookup     do not look for .replylintrc.json files
      --print-config <file>  print the configuration that applies to <file>, then exit
      --fix                  apply safe fixes in place (same encoding, line endings kept),
                             then report what remains
      --rule <id>            run only this rule (repeatable)
      --locale <zh|en>       language of messages (default zh)
  -q, --quiet                report errors only
      --max-warnings <n>     exit 1 when there are more than n warnings
      --stdin                lint standard input; with --fix, print the fixed text to
                             standard output (the report then goes to stderr or --output-file)
      --stdin-filename <n>   name for standard input (picks .md or .txt parsing and config)
      --ignore-path <file>   ignore file to use instead of ./.replylintignore (its patterns
                             are relative to the current folder)
      --no-ignore            lint files even if .replylintignore or .gitignore lists them
      --max-file-size <n>    skip larger files (default 5MB; accepts 500KB, 2MB, bytes)
      --concurrency <n>      worker threads: auto (default: cores − 1 from 64 files on ≥ 3 cores),
                             off, or a number
      --color, --no-color    force or disable colour (default: colour on a terminal only)
      --workspace            check the letters together (same number answered twice, one policy
                             under two titles or 文号, deputy names, overdue drafts); on by
                             default when a folder or glob yields two or more letters
      --no-workspace         check each letter alone
      --summary              print one row per letter (number, deputy, category, 成文日期 or
                             deadline, errors, warnings) and totals; --format json for data
  -h, --help                 show this help
  -v, --version              print the version

Files: directories are searched for .txt, .md, .markdown and .docx files. .replylintignore (gitignore
syntax, in the current directory) applies to every input, named or found; files that .gitignore
lists are skipped when found in a directory or by a glob, but linted when named explicitly.

Exit codes:
  0  no errors (warnings and info allowed)
  1  errors found, or more warnings than --max-warnings
  2  the run failed: bad option or config, a missing or unreadable file, or an input that
     could not be linted (binary, or larger than --max-file-size). 2 wins over 1; the other
     files are still linted and reported.
`;
