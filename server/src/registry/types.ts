/** A policy registry entry: one real document a letter may cite. */
export type PolicyStatus = 'in-force' | 'amended' | 'repealed';

export interface PolicyEntry {
  /** The official title, without 《》. */
  title: string;
  /** Short titles (以下简称) and other accepted names. */
  aliases?: string[];
  /** 发文字号, e.g. 厦府规〔2022〕2号. */
  docNumber?: string;
  /** Issuing body. */
  issuer?: string;
  /** Date issued: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  status?: PolicyStatus;
  /** The policy that replaces a repealed (or amends an amended) one: its title or 文号. */
  replacedBy?: string;
  url?: string;
  note?: string;
  /** Where the entry was read (file, 1-based line). */
  source?: { file: string; line: number };
}

export interface RegistryFile {
  $schema?: string;
  policies: PolicyEntry[];
}
