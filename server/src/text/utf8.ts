/**
 * The UTF-8 half of decoding, with no dependency: binary sniffing, strict UTF-8 with or without
 * BOM, and encoding back. `decode.ts` adds the GB18030 fallback (iconv-lite); the CLI uses this
 * module directly so that iconv-lite loads only when a GBK file turns up.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export type Decoded =
  | { kind: 'text'; text: string; encoding: Encoding }
  | { kind: 'binary' };

const SNIFF_BYTES = 8000;
const BOM = [0xef, 0xbb, 0xbf];

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/** Binary, or UTF-8 text; undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): Decoded | undefined {
  if (looksBinary(bytes)) return { kind: 'binary' };
  const bom = hasBom(bytes);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { kind: 'text', text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return undefined;
  }
}

/** UTF-8 bytes, with the BOM when the file had one. */
export function encodeUtf8(text: string, withBom: boolean): Buffer {
  const body = Buffer.from(text, 'utf8');
  return withBom ? Buffer.concat([Buffer.from(BOM), body]) : body;
}
