export * from './generated/types.js';
export * from './dates.js';
export * from './messages.js';
export * from './diagnostics.js';
export * from './catalog/index.js';
export {
  validateDocument,
  validatePlan,
  validateCertificate,
  validateConfig,
  validatePluginManifest,
  validateCatalog,
  schemaErrorsToDiagnostics,
  describe as describeSchemaNode,
  SCHEMA_MESSAGES,
  fieldPath,
  type DocumentType,
  type SchemaMessageId,
  type SchemaValidationOptions,
} from './schema-diagnostics.js';
export * from './engine/rule.js';
export { FirstOccurrenceIndex, DEFAULT_MAX_ENTRIES_IN_MEMORY, type SpillSettings, type RepeatListener } from './engine/first-occurrence.js';
export * from './engine/plugin.js';
export * from './engine/document.js';
export * from './engine/linter.js';
export * from './rules/index.js';
export { NATIONAL_80, ZHEJIANG_27 } from './rules/sources.js';
export * from './config/index.js';
export * from './engine/engine-rules.js';
export * from './fix/text-patch.js';
export { provideParserModules } from './parsers.js';
export { jsonSkipWs, jsonStringEnd, jsonValueEnd } from './engine/json-fast.js';
export { mergeSorted } from './engine/merge-sorted.js';
export { maskIdNumber } from './rules/core/id-number.js';
export * from './status.js';
