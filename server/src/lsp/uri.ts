/** file: URIs ↔ paths, without pulling in a URI library. */
import { fileURLToPath, pathToFileURL } from 'node:url';

export const URI = {
  /** The decoded path part of any URI (file:, untitled:, …). */
  path(uri: string): string {
    const m = /^[a-z][a-z0-9+.-]*:(?:\/\/[^/]*)?(.*)$/i.exec(uri);
    const p = m ? m[1].replace(/[?#].*$/, '') : uri;
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  },
  /** File-system path of a file: URI, undefined for other schemes. */
  fsPath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },
  file(path: string): string {
    return pathToFileURL(path).href;
  },
};
