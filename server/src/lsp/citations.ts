/** What the open documents know about cited titles and 文号 (the registry issue extends this). */
import { type ReplyRoot } from '../index';

export interface KnownTitle {
  title: string;
  /** 文号 written right after the title, by document. */
  docNumbers: Set<string>;
  uris: Set<string>;
  count: number;
}

export interface KnownDocNumber {
  raw: string;
  agency: string;
  titles: Set<string>;
  uris: Set<string>;
}

export interface Knowledge {
  titles: Map<string, KnownTitle>;
  docNumbers: Map<string, KnownDocNumber>;
}

export function collect(trees: Array<{ uri: string; tree: ReplyRoot }>): Knowledge {
  const titles = new Map<string, KnownTitle>();
  const docNumbers = new Map<string, KnownDocNumber>();
  for (const { uri, tree } of trees) {
    const p = tree.data.parts;
    const ackTitle = p.acknowledgement?.title;
    for (const c of p.citations) {
      // The suggestion's own title (《…》收悉) is not a policy to cite elsewhere.
      if (c === ackTitle || !c.title.trim()) continue;
      let k = titles.get(c.title);
      if (!k) titles.set(c.title, (k = { title: c.title, docNumbers: new Set(), uris: new Set(), count: 0 }));
      k.count++;
      k.uris.add(uri);
      if (c.docNumber) k.docNumbers.add(c.docNumber.raw);
    }
    for (const d of p.docNumbers) {
      if (d === p.docNumber) continue; // a letter's own number is not a citation
      let k = docNumbers.get(d.raw);
      if (!k) docNumbers.set(d.raw, (k = { raw: d.raw, agency: d.agency, titles: new Set(), uris: new Set() }));
      k.uris.add(uri);
    }
    for (const c of p.citations) if (c.docNumber && c !== ackTitle) docNumbers.get(c.docNumber.raw)?.titles.add(c.title);
  }
  return { titles, docNumbers };
}
