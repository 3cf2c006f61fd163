/**
 * Bytes → text. UTF-8 (with or without BOM) is tried strictly first; anything that is not
 * valid UTF-8 is decoded as GB18030 (a superset of GBK/GB2312), the other encoding Chinese
 * government offices use. Files with NUL bytes are reported as binary and not decoded.
 */
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export type Decoded =
  | { kind: 'text'; text: string; encoding: Encoding }
  | { kind: 'binary' };

const SNIFF_BYTES = 8000;

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decode(bytes: Uint8Array): Decoded {
  if (looksBinary(bytes)) return { kind: 'binary' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { kind: 'text', text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { kind: 'text', text: iconv.decode(Buffer.from(body), 'gb18030'), encoding: 'gb18030' };
  }
}

/** Text → bytes in the encoding it was read with, so that --fix never changes a file's encoding. */
export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}
