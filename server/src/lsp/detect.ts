/**
 * Which documents are reply letters: files matching the `replylint.files` globs, or (with
 * `replylint.detect`) documents whose opening reads like one. The server decides, so every
 * editor that starts the server gets the same answer.
 */
import { URI } from './uri';

/** Glob → RegExp: `**` (any folders), `*` and `?` (within a segment), `{a,b}`. Linear to build. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inBraces++;
      re += '(?:';
    } else if (c === '}' && inBraces > 0) {
      inBraces--;
      re += ')';
    } else if (c === ',' && inBraces > 0) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  while (inBraces-- > 0) re += ')';
  return new RegExp(`^${re}$`, 'i');
}

export function matchesGlobs(path: string, globs: string[]): boolean {
  const p = path.replace(/\\/g, '/');
  const name = p.slice(p.lastIndexOf('/') + 1);
  for (const g of globs) {
    const re = globToRegExp(g.replace(/\\/g, '/'));
    // A glob without a slash matches the file name anywhere (as in .gitignore).
    if (re.test(p) || (!g.includes('/') && re.test(name))) return true;
  }
  return false;
}

const TITLE = /(?:关于[^\n]{0,80}?(?:建议|提案|意见)[^\n]{0,20}?(?:办理情况|办理意见|答复|复函))|(?:答复的函|复函|会办意见|协办意见)/;
const SALUTATION = /(?:^|\n|[。\s])[^\n，。,：:]{1,30}(?:代表|委员|代表们|委员们|党派|民主同盟|民主促进会|致公党|九三学社|工商联|民主建国会|农工民主党|台湾民主自治同盟|民主党派)\s*[：:]/;
const RECEIVED = /收悉/;

/** Two of three signs in the first few thousand characters: a reply title, a 代表/委员 salutation, 收悉. */
export function looksLikeReply(text: string): boolean {
  const head = text.slice(0, 4000);
  let signs = 0;
  if (TITLE.test(head)) signs++;
  if (SALUTATION.test(head)) signs++;
  if (RECEIVED.test(head)) signs++;
  return signs >= 2;
}

export function isConfigFile(uri: string): boolean {
  return /(^|\/)\.replylintrc(\.json)?$/i.test(URI.path(uri));
}

export function isReplyDocument(opts: {
  uri: string;
  languageId: string;
  text: string;
  files: string[];
  detect: boolean;
  /** Workspace folder URIs, to match globs against the relative path. */
  roots: string[];
}): boolean {
  if (isConfigFile(opts.uri)) return false;
  const path = URI.path(opts.uri);
  const root = opts.roots.filter((r) => opts.uri.startsWith(r.endsWith('/') ? r : r + '/')).sort((a, b) => b.length - a.length)[0];
  const rel = root ? decodeURIComponent(opts.uri.slice(root.replace(/\/$/, '').length + 1)) : path.replace(/^\//, '');
  if (matchesGlobs(rel, opts.files)) return true;
  if (!opts.detect) return false;
  if (opts.languageId && !/^(markdown|plaintext|text|md|txt)$/i.test(opts.languageId) && !/\.(md|markdown|txt)$/i.test(path)) return false;
  return looksLikeReply(opts.text);
}
