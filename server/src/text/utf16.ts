/**
 * UTF-16 with a byte-order mark (what Windows Notepad saves as "Unicode" / "Unicode big endian"),
 * decoded and encoded with Buffer alone. Only a BOM marks a file as UTF-16: without one, the NUL
 * bytes of its ASCII half look like a binary file, and guessing would misread real binaries.
 */
export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** The byte order announced by a UTF-16 BOM (FF FE little-endian, FE FF big-endian), if any. */
export function utf16Bom(bytes: Uint8Array): Utf16Encoding | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The text of UTF-16 bytes after their BOM, or undefined when they cannot be a UTF-16 letter: an
 * odd byte count (a byte would be lost) or a NUL character (binary data behind the marks).
 * Lone surrogates are kept as they are, so encoding gives the same bytes back.
 */
export function decodeUtf16(bytes: Uint8Array, encoding: Utf16Encoding): string | undefined {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.byteLength - 2);
  if (body.length % 2 !== 0) return undefined;
  const le = encoding === 'utf-16le' ? body : Buffer.from(body).swap16();
  let text = le.toString('utf16le');
  if (text.includes('\0')) return undefined;
  // Like the UTF-8 reader (and TextDecoder), a second BOM at the start of the text is dropped.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** UTF-16 bytes in the given byte order, BOM first. */
export function encodeUtf16(text: string, encoding: Utf16Encoding): Buffer {
  const bytes = Buffer.from('\ufeff' + text, 'utf16le');
  return encoding === 'utf-16le' ? bytes : bytes.swap16();
}
