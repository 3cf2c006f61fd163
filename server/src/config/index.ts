/**
 * Configuration for one file, resolved the same way for the CLI and the editor.
 * (Discovery, cascade, `extends`, ajv validation and registries: see the config issue.)
 */
import type { LintConfig } from '../engine/lint';

export interface ConfigError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ConfigLookupOptions {
  /** An explicit config file (the CLI's --config). */
  configFile?: string;
  /** Do not look for .replylintrc.json files (the CLI's --no-config-lookup). */
  noLookup?: boolean;
  /** Where lookup stops (workspace or repository root). */
  root?: string;
  /** Settings that win over every file (command-line options, editor settings). */
  overrides?: Partial<LintConfig>;
}

export interface ResolvedConfig {
  config: LintConfig;
  /** Config files that contributed, nearest last. */
  sources: string[];
  errors: ConfigError[];
}

export function loadConfigForFile(filePath: string | undefined, opts: ConfigLookupOptions = {}): ResolvedConfig {
  void filePath;
  return { config: { ...(opts.overrides ?? {}) }, sources: [], errors: [] };
}

/** Problems in a config file's text (for editor diagnostics on .replylintrc.json). */
export function validateConfigText(text: string, path: string): ConfigError[] {
  void text;
  void path;
  return [];
}
