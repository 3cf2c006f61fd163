/**
 * The .docx package (a zip) in and out, with fflate. Reading refuses what could hurt the reader
 * before anything is inflated: too many entries, names that leave the archive, and declared sizes
 * over the limit (fflate inflates each entry into a buffer of its declared size and stops there,
 * so an entry that lies about its size cannot grow past it; its cut-off XML then fails to parse).
 * Writing keeps every entry's name, order, compression method and bytes unless it is replaced:
 * an untouched entry's compressed bytes are copied as they were (its CRC and sizes too).
 */
import * as zlib from 'node:zlib';
import { inflateSync, Unzip, UnzipPassThrough, unzipSync, Zip, ZipDeflate, ZipPassThrough, type UnzipFileInfo, type ZipInputFile } from 'fflate';

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
  if (!entries.has('[Content_Types].xml')) throw new DocxError('not a Word document (no [Content_Types].xml: not an Office package)');
  return { names, entries, stored: new Set(infos.filter((f) => f.compression === 0).map((f) => f.name)) };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}

/** A "decoder" for fflate's streaming reader that hands on deflated data as it is. */
class RawDeflate {
  static compression = 8;
  ondata!: (err: Error | null, data: Uint8Array, final: boolean) => void;
  push(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, chunk, final);
  }
}

/**
 * Each entry's bytes as stored in the archive (compressed), read by fflate's streaming reader
 * with pass-through decoders. Entries whose sizes follow their data (data descriptors) are left
 * out: their end is not known up front, so they are compressed again instead.
 */
function storedBytes(bytes: Uint8Array): Map<string, { compression: number; raw: Uint8Array }> {
  const out = new Map<string, { compression: number; raw: Uint8Array }>();
  const reader = new Unzip((file) => {
    if (file.size === undefined || (file.compression !== 0 && file.compression !== 8)) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (err, chunk, final) => {
      if (err) return;
      chunks.push(chunk);
      if (final) out.set(file.name, { compression: file.compression, raw: concat(chunks) });
    };
    file.start();
  });
  reader.register(UnzipPassThrough);
  reader.register(RawDeflate as unknown as typeof UnzipPassThrough);
  try {
    reader.push(bytes, true);
  } catch {
    out.clear();
  }
  return out;
}

/**
 * The package with some entries replaced or added (added ones go at the end). Untouched entries
 * keep their name, order, compression method, uncompressed bytes and — when `original` is given
 * and they can be read as stored — their compressed bytes.
 */
export function writePackage(pkg: DocxPackage, changed: Map<string, Uint8Array>, original?: Uint8Array): Uint8Array {
  const names = [...pkg.names, ...[...changed.keys()].filter((n) => !pkg.entries.has(n))];
  const stored = original && typeof zlib.crc32 === 'function' ? storedBytes(original) : new Map<string, { compression: number; raw: Uint8Array }>();
  // A fixed date: the same review of the same file gives the same bytes.
  const mtime = new Date(2020, 0, 1);
  const parts: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else parts.push(chunk);
  });
  for (const name of names) {
    const data = changed.get(name) ?? pkg.entries.get(name)!;
    const copy = changed.has(name) ? undefined : stored.get(name);
    // Copied only when they are exactly this entry's data.
    if (copy && sameBytes(copy.compression === 0 ? copy.raw : inflateSync(copy.raw), data)) {
      const file: ZipInputFile = { filename: name, size: data.length, crc: zlib.crc32(data), compression: copy.compression, mtime };
      zip.add(file);
      file.ondata!(null, copy.raw as Uint8Array<ArrayBuffer>, true);
      continue;
    }
    const file = pkg.stored.has(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  if (failure) throw failure;
  return concat(parts);
}
