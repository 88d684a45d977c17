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
