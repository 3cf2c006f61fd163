// npm run package:vsix — the VS Code extension package (.vsix), with @vscode/vsce.
//
// The extension is two esbuild bundles (dist/extension.cjs, dist/server.cjs; `npm run build`
// makes them), so the package has no node_modules (--no-dependencies). `.vscodeignore` decides
// what goes in. vsce is run from a staging copy of the repository without node_modules, .git,
// test/ and bench/: vsce walks every file under its folder before applying .vscodeignore, and
// the e2e toolchain in test/e2e/node_modules alone made that take ~25 s instead of ~3 s.
//
//   node scripts/package-vsix.mjs [--out FILE]     (default: replylint-<version>.vsix)
// Fails when the package is 2 MB or more, or lacks a file the manifest needs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1] : join(root, `${pkg.name}-${pkg.version}.vsix`));
const LIMIT = 2 * 1024 * 1024;

for (const f of ['dist/extension.cjs', 'dist/server.cjs', 'dist/word-export.cjs']) {
  if (!existsSync(join(root, f))) {
    console.error(`package-vsix: ${f} is missing; run npm run build first`);
    process.exit(1);
  }
}

// Staging copy: everything at the top level except folders that are never packaged and hold
// many files. .vscodeignore (copied too) still decides file by file.
const SKIP = new Set(['node_modules', '.git', '.tmp', 'test', 'bench', 'coverage']);
const stage = join(root, '.tmp', 'vsix-stage');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const name of readdirSync(root)) {
  if (SKIP.has(name) || name.endsWith('.vsix')) continue;
  cpSync(join(root, name), join(stage, name), { recursive: true, dereference: false });
}

// `files` in package.json is the npm package's list; vsce refuses it beside .vscodeignore, which
// decides what goes in the .vsix, so the staged manifest goes without it.
const { files: _npmFiles, ...manifest } = pkg;
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

const require = createRequire(join(root, 'package.json'));
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
mkdirSync(dirname(out), { recursive: true });
rmSync(out, { force: true });
const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--out', out], { cwd: stage, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (r.status !== 0) {
  process.stdout.write(r.stdout ?? '');
  console.error(`package-vsix: vsce failed (exit ${r.status})`);
  process.exit(1);
}
rmSync(stage, { recursive: true, force: true });

/** Entry names of a zip file, from its central directory. */
function zipEntries(file) {
  const b = readFileSync(file);
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const names = [];
  let p = b.readUInt32LE(eocd + 16);
  for (let n = b.readUInt16LE(eocd + 10); n > 0; n--) {
    const nameLen = b.readUInt16LE(p + 28);
    names.push(b.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return names;
}

const size = statSync(out).size;
const files = zipEntries(out);
const needed = [
  'extension/package.json',
  'extension/dist/extension.cjs',
  'extension/dist/server.cjs',
  'extension/dist/word-export.cjs',
  ...(pkg.contributes?.snippets ?? []).map((s) => `extension/${s.path.replace(/^\.\//, '')}`),
];
const missing = needed.filter((f) => !files.includes(f));
const kb = (size / 1024).toFixed(1);
console.log(`package-vsix: ${relative(process.cwd(), out) || out} — ${kb} KB, ${files.length} entries:\n  ${files.join('\n  ')}`);
if (missing.length) {
  console.error(`package-vsix: missing from the package: ${missing.join(', ')}`);
  process.exit(1);
}
if (size >= LIMIT) {
  console.error(`package-vsix: ${kb} KB is over the 2 MB limit`);
  process.exit(1);
}
