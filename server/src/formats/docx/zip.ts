/**
 * The .docx package (a zip) in and out, with fflate. Reading refuses what could hurt the reader
 * before anything is inflated: too many entries, names that leave the archive, and declared sizes
 * over the limit (fflate inflates each entry into a buffer of its declared size and stops there,
 * so an entry that lies about its size cannot grow past it; its cut-off XML then fails to parse).
 * Writing keeps every entry's name, order, compression method and bytes unless it is replaced.
 */
import { unzipSync, zipSync, type UnzipFileInfo, type Zippable } from 'fflate';

/** One line for the user: why this file is not a Word document we can read. */
export class DocxError extends Error {
  override name = 'DocxError';
}

export interface ZipLimits {
  /** Entries in the archive. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalSize: number;
  /** Declared size / compressed size above this (for entries over 1 MB) is a zip bomb. */
  maxRatio: number;
}

export const DEFAULT_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalSize: 200 * 1024 * 1024, maxRatio: 500 };

export interface DocxPackage {
  /** Entry names in archive order. */
  names: string[];
  /** Uncompressed bytes of each entry. */
  entries: Map<string, Uint8Array>;
  /** Entries stored without compression (written back the same way). */
  stored: Set<string>;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** An OLE compound file is either a password-protected Office file or a Word 97–2003 .doc. */
function oleKind(bytes: Uint8Array): 'encrypted' | 'doc' {
  // Office encryption keeps the real package in a stream named EncryptedPackage (UTF-16LE name).
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name) ? 'encrypted' : 'doc';
}

/** Rejects absolute paths, drive letters, backslashes and `..` segments (zip slip). */
function unsafeName(name: string): boolean {
  return name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name) || name.split('/').some((s) => s === '..') || name.includes('\0');
}

export function readPackage(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): DocxPackage {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new DocxError(oleKind(bytes) === 'encrypted' ? 'not a Word document (encrypted with a password: save an unprotected copy)' : 'not a Word document (a Word 97–2003 .doc file: save it as .docx)');
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new DocxError('not a Word document (not a zip package)');
  const infos: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, { filter: (f) => (infos.push(f), false) });
  } catch (err) {
    throw new DocxError(`not a Word document (corrupt zip: ${(err as Error).message})`);
  }
  if (infos.length > limits.maxEntries) throw new DocxError(`not a Word document (zip bomb: ${infos.length} entries, at most ${limits.maxEntries})`);
  let total = 0;
  for (const f of infos) {
    if (unsafeName(f.name)) throw new DocxError(`not a Word document (unsafe entry name "${f.name}")`);
    if (f.compression !== 0 && f.compression !== 8) throw new DocxError(`not a Word document (entry "${f.name}" uses compression method ${f.compression})`);
    if (f.originalSize > 1024 * 1024 && f.originalSize > f.size * limits.maxRatio) {
      throw new DocxError(`not a Word document (zip bomb: "${f.name}" claims ${f.originalSize} bytes from ${f.size})`);
    }
    total += f.originalSize;
  }
  if (total > limits.maxTotalSize) throw new DocxError(`not a Word document (zip bomb: ${total} bytes uncompressed, at most ${limits.maxTotalSize})`);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (err) {
    throw new DocxError(`not a Word document (corrupt zip: ${(err as Error).message})`);
  }
  const names = infos.map((f) => f.name);
  if (new Set(names).size !== names.length) throw new DocxError('not a Word document (an entry name occurs twice)');
  const entries = new Map(names.map((n) => [n, files[n]] as const));
  if (!entries.has('[Content_Types].xml') || !entries.has('word/document.xml')) {
    throw new DocxError('not a Word document (no word/document.xml in the package)');
  }
  return { names, entries, stored: new Set(infos.filter((f) => f.compression === 0).map((f) => f.name)) };
}

/**
 * The package with some entries replaced or added (added ones go at the end). Untouched entries
 * keep their uncompressed bytes, name, order and compression method.
 */
export function writePackage(pkg: DocxPackage, changed: Map<string, Uint8Array>): Uint8Array {
  const out: Zippable = {};
  const names = [...pkg.names, ...[...changed.keys()].filter((n) => !pkg.entries.has(n))];
  // A fixed date: the same review of the same file gives the same bytes.
  const mtime = new Date(2020, 0, 1);
  for (const name of names) {
    const data = changed.get(name) ?? pkg.entries.get(name)!;
    out[name] = [data, { level: pkg.stored.has(name) ? 0 : 6, mtime }];
  }
  return zipSync(out);
}
