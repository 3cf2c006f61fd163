/**
 * A file's configuration: the config files found for it (nearest last, stopping at `"root": true`),
 * an explicit --config file, their layers merged, the registry loaded, and the overrides
 * (command line, editor settings) on top. Everything but include/exclude depends only on the
 * file's folder, so a run may resolve each folder once (`perFolder`).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { LintConfig, RuleSetting } from '../engine/lint';
import { readValidated } from './read';
import { loadLayer, mergeLayer } from './layers';
import { findConfigFiles, isIgnored } from './lookup';
import { loadRegistry } from './registry-files';
import type { ConfigFileValue, ConfigLookupOptions, FolderConfig, Layer, LoadState, ResolvedConfig } from './types';

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
