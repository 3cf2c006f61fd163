/**
 * Bytes → text. UTF-16 with a BOM (LE or BE) is read as such; then UTF-8 (with or without BOM)
 * is tried strictly; anything that is not valid UTF-8 is decoded as GB18030 (a superset of
 * GBK/GB2312), the other encoding Chinese government offices use. Files with NUL bytes (other
 * than UTF-16's) are reported as binary and not decoded.
 */
import iconv from 'iconv-lite';
import { decodeNative, encodeNative, hasBom, type Decoded, type Encoding } from './utf8';

export { looksBinary, type Decoded, type Encoding } from './utf8';

export function decode(bytes: Uint8Array): Decoded {
  const native = decodeNative(bytes);
  if (native) return native;
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  return { kind: 'text', text: iconv.decode(Buffer.from(body), 'gb18030'), encoding: 'gb18030' };
}

/** Text → bytes in the encoding it was read with, so that --fix never changes a file's encoding. */
export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  return encodeNative(text, encoding);
}
