/**
 * What the language server keeps of configuration: the last good config per folder (linting goes
 * on while a config file is being edited), and the registry lookups its hover and completion use.
 */
import { dirname, resolve } from 'node:path';
import type { LintConfig } from '../engine/lint';
import type { PolicyEntry } from '../registry';
import { loadConfigForFile } from './resolve';
import type { ConfigLookupOptions, ResolvedConfig } from './types';

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
