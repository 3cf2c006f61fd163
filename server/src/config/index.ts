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
/*
 * The modules: types.ts (the shapes), lookup.ts (which files apply, include/exclude), read.ts
 * (reading under workspace trust, cached), layers.ts (one file and its `extends`),
 * profile-files.ts (profiles named by a config), registry-files.ts (policy registry files),
 * resolve.ts (a file's config), validate-text.ts (an edited file's problems), store.ts (the
 * editor's last good config), validate.ts and schema.ts (the schemas and their error positions).
 */
export type { ConfigError } from './validate';
export { loadRegistryFile, parseRegistryText } from './registry-files';
export { SCHEMA_FILES, schemaText } from './schema';
export type { FolderConfig } from './types';
export { loadConfigForFile } from './resolve';
export { validateConfigText, validateProfileText } from './validate-text';
export { ConfigStore, lookupPolicy, registryEntries } from './store';
