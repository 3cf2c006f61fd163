/**
 * Configuration for one file, resolved the same way for the CLI and the editor.
 *
 * `.replylintrc.json` (JSON with comments) files are looked up from the linted file's folder up
 * to the root (workspace or repository root; a folder holding `.git` also ends the walk, and so
 * does `"root": true`). Farther files apply first, nearer ones override them, an explicit
 * `--config` file comes after those, and `overrides` (command line, editor settings) win over
 * everything. Each file's `extends` apply before the file itself. Every file is validated by ajv
 * against the schema generated from the rule modules; problems come back as `errors` with
 * file:line:column and nothing throws.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import type { LintConfig, RuleSetting } from '../engine/lint';
import { builtinProfile, extendProfile, type Profile, type ProfileSpec } from '../profiles';
import { errorAt, offsetOf, parseAndValidate, type ConfigError } from './validate';
import { loadRegistryFile } from './registry-files';
import { PolicyRegistry } from '../registry/registry';
import type { PolicyEntry } from '../registry/types';
import type { Locale } from '../engine/messages';

export type { ConfigError } from './validate';
export { loadRegistryFile, parseRegistryText, type LoadedRegistryFile } from './registry-files';
export { buildConfigSchema, buildProfileSchema, buildRegistrySchema, SCHEMA_FILES, schemaText } from './schema';

export const CONFIG_FILE_NAME = '.replylintrc.json';

export interface ConfigLookupOptions {
  /** An explicit config file (the CLI's --config), relative to `root` or the working folder. */
  configFile?: string;
  /** Do not look for .replylintrc.json files (the CLI's --no-config-lookup). */
  noLookup?: boolean;
  /** Where lookup stops (workspace or repository root). */
  root?: string;
  /** Settings that win over every file (command-line options, editor settings). */
  overrides?: Partial<LintConfig>;
  /**
   * False in an untrusted editor workspace: registry, profile and extended files outside the
   * root (or outside the config file's folder when there is no root) are not read.
   */
  trusted?: boolean;
  /**
   * For one run over files that do not change meanwhile (the CLI): each folder's config is
   * resolved once and kept here (include/exclude are still applied per file).
   */
  perFolder?: Map<string, FolderConfig>;
}

/** A folder's resolved config, and the include/exclude filters to apply per file. */
export interface FolderConfig {
  result: ResolvedConfig;
  filters: Layer['filters'];
}

export interface ResolvedConfig {
  config: LintConfig;
  /** Config files that contributed, nearest last. */
  sources: string[];
  errors: ConfigError[];
  /** include/exclude patterns say this file is not linted. */
  ignored?: boolean;
  /** Registry files read. */
  registryFiles?: string[];
  /** Files not read because the workspace is untrusted. */
  skipped?: string[];
}

/** The raw keys of a config file. */
interface ConfigFileValue {
  $schema?: string;
  root?: boolean;
  extends?: string | string[];
  profile?: string | ProfileSpec;
  rules?: Record<string, RuleSetting>;
  registry?: string | string[];
  include?: string | string[];
  exclude?: string | string[];
  locale?: Locale;
  maxFileSize?: number;
  assignedDates?: Record<string, string>;
}

/** One config file, its `extends` folded in, with paths made absolute. */
interface Layer {
  root?: boolean;
  profile?: string | Profile;
  rules: Record<string, RuleSetting>;
  registry: string[];
  filters: Array<{ base: string; include?: string[]; exclude?: string[] }>;
  locale?: Locale;
  maxFileSize?: number;
  /** 交办日期 by suggestion/proposal number (nearer files override farther ones key by key). */
  assignedDates?: Record<string, string>;
  sources: string[];
}

interface LoadState {
  errors: ConfigError[];
  skipped: string[];
  boundary?: string;
  trusted: boolean;
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function inside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** May this referenced file be read? (workspace trust) */
function readable(state: LoadState, fromConfig: string, target: string): boolean {
  if (state.trusted) return true;
  const boundary = state.boundary ?? dirname(fromConfig);
  if (inside(boundary, target)) return true;
  state.skipped.push(target);
  return false;
}

// ---- reading files (cached by mtime and size) ------------------------------------------------

const fileCache = new Map<string, { mtimeMs: number; size: number; value?: unknown; root?: import('jsonc-parser').Node; text: string; errors: ConfigError[] }>();

function readValidated(file: string, kind: 'config' | 'profile'): { value?: unknown; root?: import('jsonc-parser').Node; text: string; errors: ConfigError[] } {
  let st;
  try {
    st = statSync(file);
  } catch {
    return { text: '', errors: [{ file, line: 1, column: 1, message: `cannot read ${kind} file ${file}` }] };
  }
  const key = kind + ':' + file;
  const hit = fileCache.get(key);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { text: '', errors: [{ file, line: 1, column: 1, message: `cannot read ${kind} file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }] };
  }
  const parsed = parseAndValidate<unknown>(text, file, kind);
  const entry = { mtimeMs: st.mtimeMs, size: st.size, value: parsed.value, root: parsed.root, text, errors: parsed.errors };
  fileCache.set(key, entry);
  return entry;
}

// ---- profiles ------------------------------------------------------------------------------------

/** Resolves a profile spec (inline or from a file) through its `extends` chain. */
function resolveProfileSpec(spec: ProfileSpec, specFile: string, state: LoadState, seen: Set<string>, at: { text: string; offset: number; length: number }): Profile | undefined {
  const ext = spec.extends ?? 'generic';
  let base = builtinProfile(ext);
  if (!base) {
    const target = resolve(dirname(specFile), ext);
    base = loadProfileFile(target, specFile, state, seen, at);
    if (!base) return undefined;
  }
  return extendProfile(base, { ...spec, id: spec.id ?? `${base.id}+${relative(dirname(specFile), specFile) || 'inline'}` });
}

function loadProfileFile(target: string, fromFile: string, state: LoadState, seen: Set<string>, at: { text: string; offset: number; length: number }): Profile | undefined {
  if (seen.has(target)) {
    state.errors.push(errorAt(fromFile, at.text, at.offset, `profile "extends" cycle through ${target}`, at.length));
    return undefined;
  }
  if (!readable(state, fromFile, target)) return undefined;
  if (!existsSync(target)) {
    state.errors.push(errorAt(fromFile, at.text, at.offset, `profile file not found: ${target}`, at.length));
    return undefined;
  }
  const r = readValidated(target, 'profile');
  if (r.errors.length > 0 || !r.value) {
    state.errors.push(...r.errors);
    return undefined;
  }
  const spec = r.value as ProfileSpec;
  const ext = offsetOf(r.root, ['extends']);
  return resolveProfileSpec(spec, target, state, new Set([...seen, target]), { text: r.text, ...ext });
}

// ---- config files ------------------------------------------------------------------------------

function loadLayer(file: string, state: LoadState, seen: Set<string>): Layer | undefined {
  const r = readValidated(file, 'config');
  if (r.errors.length > 0 || !r.value) {
    state.errors.push(...r.errors);
    return undefined;
  }
  const v = r.value as ConfigFileValue;
  const dir = dirname(file);
  const layer: Layer = { rules: {}, registry: [], filters: [], sources: [] };
  // extends first, in order, then this file over them.
  list(v.extends).forEach((ext, i) => {
    if (ext === 'replylint:recommended') return;
    const at = offsetOf(r.root, Array.isArray(v.extends) ? ['extends', i] : ['extends']);
    const target = resolve(dir, ext);
    if (seen.has(target)) {
      state.errors.push(errorAt(file, r.text, at.offset, `"extends" cycle through ${target}`, at.length));
      return;
    }
    if (ext.startsWith('replylint:')) {
      state.errors.push(errorAt(file, r.text, at.offset, `unknown built-in config "${ext}" (expected "replylint:recommended")`, at.length));
      return;
    }
    if (!readable(state, file, target)) return;
    if (!existsSync(target)) {
      state.errors.push(errorAt(file, r.text, at.offset, `extended config not found: ${target}`, at.length));
      return;
    }
    const base = loadLayer(target, state, new Set([...seen, target]));
    if (base) mergeLayer(layer, base);
  });
  if (v.profile !== undefined) {
    const at = { text: r.text, ...offsetOf(r.root, ['profile']) };
    if (typeof v.profile === 'string') {
      if (builtinProfile(v.profile)) layer.profile = v.profile;
      else {
        const p = loadProfileFile(resolve(dir, v.profile), file, state, new Set(), at);
        if (p) layer.profile = p;
      }
    } else {
      const p = resolveProfileSpec(v.profile, file, state, new Set([file]), at);
      if (p) layer.profile = p;
    }
  }
  Object.assign(layer.rules, v.rules ?? {});
  list(v.registry).forEach((p, i) => {
    const target = resolve(dir, p);
    const at = offsetOf(r.root, Array.isArray(v.registry) ? ['registry', i] : ['registry']);
    if (!readable(state, file, target)) return;
    if (!existsSync(target)) {
      state.errors.push(errorAt(file, r.text, at.offset, `registry file not found: ${target}`, at.length));
      return;
    }
    if (!/\.(json|jsonc|csv)$/i.test(target)) {
      state.errors.push(errorAt(file, r.text, at.offset, `registry file must be .json or .csv: ${p}`, at.length));
      return;
    }
    layer.registry = layer.registry.filter((x) => x !== target).concat(target);
  });
  if (v.include !== undefined || v.exclude !== undefined) {
    layer.filters.push({ base: dir, include: v.include === undefined ? undefined : list(v.include), exclude: list(v.exclude) });
  }
  if (v.locale) layer.locale = v.locale;
  if (v.maxFileSize !== undefined) layer.maxFileSize = v.maxFileSize;
  if (v.assignedDates) layer.assignedDates = { ...layer.assignedDates, ...v.assignedDates };
  if (v.root) layer.root = true;
  layer.sources.push(file);
  return layer;
}

function mergeLayer(into: Layer, from: Layer): void {
  if (from.profile !== undefined) into.profile = from.profile;
  Object.assign(into.rules, from.rules);
  for (const r of from.registry) into.registry = into.registry.filter((x) => x !== r).concat(r);
  into.filters.push(...from.filters);
  if (from.locale) into.locale = from.locale;
  if (from.maxFileSize !== undefined) into.maxFileSize = from.maxFileSize;
  if (from.assignedDates) into.assignedDates = { ...into.assignedDates, ...from.assignedDates };
  for (const s of from.sources) if (!into.sources.includes(s)) into.sources.push(s);
}

/** Config files from the file's folder upward, nearest first. */
export function findConfigFiles(filePath: string, root?: string): string[] {
  const out: string[] = [];
  let dir = dirname(resolve(filePath));
  const stop = root ? resolve(root) : undefined;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) out.push(candidate);
    if (stop && dir === stop) break;
    if (existsSync(join(dir, '.git'))) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    // Outside the root (a file elsewhere): stop at the repository or the file system root.
    dir = parent;
  }
  return out;
}

/** One compiled matcher per pattern list (the lists live as long as their folder's config). */
const matchers = new WeakMap<string[], ReturnType<typeof ignore>>();
function matcher(patterns: string[]) {
  let m = matchers.get(patterns);
  if (!m) matchers.set(patterns, (m = ignore().add(patterns)));
  return m;
}

function isIgnored(filePath: string, filters: Layer['filters']): boolean {
  const abs = resolve(filePath);
  for (const f of filters) {
    const rel = relative(f.base, abs);
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    const posix = rel.split(sep).join('/');
    if (f.include && f.include.length > 0 && !matcher(f.include).ignores(posix)) return true;
    if (f.exclude && f.exclude.length > 0 && matcher(f.exclude).ignores(posix)) return true;
  }
  return false;
}

const registryCache = new Map<string, { stamp: string; registry: PolicyRegistry }>();

function loadRegistry(files: string[], state: LoadState): PolicyRegistry | undefined {
  if (files.length === 0) return undefined;
  const key = files.join('\n');
  const stamp = files.map((f) => {
    try {
      const st = statSync(f);
      return `${st.mtimeMs}:${st.size}`;
    } catch {
      return 'missing';
    }
  }).join('|');
  const hit = registryCache.get(key);
  if (hit && hit.stamp === stamp) return hit.registry;
  const entries: PolicyEntry[] = [];
  let ok = true;
  for (const f of files) {
    const loaded = loadRegistryFile(f);
    if (loaded.errors.length > 0) {
      state.errors.push(...loaded.errors);
      ok = false;
    }
    entries.push(...loaded.entries);
  }
  const registry = new PolicyRegistry(entries, files);
  if (ok) registryCache.set(key, { stamp, registry });
  return registry;
}

export function loadConfigForFile(filePath: string | undefined, opts: ConfigLookupOptions = {}): ResolvedConfig {
  let folder: FolderConfig | undefined;
  if (opts.perFolder && filePath) {
    const dir = dirname(resolve(filePath));
    folder = opts.perFolder.get(dir);
    if (!folder) opts.perFolder.set(dir, (folder = resolveFolder(filePath, opts)));
  } else folder = resolveFolder(filePath, opts);
  const { result, filters } = folder;
  return filePath && filters.length > 0 && result.errors.length === 0 ? { ...result, ignored: isIgnored(filePath, filters) } : result;
}

/** Everything of loadConfigForFile that depends only on the file's folder. */
function resolveFolder(filePath: string | undefined, opts: ConfigLookupOptions): FolderConfig {
  const base = opts.root ? resolve(opts.root) : process.cwd();
  const state: LoadState = { errors: [], skipped: [], boundary: opts.root ? resolve(opts.root) : undefined, trusted: opts.trusted !== false };
  const chain: string[] = [];
  if (!opts.noLookup && filePath) {
    const found = findConfigFiles(filePath, opts.root);
    // Nearest first: stop after a file with "root": true.
    for (const f of found) {
      chain.unshift(f);
      const r = readValidated(f, 'config');
      if ((r.value as ConfigFileValue | undefined)?.root === true) break;
    }
  }
  if (opts.configFile) {
    const explicit = resolve(base, opts.configFile);
    if (!existsSync(explicit)) {
      return { result: { config: { ...(opts.overrides ?? {}) }, sources: [], errors: [{ file: explicit, line: 1, column: 1, message: `config file not found: ${opts.configFile}` }] }, filters: [] };
    }
    if (!chain.includes(explicit)) chain.push(explicit);
  }
  const merged: Layer = { rules: {}, registry: [], filters: [], sources: [] };
  for (const f of chain) {
    const layer = loadLayer(f, state, new Set([f]));
    if (layer) mergeLayer(merged, layer);
  }
  const registry = state.errors.length === 0 ? loadRegistry(merged.registry, state) : undefined;
  const result: ResolvedConfig = { config: { ...(opts.overrides ?? {}) }, sources: merged.sources, errors: state.errors };
  if (state.skipped.length > 0) result.skipped = [...new Set(state.skipped)];
  if (state.errors.length > 0) return { result, filters: [] };
  const config: LintConfig = {};
  if (merged.profile !== undefined) config.profile = merged.profile;
  if (Object.keys(merged.rules).length > 0) config.rules = { ...merged.rules };
  if (merged.locale) config.locale = merged.locale;
  if (merged.maxFileSize !== undefined) config.maxFileSize = merged.maxFileSize;
  if (merged.assignedDates) config.assignedDates = merged.assignedDates;
  if (registry) config.registry = registry;
  const o = opts.overrides ?? {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (k === 'rules') config.rules = { ...(config.rules ?? {}), ...(v as Record<string, RuleSetting>) };
    else (config as Record<string, unknown>)[k] = v;
  }
  result.config = config;
  if (merged.registry.length > 0) result.registryFiles = merged.registry;
  return { result, filters: merged.filters };
}

/** Problems in a config file's text (for editor diagnostics on .replylintrc.json). */
export function validateConfigText(text: string, path: string): ConfigError[] {
  const parsed = parseAndValidate<ConfigFileValue>(text, path, 'config');
  if (parsed.errors.length > 0 || !parsed.value || !isAbsolute(path)) return parsed.errors;
  // Referenced files, when the config sits on disk.
  const errors: ConfigError[] = [];
  const dir = dirname(path);
  const v = parsed.value;
  const check = (key: 'extends' | 'registry', what: string) => {
    list(v[key]).forEach((p, i) => {
      if (p.startsWith('replylint:')) return;
      if (!existsSync(resolve(dir, p))) {
        const at = offsetOf(parsed.root, Array.isArray(v[key]) ? [key, i] : [key]);
        errors.push(errorAt(path, text, at.offset, `${what} not found: ${p}`, at.length));
      }
    });
  };
  check('extends', 'extended config');
  check('registry', 'registry file');
  if (typeof v.profile === 'string' && !builtinProfile(v.profile) && !existsSync(resolve(dir, v.profile))) {
    const at = offsetOf(parsed.root, ['profile']);
    errors.push(errorAt(path, text, at.offset, `profile file not found: ${v.profile}`, at.length));
  }
  return errors;
}

/** Problems in a profile or registry file's text (editor diagnostics on those files). */
export function validateProfileText(text: string, path: string): ConfigError[] {
  return parseAndValidate(text, path, 'profile').errors;
}

/**
 * The editor's view: the last good config per folder while a config file is broken (errors are
 * still returned, for diagnostics on the config file), so linting goes on.
 */
export class ConfigStore {
  private lastGood = new Map<string, ResolvedConfig>();

  resolve(filePath: string, opts: ConfigLookupOptions = {}): ResolvedConfig & { stale?: boolean } {
    const r = loadConfigForFile(filePath, opts);
    const key = dirname(resolve(filePath));
    if (r.errors.length === 0) {
      this.lastGood.set(key, r);
      return r;
    }
    const good = this.lastGood.get(key);
    const fallback = good ? good.config : { ...(opts.overrides ?? {}) };
    return { ...r, config: fallback, stale: true };
  }

  clear(): void {
    this.lastGood.clear();
  }
}

// ---- registry helpers for the language server ------------------------------------------------

/** The registry entry for a title (with or without 《》) or a 文号, under this config. */
export function lookupPolicy(config: LintConfig, query: string): PolicyEntry | undefined {
  return config.registry?.lookup(query);
}

/** Every registry entry under this config (completion after 《). */
export function registryEntries(config: LintConfig): PolicyEntry[] {
  return config.registry?.entries ?? [];
}

