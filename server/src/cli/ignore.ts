/**
 * Which inputs are skipped: `.replylintignore` (or `--ignore-path`) applies to every input,
 * named or found; `.gitignore` files apply to files found in a folder or by a glob, never to a
 * file named on the command line. Both use gitignore syntax through the `ignore` package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';

type Ignore = ignore.Ignore;

export class IgnoreFileError extends Error {}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Tests `abs` against one ignore file's rules, relative to the folder it lives in. */
function matches(ig: Ignore, base: string, abs: string, isDir = false): boolean {
  const rel = relative(base, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  return ig.ignores(toPosix(rel) + (isDir ? '/' : ''));
}

export interface IgnoreOptions {
  cwd: string;
  /** An explicit ignore file (replaces ./.replylintignore). */
  ignorePath?: string;
  /** --no-ignore: no ignore file, no .gitignore. */
  disabled?: boolean;
}

export class Ignorer {
  private project?: { ig: Ignore; base: string };
  private gitCache = new Map<string, Ignore | null>();
  private rootCache = new Map<string, string>();

  constructor(private readonly opts: IgnoreOptions) {
    if (opts.disabled) return;
    const file = opts.ignorePath ? resolve(opts.cwd, opts.ignorePath) : join(opts.cwd, '.replylintignore');
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if (opts.ignorePath) throw new IgnoreFileError(`cannot read --ignore-path ${opts.ignorePath}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    // Patterns are relative to the current folder (as ESLint's --ignore-path), wherever the file is.
    if (text !== undefined) this.project = { ig: ignore().add(text), base: opts.cwd };
  }

  /** True when .replylintignore / --ignore-path lists the file. */
  projectIgnores(abs: string): boolean {
    return !!this.project && matches(this.project.ig, this.project.base, abs);
  }

  /**
   * True when a .gitignore between the file and its repository root lists it. `floor` stops the
   * walk at a folder named on the command line that is itself ignored (linting `.` inside an
   * ignored folder lints it), so only .gitignore files inside that folder count.
   */
  gitIgnores(abs: string, floor?: string, isDir = false): boolean {
    if (this.opts.disabled) return false;
    const root = floor ?? this.repoRoot(dirname(abs));
    let dir = dirname(abs);
    for (;;) {
      const ig = this.gitignoreIn(dir);
      if (ig && matches(ig, dir, abs, isDir)) return true;
      if (dir === root) return false;
      const up = dirname(dir);
      if (up === dir) return false;
      dir = up;
    }
  }

  ignores(abs: string, named: boolean, floor?: string): boolean {
    if (this.opts.disabled) return false;
    return this.projectIgnores(abs) || (!named && this.gitIgnores(abs, floor));
  }

  private gitignoreIn(dir: string): Ignore | null {
    let ig = this.gitCache.get(dir);
    if (ig === undefined) {
      ig = null;
      try {
        ig = ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8'));
      } catch {
        // no .gitignore here
      }
      this.gitCache.set(dir, ig);
    }
    return ig;
  }

  /** The nearest folder holding `.git`; without one, the current folder (or the file's own). */
  private repoRoot(dir: string): string {
    const cached = this.rootCache.get(dir);
    if (cached) return cached;
    let d = dir;
    let root: string | undefined;
    for (;;) {
      if (existsSync(join(d, '.git'))) {
        root = d;
        break;
      }
      const up = dirname(d);
      if (up === d) break;
      d = up;
    }
    if (!root) {
      const rel = relative(this.opts.cwd, dir);
      root = rel.startsWith('..') || isAbsolute(rel) ? dir : this.opts.cwd;
    }
    this.rootCache.set(dir, root);
    return root;
  }
}
