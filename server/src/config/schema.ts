/**
 * The three JSON Schemas (draft-07), built from the rule modules' metadata so that they can never
 * disagree with the code: `.replylintrc.json`, profile files and policy registry files.
 * `scripts/gen-schemas.ts` writes them to `schemas/`; a test regenerates them and fails on any
 * difference. At load time the config is validated against the in-memory schema, not the file.
 */
import type { RuleMeta } from '../rules/rule';

/** What the schemas read of a rule: single-letter and cross-letter (workspace) rules alike. */
export type SchemaRule = Pick<RuleMeta, 'id' | 'code' | 'docs' | 'severity' | 'fixable' | 'defaultOff' | 'optionsSchema' | 'defaultOptions'>;
import { builtinProfiles, ELEMENT_NAMES, REQUIRE_KEYS } from '../profiles';
import { layoutSchema } from '../profiles/layout';

export const SCHEMA_BASE = 'https://raw.githubusercontent.com/replylint/replylint/main/schemas/';
export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export const BUILTIN_EXTENDS = ['replylint:recommended'] as const;

type Json = Record<string, unknown>;

/** The full schema of one rule's setting (also used to check options at load time). */
export function ruleSettingSchema(rule: SchemaRule): Json {
  const severityEnum = { enum: [...SEVERITIES] };
  const options: Json = rule.optionsSchema ? { ...rule.optionsSchema } : { type: 'object', maxProperties: 0 };
  const fix = rule.fixable ? ` Fix: ${rule.fixable}.` : '';
  const dflt = rule.defaultOff ? 'off' : rule.severity;
  return {
    description: `${rule.code} ${rule.docs.en} ${rule.docs.zh} Default: ${dflt}.${fix}`,
    default: dflt,
    // A severity, or [severity, options]: if/then/else keeps ajv's errors on the part that is wrong.
    if: { type: 'string' },
    then: severityEnum,
    else: {
      type: 'array',
      items: [severityEnum, options],
      minItems: 1,
      maxItems: 2,
    },
    ...(rule.defaultOptions ? { defaultSnippets: [{ label: `[severity, options]`, body: [dflt, rule.defaultOptions] }] } : {}),
  };
}

/**
 * `lean` schemas are what ajv compiles at load time: the rule maps are checked by code
 * (config/validate.ts), since compiling ~100 per-rule subschemas costs a second of start-up.
 * The files in schemas/ are the full ones (editor completion and hover for every rule).
 */
export interface SchemaOptions {
  lean?: boolean;
}

/** Severity-only map, for profiles (ids → severity). */
function ruleSeverityMap(rules: SchemaRule[], o: SchemaOptions = {}): Json {
  if (o.lean) return { type: 'object', additionalProperties: { enum: [...SEVERITIES] } };
  const properties: Json = {};
  for (const r of rules) properties[r.id] = { enum: [...SEVERITIES], description: `${r.code} ${r.docs.en}` };
  return { type: 'object', properties, additionalProperties: false };
}

function profileBody(rules: SchemaRule[], forFile: boolean, o: SchemaOptions = {}): Json {
  const requireProps: Json = {};
  for (const k of REQUIRE_KEYS) requireProps[k] = { type: 'boolean' };
  const strings = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
  return {
    type: 'object',
    properties: {
      ...(forFile ? { $schema: { type: 'string' } } : {}),
      id: { type: 'string', minLength: 1, description: 'Profile id (shown in messages).' },
      extends: {
        type: 'string',
        minLength: 1,
        description: 'A built-in profile id or the path of another profile file, relative to this file.',
        anyOf: [{ enum: Object.keys(builtinProfiles) }, { pattern: '\\.json$' }],
      },
      description: {
        type: 'object',
        properties: { zh: { type: 'string' }, en: { type: 'string' } },
        additionalProperties: false,
      },
      require: {
        type: 'object',
        description: 'Elements a letter must have under this profile (merged over the extended profile).',
        properties: requireProps,
        additionalProperties: false,
      },
      order: { type: 'array', items: { enum: [...ELEMENT_NAMES] }, uniqueItems: true, description: 'Element order (S06).' },
      categories: {
        type: 'object',
        description: 'Result categories (A/B/C or A/B/C/D) and what each means.',
        propertyNames: { pattern: '^[A-Z]$' },
        additionalProperties: { type: 'string' },
      },
      signerLabels: { ...strings, description: 'Accepted labels of the signer line (领导署名 / 签发人 / 分管领导).' },
      contactLabels: { ...strings, description: 'Accepted labels of the contact line (联系人 / 承办人).' },
      cc: {
        type: 'object',
        description: 'Required 抄送 recipients for NPC suggestions and CPPCC proposals.',
        properties: { npc: strings, cppcc: strings },
        additionalProperties: false,
      },
      disclosureValues: { ...strings, description: 'Accepted 公开属性 notes.' },
      deadlineMonths: { type: 'integer', minimum: 1, maximum: 12, description: 'Months from 交办 to the answer.' },
      rules: { ...ruleSeverityMap(rules, o), description: 'Rules this profile switches on or off.' },
      layout: { ...layoutSchema(), description: 'Word export (replylint export): numbers, fonts and font fallbacks that differ from GB/T 9704-2012.' },
    },
    additionalProperties: false,
  };
}

export function buildProfileSchema(rules: SchemaRule[], o: SchemaOptions = {}): Json {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_BASE + 'profile.schema.json',
    title: 'Reply Lint profile',
    description: 'A local profile: required elements, their order, labels, result categories, 抄送 and deadline. Extends a built-in profile.',
    ...profileBody(rules, true, o),
  };
}

export function buildConfigSchema(rules: SchemaRule[], o: SchemaOptions = {}): Json {
  const ruleProps: Json = {};
  if (!o.lean) for (const r of rules) ruleProps[r.id] = ruleSettingSchema(r);
  const paths = (what: string) => ({
    description: what,
    anyOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 } },
    ],
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_BASE + 'replylintrc.schema.json',
    title: 'Reply Lint configuration (.replylintrc.json)',
    description: 'Looked up from the linted file’s folder up to the workspace or repository root; nearer files override farther ones.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for .replylintrc.json files in parent folders.' },
      extends: paths('Configs this one builds on: paths relative to this file, or "replylint:recommended".'),
      profile: {
        description: 'A built-in profile (generic, national-npc, national-cppcc, fujian, xiamen), the path of a profile file relative to this file, or an inline profile.',
        anyOf: [{ type: 'string', enum: Object.keys(builtinProfiles) }, { type: 'string', pattern: '\\.json$' }, profileBody(rules, false, o)],
      },
      rules: {
        type: 'object',
        description: 'Per rule: "off" | "info" | "warning" | "error", or [severity, options].',
        ...(o.lean ? {} : { properties: ruleProps, additionalProperties: false }),
      },
      registry: paths('Policy registry files (.json or .csv), relative to this file.'),
      include: paths('Lint only files matching these gitignore-style patterns (relative to this file).'),
      exclude: paths('Skip files matching these gitignore-style patterns (relative to this file).'),
      locale: { enum: ['zh', 'en'], description: 'Language of messages.' },
      maxFileSize: { type: 'integer', minimum: 0, description: 'The CLI skips files larger than this many bytes.' },
      assignedDates: {
        type: 'object',
        description: '交办日期 by suggestion/proposal number, for letters without one in their front matter (the deadline checks: reply-overdue). Nearer files override farther ones number by number.',
        propertyNames: { pattern: '^\\S+$' },
        additionalProperties: { type: 'string', pattern: '^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$' },
      },
    },
    additionalProperties: false,
  };
}

export function buildRegistrySchema(): Json {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_BASE + 'policy-registry.schema.json',
    title: 'Reply Lint policy registry',
    description: 'The policies letters may cite. The same columns work in a CSV file (title, aliases, docNumber, issuer, date, status, replacedBy).',
    type: 'object',
    required: ['policies'],
    properties: {
      $schema: { type: 'string' },
      policies: {
        type: 'array',
        items: {
          type: 'object',
          required: ['title'],
          properties: {
            title: { type: 'string', minLength: 1, pattern: '^[^《》]+$', description: 'Official title, without 《》.' },
            aliases: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Short titles (以下简称) and other accepted names.' },
            docNumber: { type: 'string', pattern: '^[^〔〕]+〔[0-9]{4}〕[0-9]+号$', description: '发文字号, e.g. 厦府规〔2022〕2号.' },
            issuer: { type: 'string', description: 'Issuing body.' },
            date: { type: 'string', pattern: '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$', description: 'YYYY, YYYY-MM or YYYY-MM-DD.' },
            status: { enum: ['in-force', 'amended', 'repealed'], default: 'in-force' },
            replacedBy: { type: 'string', minLength: 1, description: 'Title or 文号 of the replacing policy.' },
            url: { type: 'string' },
            note: { type: 'string' },
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}

export const SCHEMA_FILES = {
  'replylintrc.schema.json': (rules: SchemaRule[]) => buildConfigSchema(rules),
  'profile.schema.json': (rules: SchemaRule[]) => buildProfileSchema(rules),
  'policy-registry.schema.json': () => buildRegistrySchema(),
} as const;

/** The text written to schemas/<name> (stable: 2-space indent, final newline). */
export function schemaText(schema: Json): string {
  return JSON.stringify(schema, null, 2) + '\n';
}
