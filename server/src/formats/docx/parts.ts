/**
 * Where the parts of a Word package are, by its relationships (OPC): the main document from
 * _rels/.rels (word/document.xml in nearly every file), and its numbering, styles and comments
 * from the document's own relationships, targets relative to the document's folder.
 */
import { DocxError, type DocxPackage } from './zip';
import { elementChildren, parsePart, type XmlDocument } from './xml';

export interface PartNames {
  document: string;
  /** The document's relationships part (it may not exist yet). */
  rels: string;
  numbering?: string;
  styles?: string;
}

/** The folder of a part name, with its trailing slash (`word/`), or '' at the package root. */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** A relationship target as a part name: absolute (`/word/x.xml`) or relative to `folder`; undefined when it leaves the package. */
export function resolveTarget(folder: string, target: string): string | undefined {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/** The target of the first relationship whose type ends with `/kind` (transitional or strict). */
export function relationshipTarget(rels: XmlDocument | undefined, folder: string, kind: string): string | undefined {
  const root = rels?.documentElement;
  if (!root) return undefined;
  for (const rel of elementChildren(root)) {
    if ((rel.getAttribute('Type') ?? '').endsWith(`/${kind}`) && rel.getAttribute('TargetMode') !== 'External') {
      return resolveTarget(folder, rel.getAttribute('Target') ?? '');
    }
  }
  return undefined;
}

export function relsOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
}

export function partNames(pkg: DocxPackage): PartNames {
  const rootRels = pkg.entries.get('_rels/.rels');
  const document = (rootRels && relationshipTarget(parsePart(rootRels, '_rels/.rels'), '', 'officeDocument')) || 'word/document.xml';
  if (!pkg.entries.has(document)) throw new DocxError(`not a Word document (no ${document} in the package)`);
  const rels = relsOf(document);
  const relsBytes = pkg.entries.get(rels);
  const docRels = relsBytes ? parsePart(relsBytes, rels) : undefined;
  const folder = folderOf(document);
  return {
    document,
    rels,
    numbering: relationshipTarget(docRels, folder, 'numbering'),
    styles: relationshipTarget(docRels, folder, 'styles'),
  };
}
