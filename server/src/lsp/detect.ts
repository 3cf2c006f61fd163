/**
 * Which documents are reply letters: files matching the `replylint.files` globs, or (with
 * `replylint.detect`) documents whose opening reads like one. The server decides, so every
 * editor that starts the server gets the same answer.
 */
import { globMatch, parseReply } from '../index';
import { URI } from './uri';

export function matchesGlobs(path: string, globs: string[]): boolean {
  const p = path.replace(/\\/g, '/');
  const name = p.slice(p.lastIndexOf('/') + 1);
  for (const g of globs) {
    const glob = g.replace(/\\/g, '/');
    // A glob without a slash matches the file name anywhere (as in .gitignore).
    if (globMatch(glob, p) || (!glob.includes('/') && globMatch(glob, name))) return true;
  }
  return false;
}

const REPLY_TITLE = /答复|复函|会办意见|协办意见|办理情况/;
const ANSWERING = /收悉|答复如下/;

/**
 * Judged by the parser on the opening (a few thousand characters): a salutation the parser
 * recognises (张三代表：, 李四委员：, 尊敬的…代表:), plus a reply title or a 收悉 / 答复如下 sentence.
 */
export function looksLikeReply(text: string, format: 'txt' | 'md' = 'txt'): boolean {
  const head = text.slice(0, 4000);
  if (!/代表|委员|[：:]/.test(head)) return false;
  const { tree } = parseReply(head, { format });
  const p = tree.data.parts;
  if (!p.salutation) return false;
  const title = !!p.title && REPLY_TITLE.test(p.title.value);
  const answering = !!p.acknowledgement?.received || ANSWERING.test(head);
  return title || answering;
}

/** .replylintrc(.json): validated as a config file, never linted as a letter. */
export function isConfigFile(uri: string): boolean {
  return /(^|\/)\.replylintrc(\.json)?$/i.test(URI.path(uri)) || isProfileFile(uri);
}

/** Profile files (*.replylint-profile.json, replylint-profiles/*.json). */
export function isProfileFile(uri: string): boolean {
  const p = URI.path(uri);
  return /\.replylint-profile\.json$/i.test(p) || /(^|\/)replylint-profiles\/[^/]+\.json$/i.test(p);
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
  return looksLikeReply(opts.text, opts.languageId === 'markdown' || /\.(md|markdown)$/i.test(path) ? 'md' : 'txt');
}
