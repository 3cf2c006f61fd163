/**
 * The door to the engine: everything the fronts (the CLI in cli/, the language server in lsp/),
 * the scripts and the end-to-end tests may use, and nothing else. They import from here only;
 * what is not exported here is an internal of the engine and may change without notice.
 * (markdownlint's single `exports` is the model.) Unit tests of one internal module import that
 * module directly; test/architecture/layers.test.ts holds the fronts to this door.
 *
 * Sections, in the order a letter travels:
 *   text in → parse → profiles and config → lint / fix / renumber → findings and their words →
 *   rule lists → cross-letter checks → Word files in and out → policy registry.
 *
 * Three parts load heavy libraries; the door hands them out as loaders, so that a front pays for
 * them only when it uses them (a CLI run over UTF-8 text letters loads none of them):
 *   - legacy encodings (iconv-lite): `loadLegacyDecoding()`;
 *   - Word letters in (fflate, xmldom): `loadDocxFormat()`;
 *   - the Word writer (the `docx` library, a third of a bundle): `loadWordExport()`, which in the
 *     build loads its own file, dist/word-export.cjs.
 */

// ---- text in --------------------------------------------------------------------------------
/** UTF-8 and UTF-16 without extra libraries; `undefined` means "needs a legacy decoder". */
export { decodeUtf8, decodeNative, encodeNative, type Decoded, type Encoding } from './text/utf8';
/** `decode`/`encode` for every supported encoding (GB18030 through iconv-lite), loaded on first use. */
export const loadLegacyDecoding = () => import('./text/decode');
/** The editor's `files.associations`-style globs. */
export { globMatch } from './text/glob';

// ---- parse: text → reply tree -------------------------------------------------------------
export { parseReply } from './parse';
/** A tree node's UTF-16 offsets: start, end and [start, end) range. */
export { startOf, endOf, rangeOf } from './text/spans';
/** The reply tree, node by node: the rules' documented interface (docs/tree.md). */
export type * from './parse/types';
export { KIND_LABELS, KIND_REQUIREMENTS, type LetterKind, type LetterKindName } from './parse/kind';
/** The formula lexicon (set phrases of a reply), for the generated docs. */
export { FORMULAS } from './parse/formulas';

// ---- profiles and config --------------------------------------------------------------------
export { builtinProfiles, resolveProfile, type Profile } from './profiles';
/** Word layout variants a `--profile` may also name (export). */
export { isLayoutProfile, PROFILE_LAYOUTS } from './profiles/layout';
export { ConfigStore, loadConfigForFile, validateConfigText, validateProfileText, lookupPolicy, registryEntries, loadRegistryFile, parseRegistryText, type ConfigError, type FolderConfig } from './config';
/** The JSON Schemas of config, profile and registry files, as written to schemas/ (scripts/gen-schemas.ts). */
export { SCHEMA_FILES, schemaText } from './config';

// ---- lint, fix, renumber ----------------------------------------------------------------------
/**
 * `lint(input, config)`: parse once, run the enabled rules, drop what inline directives silence.
 * `config.profile` takes a built-in name or a Profile (resolved by profiles/resolveProfile);
 * `loadConfigForFile` gives the whole config a file is linted with. `fixUntilStable` is --fix
 * (safe fixes applied and re-linted to a fixed point); `fixAll` is one pass over one result.
 */
export { lint, fixAll, fixUntilStable, fixesInPrecedence, formatOf, INTERNAL_RULE_ID, type LintConfig, type LintResult } from './engine/lint';
export { editsOf, selectEdits, type Edit } from './engine/fixes';
/** Renumbering headings (the editor's "renumber" commands): edits, not a new text. */
export { renumberDocument, renumberLevelAt } from './engine/renumber';

// ---- findings and their words -------------------------------------------------------------
/** A finding is a vfile message with a rule id, UTF-16 range, bilingual text and fixes as data. */
export { DOCS_BASE, SOURCE, type Locale, type ReplyMessage } from './engine/messages';

// ---- the rule lists (what exists and what it says about itself) ------------------------------
export { rules, ruleById } from './rules';
export type { CrossLetterExample, ExampleLetter, ExampleSpec, Fix, Rule, Severity, Text } from './rules/rule';

// ---- cross-letter checks (a folder of replies) ------------------------------------------------
/** The cross-letter rules (rules/cross-letter/), under their public names: the workspace rules. */
export { crossLetterRules as workspaceRules, crossLetterRuleById as workspaceRuleById, configurableRules } from './rules';
/** `factsFor` one linted letter → its facts; `checkWorkspace` many letters' facts → cross-letter findings. */
export { checkWorkspace, factsFor } from './workspace/check';
export type { IndexedLetter } from './analysis/cross-letter/index-build';
export type { LetterFacts, Place } from './analysis/cross-letter/facts';
export type { WorkspaceFinding, WorkspaceRule } from './rules/rule';
export { deadlineStatus, letterTotals, type DeadlineStatus } from './analysis/cross-letter/status';
export { dayOf, isoDay } from './analysis/deadline';

// ---- Word letters in (read, lint, fix, review) --------------------------------------------------
export type { DocxText, LintText } from './formats/docx';
/** The Word reader (openDocx, adaptMessages, fixDocx, reviewDocx, reviewedName, placeOf, DocxError), loaded on first use. */
export const loadDocxFormat = () => import('./formats/docx');
export type DocxFormat = Awaited<ReturnType<typeof loadDocxFormat>>;

// ---- Word letters out (export, GB/T 9704) -------------------------------------------------------
export { loadWordExport } from './export/load';
export type { ExportOptions, ExportResult } from './export/linted';
export { defaultOutput } from './export/output-name';

// ---- the policy registry (titles and 文号 of cited documents) ----------------------------------
export { addEntryToRegistryText, buildRegistryDraft, draftToCsv, draftToJson, PolicyRegistry, type DraftInput, type PolicyEntry } from './registry';
