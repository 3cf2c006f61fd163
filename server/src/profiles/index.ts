/**
 * Profiles (RULEBOOK §9): what a letter must contain under a given authority, and the local facts
 * rules read (categories, labels, 抄送 lists, deadline). The Profile type, the built-in profiles
 * and the one resolution of a profile setting (name or object) to a Profile live here, below the
 * rules that read a profile and the engine and config that choose one. Profile files on disk
 * (`extends` chains through files) are read by config/, which builds on `extendProfile`.
 */
export type { Profile, ProfileSpec } from './types';
export { ELEMENT_NAMES, REQUIRE_KEYS } from './types';
export { builtinProfile, builtinProfiles, extendProfile, resolveBuiltinSpec, resolveProfile } from './builtin';
