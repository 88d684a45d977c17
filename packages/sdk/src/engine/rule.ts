import type { CertificateRecord, Plan } from '../generated/types.js';
import type { ResolvedCatalog } from '../catalog/index.js';
import type { Diagnostic, Fix, Severity, SourceRef } from '../diagnostics.js';
import type { Locale, LocalizedText } from '../messages.js';
import type { IsoDateString } from '../dates.js';
import type { SpillSettings } from './first-occurrence.js';

/** What a rule looks at: one plan, one certificate record, or a whole set of certificate records. */
export type RuleTarget = 'plan' | 'certificate' | 'certificate-set';

export type DeepReadonly<T> = T extends (infer U)[]
  ? ReadonlyArray<DeepReadonly<U>>
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A JSON Schema (draft 2020-12) for a rule's options; validated when a config or plugin sets options. */
export type OptionsSchema = Record<string, unknown>;

export interface RuleMeta<MessageIds extends string> {
  docs: {
    /** One line: what the rule flags. */
    description: LocalizedText;
    /** Path of the doc page, relative to the package that ships the rule, e.g. docs/rules/national/rush-issuance.md */
    page?: string;
  };
  /** The policy sentence behind the rule, quoted verbatim from the notice. */
  source: SourceRef & { quote: string };
  messages: Record<MessageIds, LocalizedText>;
  defaultSeverity: Severity;
  appliesTo: readonly RuleTarget[];
  /** JSON Schema of the options object (additionalProperties: false, a description on every property). */
  schema?: OptionsSchema;
  /** The rule offers fixes a tool may apply without asking (`--fix`). */
  fixable?: boolean;
}

/** Plans known besides the one being checked (the workspace, `--plans DIR`): for makeUpOf and planId. */
export interface PlanLookup {
  get(id: string): DeepReadonly<Plan> | undefined;
}

export interface ReportDescriptor<MessageIds extends string> {
  messageId: MessageIds;
  /** RFC 6901 pointer into the document; for a set rule, into the record. */
  pointer: string;
  data?: Record<string, unknown>;
  fixes?: Fix[];
  /** Highlight the key of the property at `pointer` rather than its value. */
  target?: 'key' | 'value';
  /** Set rules: which record (its index in the stream) the finding belongs to. */
  record?: number;
}

interface BaseContext<Options, MessageIds extends string> {
  readonly ruleId: string;
  readonly catalog: ResolvedCatalog;
  readonly options: Readonly<Options>;
  /** The date rules depending on "today" use (DOMAIN.md decision 8). */
  readonly asOf: IsoDateString;
  readonly locale: Locale;
  /** Settings of the plugin that defines the rule ({} for built-in rules). */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly plans?: PlanLookup;
  report(descriptor: ReportDescriptor<MessageIds>): void;
}

export interface PlanContext<Options, MessageIds extends string> extends BaseContext<Options, MessageIds> {
  readonly target: 'plan';
  readonly document: DeepReadonly<Plan>;
}

export interface CertificateContext<Options, MessageIds extends string> extends BaseContext<Options, MessageIds> {
  readonly target: 'certificate';
  readonly document: DeepReadonly<CertificateRecord>;
}

export type DocumentContext<Options, MessageIds extends string> =
  | PlanContext<Options, MessageIds>
  | CertificateContext<Options, MessageIds>;

export interface CertificateSetContext<Options, MessageIds extends string> extends BaseContext<Options, MessageIds> {
  readonly target: 'certificate-set';
  /**
   * A set rule that remembers per-record state should keep at most `maxEntries` entries in memory and move the rest
   * to files under `directory` (a data set may have tens of millions of records). `FirstOccurrenceIndex` does this
   * for "which record first had this key?".
   */
  readonly spill: SpillSettings;
}

/** A data-set rule sees records one by one (streaming) and reports when it has seen them all, or as it goes. */
export interface CertificateSetCollector {
  /** `catalog` is the one in force for this record's region (plugins patch it), which may differ from context.catalog. */
  record(record: DeepReadonly<CertificateRecord>, index: number, info: { readonly catalog: ResolvedCatalog }): void;
  finish(): void;
}

export interface RuleDefinition<Options extends object, MessageIds extends string> {
  /** `namespace/name`, kebab-case: core/…, national/…, or the plugin's id. */
  id: string;
  meta: RuleMeta<MessageIds>;
  defaultOptions: Options;
  /** Single-document check (plan or certificate). */
  check?: (context: DocumentContext<Options, MessageIds>) => void;
  /** Data-set check over a stream of certificate records. */
  collect?: (context: CertificateSetContext<Options, MessageIds>) => CertificateSetCollector;
}

export interface Rule<Options extends object = Record<string, unknown>, MessageIds extends string = string>
  extends Readonly<RuleDefinition<Options, MessageIds>> {
  readonly kind: 'qualcat-rule';
}

// The registry and plugins hold rules of every option type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, string>;

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class RuleDefinitionError extends Error {
  readonly code = 'QC_RULE_DEFINITION';
  constructor(message: string) {
    super(message);
    this.name = 'RuleDefinitionError';
  }
}

/** The typed rule factory (after typescript-eslint's createRule). Checks the definition once, at load. */
export function defineRule<Options extends object, MessageIds extends string>(
  definition: RuleDefinition<Options, MessageIds>,
): Rule<Options, MessageIds> {
  const { id, meta } = definition;
  if (!RULE_ID.test(id)) throw new RuleDefinitionError(`rule id “${id}” must be namespace/name in kebab-case`);
  const ids = Object.keys(meta.messages);
  if (ids.length === 0) throw new RuleDefinitionError(`rule ${id} has no messages`);
  for (const messageId of ids) {
    const text = meta.messages[messageId as MessageIds];
    if (!text['zh-CN'] || !text.en) throw new RuleDefinitionError(`rule ${id}: message ${messageId} needs zh-CN and en`);
  }
  if (!meta.source?.quote) throw new RuleDefinitionError(`rule ${id} must quote its source sentence`);
  const needsCheck = meta.appliesTo.some((t) => t !== 'certificate-set');
  if (needsCheck && !definition.check) throw new RuleDefinitionError(`rule ${id} applies to documents but has no check()`);
  if (meta.appliesTo.includes('certificate-set') && !definition.collect) {
    throw new RuleDefinitionError(`rule ${id} applies to certificate sets but has no collect()`);
  }
  return Object.freeze({ ...definition, kind: 'qualcat-rule' as const });
}

export type { Diagnostic };
