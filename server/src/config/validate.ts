/**
 * JSONC text → value, validated by ajv, every problem placed at file:line:column. Positions come
 * from jsonc-parser's tree: ajv's instancePath is walked with findNodeAtLocation, and an unknown
 * key points at the key itself. Never throws.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../text/positions';
import { closest } from '../registry/normalize';
import { configurableRules, crossLetterRuleById, ruleById } from '../rules';
import { buildConfigSchema, buildProfileSchema, buildRegistrySchema, ruleSettingSchema, type SchemaRule } from './schema';
import { builtinProfiles } from '../profiles';

export interface ConfigError {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based, UTF-16 units */
  column: number;
  message: string;
  /** 0-based offsets of the offending text in the file, for editor diagnostics. */
  range?: [number, number];
}

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

export function getAjv(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, verbose: true, strictTuples: false, allowUnionTypes: true });
    ajv.addKeyword('defaultSnippets');
  }
  return ajv;
}

export type SchemaKind = 'config' | 'profile' | 'registry';

export function validatorFor(kind: SchemaKind): ValidateFunction {
  let v = compiled.get(kind);
  if (!v) {
    const schema = kind === 'config' ? buildConfigSchema(configurableRules, { lean: true }) : kind === 'profile' ? buildProfileSchema(configurableRules, { lean: true }) : buildRegistrySchema();
    v = getAjv().compile({ ...schema, $id: undefined });
    compiled.set(kind, v);
  }
  return v;
}

const settingValidators = new Map<string, ValidateFunction>();

function settingValidator(rule: SchemaRule): ValidateFunction {
  let v = settingValidators.get(rule.id);
  if (!v) {
    v = getAjv().compile(ruleSettingSchema(rule));
    settingValidators.set(rule.id, v);
  }
  return v;
}

let ruleIdSchema: { properties: Record<string, true> } | undefined;

/**
 * The rule maps (config `rules`, a profile's `rules`): ids must exist, and each setting must
 * match the rule's own schema, compiled only for the rules a config actually names.
 */
function ruleMapErrors(map: unknown, prefix: string, severityOnly: boolean): ErrorObject[] {
  if (!map || typeof map !== 'object' || Array.isArray(map)) return [];
  ruleIdSchema ??= { properties: Object.fromEntries(configurableRules.map((r) => [r.id, true as const])) };
  const out: ErrorObject[] = [];
  for (const [id, setting] of Object.entries(map as Record<string, unknown>)) {
    const rule = ruleById(id) ?? crossLetterRuleById(id);
    if (!rule) {
      out.push({ keyword: 'additionalProperties', instancePath: prefix, schemaPath: `#${prefix}/additionalProperties`, params: { additionalProperty: id }, parentSchema: ruleIdSchema } as ErrorObject);
      continue;
    }
    if (severityOnly) continue; // the lean schema checks severity values
    const v = settingValidator(rule);
    if (v(setting)) continue;
    const path = `${prefix}/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    for (const e of v.errors ?? []) out.push({ ...e, instancePath: path + e.instancePath, schemaPath: `#${path}${e.schemaPath.slice(1)}` });
  }
  return out;
}

function extraErrors(kind: SchemaKind, value: unknown): ErrorObject[] {
  if (!value || typeof value !== 'object') return [];
  const v = value as { rules?: unknown; profile?: { rules?: unknown } };
  if (kind === 'config') {
    const inline = v.profile && typeof v.profile === 'object' ? ruleMapErrors(v.profile.rules, '/profile/rules', true) : [];
    return [...ruleMapErrors(v.rules, '/rules', false), ...inline];
  }
  if (kind === 'profile') return ruleMapErrors(v.rules, '/rules', true);
  return [];
}

export function errorAt(file: string, text: string, offset: number, message: string, length = 0): ConfigError {
  const p = new LineIndex(text).point(offset);
  return { file, line: p.line, column: p.column, message, range: [offset, offset + length] };
}

function pathSegments(instancePath: string): string[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function toJsonPath(segments: string[], root: Node | undefined): Array<string | number> {
  const out: Array<string | number> = [];
  let node = root;
  for (const s of segments) {
    const key: string | number = node?.type === 'array' && /^\d+$/.test(s) ? Number(s) : s;
    out.push(key);
    node = node ? findNodeAtLocation(node, [key]) : undefined;
  }
  return out;
}

function displayPath(segments: string[]): string {
  let s = '';
  for (const seg of segments) s += /^\d+$/.test(seg) ? `[${seg}]` : s ? `.${seg}` : seg;
  return s || '(root)';
}

function valueAt(data: unknown, segments: string[]): unknown {
  let v = data;
  for (const s of segments) {
    if (v && typeof v === 'object') v = (v as Record<string, unknown>)[s];
    else return undefined;
  }
  return v;
}

const ARTICLE: Record<string, string> = { object: 'an object', array: 'an array', string: 'a string', boolean: 'true or false', integer: 'a whole number', number: 'a number' };

function describe(err: ErrorObject, data: unknown, segments: string[], kind: SchemaKind): string {
  const got = valueAt(data, segments);
  const gotText = typeof got === 'string' ? ` (got "${got}"${suggestion(got, (err.params as { allowedValues?: unknown[] }).allowedValues)})` : '';
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = (err.params as { additionalProperty: string }).additionalProperty;
      const parentSchema = err.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const known = Object.keys(parentSchema?.properties ?? {});
      const mean = closest(key, known);
      const hint = mean ? ` (did you mean "${mean}"?)` : '';
      if (segments[segments.length - 1] === 'rules') return `unknown rule id "${key}"${hint}`;
      return `unknown key "${key}"${segments.length ? ` in ${displayPath(segments)}` : ''}${hint}`;
    }
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues;
      return `${displayPath(segments)} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}${gotText}`;
    }
    case 'type': {
      const t = String((err.params as { type: string }).type).split(',');
      return `${displayPath(segments)} must be ${t.map((x) => ARTICLE[x] ?? x).join(' or ')}`;
    }
    case 'anyOf': {
      const last = segments[segments.length - 1];
      if (kind === 'config' && segments.length === 1 && last === 'profile' && typeof got === 'string') {
        const mean = closest(got, Object.keys(builtinProfiles));
        return `unknown profile "${got}"${mean ? ` (did you mean "${mean}"?)` : ''}; use a built-in profile (${Object.keys(builtinProfiles).join(', ')}) or the path of a .json profile file`;
      }
      if (last === 'extends' && typeof got === 'string') return `extends "${got}" must be a built-in profile (${Object.keys(builtinProfiles).join(', ')}) or a .json file`;
      const desc = (err.parentSchema as { description?: string } | undefined)?.description;
      return `${displayPath(segments)} has the wrong form${desc ? `: ${desc}` : ''}`;
    }
    case 'pattern':
      return `${displayPath(segments)} has the wrong form${gotText}`;
    case 'required':
      return `${displayPath(segments)} is missing "${(err.params as { missingProperty: string }).missingProperty}"`;
    case 'maxItems':
      return `${displayPath(segments)} must have at most ${(err.params as { limit: number }).limit} items ([severity, options])`;
    case 'maxProperties':
      return `${displayPath(segments.slice(0, -1))} takes no options`;
    default:
      return `${displayPath(segments)} ${err.message ?? 'is invalid'}`;
  }
}

function suggestion(got: string, allowed: unknown[] | undefined): string {
  if (!allowed) return '';
  const mean = closest(
    got,
    allowed.filter((a): a is string => typeof a === 'string'),
  );
  return mean ? `; did you mean "${mean}"?` : '';
}

/** Drops the noise ajv produces for if/then/else and anyOf (keeps the part that is wrong). */
function prune(errors: ErrorObject[], data: unknown): ErrorObject[] {
  let out = errors.filter((e) => e.keyword !== 'if');
  for (const any of errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) {
    const prefix = any.schemaPath + '/';
    const subs = out.filter((e) => e.schemaPath.startsWith(prefix));
    const value = valueAt(data, pathSegments(any.instancePath));
    const deeper = subs.filter((e) => e.instancePath.length > any.instancePath.length);
    const keepSubs = value !== null && typeof value === 'object' && deeper.length > 0;
    out = out.filter((e) => !e.schemaPath.startsWith(prefix) || (keepSubs && deeper.includes(e)));
    if (keepSubs) out = out.filter((e) => e !== any);
  }
  return out;
}

export interface ParsedJson<T> {
  value?: T;
  root?: Node;
  errors: ConfigError[];
}

/** Parses JSONC and validates it against one of our schemas. */
export function parseAndValidate<T>(text: string, file: string, kind: SchemaKind): ParsedJson<T> {
  const parseErrors: ParseError[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const root = parseTree(source, parseErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (parseErrors.length > 0) {
    const e = parseErrors[0];
    return { errors: [errorAt(file, source, e.offset, `invalid JSON: ${humanParseError(printParseErrorCode(e.error))}`, e.length)] };
  }
  if (!root) return { errors: [errorAt(file, source, 0, 'empty file: expected a JSON object')] };
  const value = nodeValue(root) as T;
  const validate = validatorFor(kind);
  const found = validate(value) ? [] : [...(validate.errors ?? [])];
  found.push(...extraErrors(kind, value));
  if (found.length === 0) return { value, root, errors: [] };
  const errors: ConfigError[] = [];
  const seen = new Set<string>();
  for (const err of prune(found, value)) {
    const segments = pathSegments(err.instancePath);
    let node = findNodeAtLocation(root, toJsonPath(segments, root)) ?? root;
    if (err.keyword === 'additionalProperties') {
      const key = (err.params as { additionalProperty: string }).additionalProperty;
      const valueNode = findNodeAtLocation(node, [key]);
      if (valueNode?.parent?.children?.[0]) node = valueNode.parent.children[0];
    }
    const message = describe(err, value, segments, kind);
    const id = `${node.offset}:${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    errors.push(errorAt(file, source, node.offset, message, node.length));
  }
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { value, root, errors };
}

/** getNodeValue, but an object keeps the last of duplicate keys as JSON.parse does. */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && v) o[k.value as string] = nodeValue(v);
      }
      return o;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function humanParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The offset of the value at a JSON path (for errors about a valid value, e.g. a missing file). */
export function offsetOf(root: Node | undefined, path: Array<string | number>): { offset: number; length: number } {
  const n = root ? findNodeAtLocation(root, path) : undefined;
  return n ? { offset: n.offset, length: n.length } : { offset: 0, length: 0 };
}
