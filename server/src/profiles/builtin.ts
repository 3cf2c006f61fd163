/**
 * Built-in profiles (RULEBOOK §9). `generic` asks only for what the national standards and the
 * 条例 require of every letter; local requirements (result category, 抄送, 公开属性, 领导署名,
 * 联系人/电话) come from the profiles that ask for them.
 */
import type { Profile, ProfileSpec } from './types';

const ORDER = ['resultCategory', 'title', 'docNumber', 'salutation', 'acknowledgement', 'body', 'closing', 'attachment', 'signer', 'issuer', 'issueDate', 'note', 'cc'];

export const generic: Profile = {
  id: 'generic',
  description: { zh: '通用：只要求国家标准和《条例》规定的要素', en: 'Generic: only what the national standards and the regulations require' },
  require: {
    title: true,
    docNumber: false,
    salutation: true,
    acknowledgement: true,
    closing: true,
    issuer: true,
    issueDate: true,
    signer: false,
    contact: false,
    phone: false,
    resultCategory: false,
    cc: false,
    disclosure: false,
  },
  order: ORDER,
  categories: { A: '所提问题已经解决或者基本解决', B: '正在解决或者列入规划逐步解决', C: '因目前条件限制或者其他原因需待以后解决', D: '留作参考' },
  signerLabels: ['领导署名', '签发人', '分管领导'],
  contactLabels: ['联系人', '承办人', '经办人'],
  cc: { npc: [], cppcc: [] },
  disclosureValues: ['此件主动公开', '此件依申请公开', '此件不予公开', '此件不公开'],
  deadlineMonths: 3,
};

export const nationalNpc: Profile = {
  ...generic,
  id: 'national-npc',
  description: { zh: '全国人大代表建议（A/B/C/D 分类，抄送全国人大常委会办公厅）', en: 'National People’s Congress suggestions (A–D, copy to the NPCSC General Office)' },
  require: { ...generic.require, docNumber: true, signer: true, contact: true, phone: true, resultCategory: true, cc: true },
  cc: { npc: ['全国人大常委会办公厅'], cppcc: [] },
};

export const nationalCppcc: Profile = {
  ...generic,
  id: 'national-cppcc',
  description: { zh: '全国政协提案', en: 'National CPPCC proposals' },
  require: { ...generic.require, docNumber: true, signer: true, contact: true, phone: true },
  cc: { npc: [], cppcc: ['全国政协提案委员会'] },
};

export const fujian: Profile = {
  ...generic,
  id: 'fujian',
  description: { zh: '福建省（三个月内答复，负责人签署）', en: 'Fujian province (answer within 3 months, signed by the head)' },
  require: { ...generic.require, docNumber: true, signer: true, contact: true, phone: true },
  cc: { npc: ['省人大常委会人事代表选举工作委员会'], cppcc: ['省政协提案委员会'] },
};

export const xiamen: Profile = {
  ...fujian,
  id: 'xiamen',
  description: { zh: '厦门市（领导署名、联系人、联系电话、抄送、公开属性）', en: 'Xiamen (signer, contact, phone, copy list and disclosure attribute)' },
  require: { ...fujian.require, cc: true, disclosure: true, resultCategory: true },
  // RULEBOOK §9: the Xiamen copy list is an assumption; teams can override it in their profile.
  cc: { npc: ['市人大常委会代表工作委员会', '市政府督查室'], cppcc: ['市政协提案委员会', '市政府督查室'] },
};

export const builtinProfiles: Record<string, Profile> = {
  generic,
  'national-npc': nationalNpc,
  'national-cppcc': nationalCppcc,
  fujian,
  xiamen,
};

/**
 * A profile spec over its base: `require` and `cc` merge key by key, `rules` merge by id, other
 * fields replace. The result no longer needs its `extends`.
 */
export function extendProfile(base: Profile, spec: ProfileSpec): Profile {
  const { extends: _ext, require, cc, rules, ...rest } = spec;
  void _ext;
  const out: Profile = {
    ...base,
    ...(rest as Partial<Profile>),
    id: spec.id ?? base.id,
    require: { ...base.require, ...(require ?? {}) },
    cc: { ...base.cc, ...(cc ?? {}) },
  };
  if (rules || base.rules) out.rules = { ...(base.rules ?? {}), ...(rules ?? {}) };
  delete out.extends;
  return out;
}

/** The built-in profile of this name, if there is one. */
export function builtinProfile(name: string): Profile | undefined {
  return Object.hasOwn(builtinProfiles, name) ? builtinProfiles[name] : undefined;
}

/** Resolves a spec whose `extends` names a built-in profile (file profiles: config/). */
export function resolveBuiltinSpec(spec: ProfileSpec): Profile {
  const base = builtinProfiles[spec.extends ?? 'generic'] ?? generic;
  return extendProfile(base, spec);
}

/**
 * The one place a profile setting becomes a Profile: a built-in name (unknown names and no
 * setting give `generic`), or an object — one whose `extends` names a built-in is laid over it,
 * any other is taken as already resolved (config/ resolves file-based `extends` chains before).
 */
export function resolveProfile(p: string | Profile | undefined): Profile {
  if (p && typeof p === 'object') return p.extends && builtinProfile(p.extends) ? resolveBuiltinSpec(p) : p;
  return builtinProfile(p ?? 'generic') ?? generic;
}
