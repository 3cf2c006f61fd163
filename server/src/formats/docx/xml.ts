/**
 * XML parts as DOMs (@xmldom/xmldom): everything the reviewer does not touch is kept as parsed.
 * A part with a document type declaration is refused outright, so no entity — internal (billion
 * laughs) or external (XXE) — is ever expanded; Office never writes one.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { DocxError } from './zip';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** ISO/IEC 29500 Strict documents use this namespace for the same elements. */
const W_STRICT_NS = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

export type XmlDocument = ReturnType<DOMParser['parseFromString']>;
export type XmlElement = XmlDocument['documentElement'] & {};
export type XmlNode = XmlElement['firstChild'] & {};

function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

export function parsePart(bytes: Uint8Array, name: string): XmlDocument {
  const text = decodePart(bytes);
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) throw new DocxError(`not a Word document (${name} declares a document type or entities, refused)`);
  let doc: XmlDocument;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'application/xml');
  } catch (err) {
    throw new DocxError(`not a Word document (${name} is not well-formed XML: ${(err as Error).message.split('\n')[0]})`);
  }
  if (!doc.documentElement) throw new DocxError(`not a Word document (${name} is empty)`);
  return doc;
}

export function serializePart(doc: XmlDocument): Uint8Array {
  return new TextEncoder().encode(new XMLSerializer().serializeToString(doc));
}

/** A WordprocessingML element with this local name (transitional or strict namespace). */
export function isW(node: XmlNode | null | undefined, local?: string): boolean {
  return !!node && node.nodeType === 1 && (node.namespaceURI === W_NS || node.namespaceURI === W_STRICT_NS) && (local === undefined || (node as XmlElement).localName === local);
}

export function elementChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

export function wChild(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, local)) return n as XmlElement;
  return undefined;
}

/** w:val (or another w: attribute) of an element. */
export function wAttr(el: XmlElement | undefined, local = 'val'): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(el.namespaceURI, local) ?? el.getAttribute(`w:${local}`);
  return v === null || v === '' ? undefined : v;
}

/** An on/off property (w:vanish, w:b …): present and not val="0|false|off". */
export function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = wAttr(el);
  return v === undefined || !['0', 'false', 'off'].includes(v);
}
