/** Command-line options, parsed with node:util (no framework: start-up time matters). */
import { parseArgs } from 'node:util';

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
}

export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
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
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  const locale = v.locale === undefined ? undefined : v.locale.toLowerCase().startsWith('en') ? 'en' : v.locale.toLowerCase().startsWith('zh') ? 'zh' : undefined;
  if (v.locale !== undefined && !locale) throw new UsageError(`unknown --locale "${v.locale}" (expected zh or en)`);
  const int = (name: string, s: string | undefined) => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} expects a whole number, got "${s}"`);
    return n;
  };
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
    maxFileSize: int('max-file-size', v['max-file-size']),
    color: v['no-color'] ? false : v.color,
  };
}

export const HELP = `Usage: replylint [options] <files | dirs | globs>

Checks Chinese government replies to deputies' suggestions and members' proposals
(建议/提案办理情况答复的函) in .txt and .md files.

Options:
  -f, --format <name>      stylish (default) | json
  -p, --profile <name>     generic (default) | national-npc | national-cppcc | fujian | xiamen
      --fix                apply safe fixes in place, then report what remains
      --locale <zh|en>     language of messages (default zh)
      --rule <id>          run only this rule (repeatable)
  -h, --help               show this help
  -v, --version            print the version

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the run itself failed.
`;
