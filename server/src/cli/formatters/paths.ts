/** Report paths: relative to the working folder, with forward slashes. */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export function relativePath(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** True when the file lies inside `cwd`. */
export function isInside(file: string, cwd: string): boolean {
  const rel = relative(cwd, resolve(cwd, file));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** A URI reference for SARIF: relative and percent-encoded inside cwd, else an absolute file URI. */
export function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (!isInside(file, cwd)) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: relativePath(file, cwd).split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
