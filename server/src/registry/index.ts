/** Policy registry: the policy list, matching, and helpers for the editor (reading registry files: config/registry-files.ts). */
export type { PolicyEntry, PolicyStatus, RegistryFile } from './types';
export { PolicyRegistry, innerTitle, type TitleMatch } from './registry';
export { parseCsv, csvField } from './csv';
export { csvColumn, sniffDelimiter } from './csv-columns';
export { normalizeTitle, normalizeDocNumber, looseTitle, editDistance, closest, isDocNumber } from './normalize';
export { buildRegistryDraft, draftToJson, draftToCsv, type DraftEntry, type DraftInput } from './draft';
export { formatEntry } from './format';
export { addEntryToRegistryText } from './edit';
