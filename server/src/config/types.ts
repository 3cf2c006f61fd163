/**
 * The shapes of configuration: what a lookup is asked (ConfigLookupOptions), what it answers
 * (ResolvedConfig), a config file's raw keys, and one file with its `extends` folded in (Layer).
 */
import type { LintConfig, RuleSetting } from '../engine/lint';
import type { Locale } from '../engine/messages';
import type { Profile, ProfileSpec } from '../profiles';
import type { ConfigError } from './validate';

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
export interface ConfigFileValue {
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
export interface Layer {
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

export interface LoadState {
  errors: ConfigError[];
  skipped: string[];
  boundary?: string;
  trusted: boolean;
}

/** A key that takes one string or a list of them. */
export const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
