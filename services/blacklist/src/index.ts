export { type BlacklistConfig, blacklistConfig, blacklistConfigSchema } from './config.ts';
export { routes as blacklistRoutes } from './contracts.ts';
export {
  addKeyVersion,
  KeyringError,
  parseIdentifierKeyring,
  removeKeyVersion,
} from './domain/identifier-keyring.ts';
export {
  hashIdentifier,
  type IdentifierKind,
  idNumberCheckCharacter,
  type MaskableKind,
  maskIdentifier,
  normaliseIdentifier,
} from './domain/identifiers.ts';
export { localRegionsFromCity } from './domain/local-regions.ts';
export {
  compileNameRules,
  defaultNameRules,
  type NameMatchingConfig,
  type NameRules,
} from './domain/name-rules.ts';
export {
  compareNormalisedNames,
  NAME_MATCH_THRESHOLD,
  type NameComparison,
  nameSimilarity,
} from './domain/name-similarity.ts';
export { type NormalisedName, normaliseName, normalisePersonName } from './domain/normalise-name.ts';
export {
  partyKey,
  type ScreeningMatch,
  type ScreeningOptions,
  type ScreeningParty,
  type ScreeningResult,
  screeningPartySchema,
  screenParty,
} from './domain/screen-party.ts';
export {
  buildScreeningIndex,
  type EntryStatus,
  normaliseUscc,
  removeScreeningEntry,
  type ScreeningEntry,
  type ScreeningIndex,
  upsertScreeningEntry,
} from './domain/screening-index.ts';
export { blacklistManifest, identifierSecret } from './manifest.ts';
