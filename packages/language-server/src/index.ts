/**
 * @qualcat/language-server: the qualcat language service (a pure library over @qualcat/sdk) and, in
 * `dist/server.js`, an LSP server over stdio that wires it to the protocol.
 */
export {
  createLanguageService,
  FIX_ALL_KIND,
  type LanguageService,
  type LanguageServiceOptions,
  type WorkspacePlans,
} from './service.js';
export { fileTypeOf, PLAN_FILE, CERTIFICATE_FILE, CERTIFICATE_SET_FILE, type FileType, type QualcatFileKind } from './documents.js';
export { DEFAULT_RULE_DOCS_BASE_URL, SOURCE, citedMessage, type DiagnosticData } from './convert.js';
export type { LintedDiagnostic, RecordRef } from './lint.js';
export { locate, type CursorLocation, type PathSegment } from './location.js';
export { REGIONS, type RegionEntry } from './regions.js';
export { BUNDLED_PLUGINS } from './bundled.js';
export { catalogTree, configStatus, type CatalogTree, type CatalogTreeGroup, type CatalogTreeOccupation, type StatusReport } from './protocol.js';
export * as protocol from './protocol.js';
