/**
 * Loads a CommonJS bundle of the CLI (dist/cli-engine.cjs) with V8's code cache: the first run
 * saves the bytecode of everything it compiled, later runs start from it instead of parsing and
 * compiling the 1.5 MB bundle again (~40 ms of CPU per run on the bench machine). Node 22's
 * `module.enableCompileCache` does this for every module; Node 20 has only `vm.Script`'s
 * `cachedData`, used here.
 *
 * The cache lives in the user's cache folder (`$XDG_CACHE_HOME` or `~/.cache`, `%LOCALAPPDATA%`
 * on Windows: not a shared temporary folder, where another account could plant bytecode),
 * named by the bundle's size and modification time and the Node version and architecture
 * (V8 checks only the source length, so a rebuilt bundle must not meet an old cache). Any
 * problem reading or writing it (no home folder, read-only disk) means a plain load, never an
 * error; `REPLYLINT_NO_CODE_CACHE=1` turns it off.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (process.platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'replylint', 'code-cache') : undefined;
  let home = '';
  try {
    home = env.XDG_CACHE_HOME ? '' : homedir();
  } catch {
    // No home folder known (os.homedir throws without HOME and a passwd entry): no cache.
  }
  const base = env.XDG_CACHE_HOME || (home ? join(home, '.cache') : '');
  return base ? join(base, 'replylint', 'code-cache') : undefined;
}

/** `require(file)` for a self-contained CommonJS bundle, through the code cache when it can. */
export function requireCached(file: string, env: NodeJS.ProcessEnv = process.env): unknown {
  const dir = env.REPLYLINT_NO_CODE_CACHE ? undefined : cacheDir(env);
  if (!dir) return createRequire(file)(file);
  let source: string;
  let cacheFile: string;
  let cachedData: Buffer | undefined;
  try {
    const st = statSync(file);
    source = readFileSync(file, 'utf8');
    cacheFile = join(dir, `${cachePrefix(file)}${st.size}-${Math.floor(st.mtimeMs)}-${process.version}-${process.arch}.bin`);
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  } catch {
    return createRequire(file)(file);
  }
  // The wrapper Node puts around a CommonJS module; the bundle uses only these five names.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const mod = { exports: {} as unknown };
  (script.runInThisContext() as (...a: unknown[]) => void).call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  if (!cachedData || script.cachedDataRejected) {
    // At exit, so the cache holds every function this run compiled (lazily, as they ran).
    process.once('exit', () => saveCache(script, dir, cacheFile, cachePrefix(file)));
  }
  return mod.exports;
}

/** The bundle's name and a hash of its folder: installs in different places keep their own caches. */
function cachePrefix(file: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return `${basename(file)}-${(h >>> 0).toString(16)}-`;
}

function saveCache(script: Script, dir: string, cacheFile: string, prefix: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Caches of earlier builds of this bundle (same place) are of no further use.
    for (const f of readdirSync(dir)) if (f.startsWith(prefix) && join(dir, f) !== cacheFile) rmSync(join(dir, f), { force: true });
    // Written aside and renamed: runs that start meanwhile read a whole cache or none.
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, cacheFile);
  } catch {
    // No cache this time.
  }
}
