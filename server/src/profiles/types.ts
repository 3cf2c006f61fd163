/** What a profile declares: the letter elements it requires and its local facts (RULEBOOK §9). */
export interface Profile {
  id: string;
  extends?: string;
  description?: { zh: string; en: string };
  /** Elements a letter must have under this profile. */
  require: {
    title: boolean;
    docNumber: boolean;
    salutation: boolean;
    acknowledgement: boolean;
    closing: boolean;
    issuer: boolean;
    issueDate: boolean;
    signer: boolean;
    contact: boolean;
    phone: boolean;
    resultCategory: boolean;
    cc: boolean;
    disclosure: boolean;
  };
  /** Element order (S06), by element name. */
  order: string[];
  /** Result categories and what each means. */
  categories: Record<string, string>;
  /** Accepted labels for the signer line and the contact line. */
  signerLabels: string[];
  contactLabels: string[];
  /** Required 抄送 recipients by letter kind. */
  cc: { npc: string[]; cppcc: string[] };
  disclosureValues: string[];
  /** Months from 交办 to the answer. */
  deadlineMonths: number;
  /** Rules this profile switches on or off (ids → severity or 'off'). */
  rules?: Record<string, string>;
  /** Word export layout over GB/T 9704 (profiles/layout.ts `LayoutOverrides`: numbers, fonts and their fallbacks). */
  layout?: Record<string, unknown>;
}

/** The keys of `Profile.require`, in schema order. */
export const REQUIRE_KEYS = [
  'title',
  'docNumber',
  'salutation',
  'acknowledgement',
  'closing',
  'issuer',
  'issueDate',
  'signer',
  'contact',
  'phone',
  'resultCategory',
  'cc',
  'disclosure',
] as const satisfies ReadonlyArray<keyof Profile['require']>;

/** Element names a profile's `order` may use. */
export const ELEMENT_NAMES = [
  'resultCategory',
  'disclosure',
  'title',
  'docNumber',
  'signer',
  'salutation',
  'acknowledgement',
  'body',
  'closing',
  'attachment',
  'contact',
  'phone',
  'issuer',
  'issueDate',
  'note',
  'cc',
] as const;

/** A profile as written in a file or inline in a config: every field optional, `extends` a base. */
export type ProfileSpec = Partial<Omit<Profile, 'require' | 'cc'>> & {
  require?: Partial<Profile['require']>;
  cc?: Partial<Profile['cc']>;
};
