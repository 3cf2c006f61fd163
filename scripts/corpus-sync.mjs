// Copies the real letters from their source folder beside the checkout into the repository:
// ../shared/corpusN/*.txt and index.json → test/corpus/letters/corpusN/, ../shared/seed-reply.txt →
// examples/seed.reply.txt. Byte for byte; prints what was added or changed.
//   npm run corpus:sync            copy new and changed letters
//   npm run corpus:sync -- --check list differences only; exit 1 when there are any
// The tests read only the vendored copies; test/corpus/vendored.test.ts fails when one differs
// from its source copy while ../shared is present.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const SOURCE = join(REPO, '..', 'shared');
export const LETTERS = join(REPO, 'test', 'corpus', 'letters');

const isCollection = (name) => /^corpus\d*$/.test(name);
const isVendoredFile = (name) => name.endsWith('.txt') || name === 'index.json';

/** Every source file with the in-repo path it is vendored to ([] when the source folder is absent). */
export function sourcePairs(source = SOURCE, repo = REPO) {
  if (!existsSync(source)) return [];
  const letters = join(repo, 'test', 'corpus', 'letters');
  const pairs = [];
  for (const dir of readdirSync(source).filter(isCollection).sort()) {
    if (!statSync(join(source, dir)).isDirectory()) continue;
    for (const file of readdirSync(join(source, dir)).filter(isVendoredFile).sort()) {
      pairs.push({ source: join(source, dir, file), vendored: join(letters, dir, file) });
    }
  }
  const seed = join(source, 'seed-reply.txt');
  if (existsSync(seed)) pairs.push({ source: seed, vendored: join(repo, 'examples', 'seed.reply.txt') });
  return pairs;
}

/** The pairs whose vendored copy is missing ('new') or not byte-identical ('changed'). */
export function differences(pairs = sourcePairs()) {
  const out = [];
  for (const p of pairs) {
    if (!existsSync(p.vendored)) out.push({ ...p, status: 'new' });
    else if (!readFileSync(p.source).equals(readFileSync(p.vendored))) out.push({ ...p, status: 'changed' });
  }
  return out;
}

/** Vendored letters with no source copy (kept: the source may have been trimmed on purpose). */
export function onlyInRepo(source = SOURCE, repo = REPO) {
  if (!existsSync(source)) return [];
  const letters = join(repo, 'test', 'corpus', 'letters');
  const out = [];
  for (const dir of readdirSync(letters).filter(isCollection).sort()) {
    for (const file of readdirSync(join(letters, dir)).filter(isVendoredFile).sort()) {
      if (!existsSync(join(source, dir, file))) out.push(join(letters, dir, file));
    }
  }
  return out;
}

function main() {
  const check = process.argv.includes('--check');
  if (!existsSync(SOURCE)) {
    console.log(`corpus:sync: ${SOURCE} not found; nothing to sync (the vendored letters stay as they are)`);
    return 0;
  }
  const pairs = sourcePairs();
  const diffs = differences(pairs);
  for (const d of diffs) {
    const line = `${d.status === 'new' ? 'new    ' : 'changed'} ${relative(REPO, d.vendored)}  ← ${relative(dirname(REPO), d.source)}`;
    console.log(line);
    if (!check) {
      mkdirSync(dirname(d.vendored), { recursive: true });
      writeFileSync(d.vendored, readFileSync(d.source));
    }
  }
  for (const f of onlyInRepo()) console.log(`kept    ${relative(REPO, f)}  (no source copy)`);
  const added = diffs.filter((d) => d.status === 'new').length;
  console.log(`corpus:sync: ${added} new, ${diffs.length - added} changed, ${pairs.length - diffs.length} unchanged` + (check ? ' (--check: nothing written)' : ''));
  if (!check && diffs.some((d) => d.vendored.endsWith('.txt'))) {
    console.log('Letters changed: their expected findings (test/corpus/expected/) need `npm run update-expected`, each changed line read.');
  }
  return check && diffs.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main());
