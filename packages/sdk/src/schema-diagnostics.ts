import type { ErrorObject } from 'ajv';
import { distance } from 'fastest-levenshtein';
import {
  validateCatalogSchema,
  validateCertificateSchema,
  validateConfigSchema,
  validatePlanSchema,
  validatePluginSchema,
  type StandaloneValidator,
} from './generated/validators.js';
import type { Diagnostic, Fix } from './diagnostics.js';
import { escapePointerToken, parsePointer } from './diagnostics.js';
import { formatMessage, type Locale, type LocalizedText } from './messages.js';

export type DocumentType = 'plan' | 'certificate' | 'catalog' | 'config' | 'plugin';

const VALIDATORS: Record<DocumentType, StandaloneValidator> = {
  plan: validatePlanSchema,
  certificate: validateCertificateSchema,
  catalog: validateCatalogSchema,
  config: validateConfigSchema,
  plugin: validatePluginSchema,
};

/** Messages of `core/schema`, keyed by messageId. Placeholders are filled from each diagnostic's data. */
export const SCHEMA_MESSAGES = {
  required: { 'zh-CN': '缺少必填字段“{property}”{label}', en: 'Missing required field "{property}"{label}' },
  'unknown-property': {
    'zh-CN': '未知字段“{property}”{suggestion}（自定义字段请以 x- 开头）',
    en: 'Unknown field "{property}"{suggestion} (custom fields must start with x-)',
  },
  type: { 'zh-CN': '{field}类型应为{expected}', en: '{field}must be {expected}' },
  enum: { 'zh-CN': '{field}“{value}”不是允许的取值；可选：{allowed}', en: '{field}"{value}" is not allowed; use one of: {allowed}' },
  'invalid-date': {
    'zh-CN': '{field}“{value}”不是有效日期：须为真实存在的日历日期 YYYY-MM-DD，不含时间与时区',
    en: '{field}"{value}" is not a valid date: use a real calendar date YYYY-MM-DD, without time or time zone',
  },
  'invalid-region': {
    'zh-CN': '{field}“{value}”不是六位行政区划代码（GB/T 2260），如 330000',
    en: '{field}"{value}" is not a six-digit region code (GB/T 2260), e.g. 330000',
  },
  pattern: { 'zh-CN': '{field}“{value}”格式不符（{pattern}）', en: '{field}"{value}" does not match {pattern}' },
  'min-items': { 'zh-CN': '{field}至少需要 {limit} 项', en: '{field}needs at least {limit} item(s)' },
  'max-items': { 'zh-CN': '{field}最多 {limit} 项', en: '{field}allows at most {limit} item(s)' },
  'duplicate-item': { 'zh-CN': '{field}第 {i} 项与第 {j} 项重复', en: '{field}items {i} and {j} are identical' },
  minimum: { 'zh-CN': '{field}不能小于 {limit}（当前为 {value}）', en: '{field}must be at least {limit} (is {value})' },
  maximum: { 'zh-CN': '{field}不能大于 {limit}（当前为 {value}）', en: '{field}must be at most {limit} (is {value})' },
  empty: { 'zh-CN': '{field}不能为空', en: '{field}must not be empty' },
  'invalid-key': { 'zh-CN': '键名“{property}”格式不符（应为 命名空间/名称，如 national/rush-issuance）', en: 'Key "{property}" is malformed (expected namespace/name, e.g. national/rush-issuance)' },
  'no-variant': { 'zh-CN': '{field}不符合任何一种允许的形式', en: '{field}matches none of the allowed forms' },
  other: { 'zh-CN': '{field}不符合 Schema：{detail}', en: '{field}violates the schema: {detail}' },
} satisfies Record<string, LocalizedText>;

export type SchemaMessageId = keyof typeof SCHEMA_MESSAGES;

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { 'zh-CN': '字符串', en: 'a string' },
  integer: { 'zh-CN': '整数', en: 'an integer' },
  number: { 'zh-CN': '数字', en: 'a number' },
  boolean: { 'zh-CN': '布尔值（true/false）', en: 'a boolean (true/false)' },
  object: { 'zh-CN': '对象', en: 'an object' },
  array: { 'zh-CN': '数组', en: 'an array' },
  null: { 'zh-CN': 'null', en: 'null' },
};

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
  enumDescriptions?: string[];
  [k: string]: unknown;
}

/** Splits a bilingual description "中文 | English". */
export function describe(schema: SchemaNode | undefined, locale: Locale): string | undefined {
  const text = schema?.description;
  if (!text) return undefined;
  const [zh, en] = text.split(' | ');
  return (locale === 'en' ? (en ?? zh) : zh)?.trim();
}

export interface SchemaValidationOptions {
  locale?: Locale;
}

/** Validates a parsed document against its schema; one `core/schema` diagnostic per violation, at its pointer. */
export function validateDocument(type: DocumentType, doc: unknown, options: SchemaValidationOptions = {}): Diagnostic[] {
  const validate = VALIDATORS[type];
  if (validate(doc)) return [];
  return schemaErrorsToDiagnostics(validate.errors ?? [], options.locale ?? 'zh-CN');
}

export function validatePlan(doc: unknown, options?: SchemaValidationOptions): Diagnostic[] {
  return validateDocument('plan', doc, options);
}
export function validateCertificate(doc: unknown, options?: SchemaValidationOptions): Diagnostic[] {
  return validateDocument('certificate', doc, options);
}
export function validateConfig(doc: unknown, options?: SchemaValidationOptions): Diagnostic[] {
  return validateDocument('config', doc, options);
}
export function validatePluginManifest(doc: unknown, options?: SchemaValidationOptions): Diagnostic[] {
  return validateDocument('plugin', doc, options);
}
export function validateCatalog(doc: unknown, options?: SchemaValidationOptions): Diagnostic[] {
  return validateDocument('catalog', doc, options);
}

/** `/items/0/levels/1` → `items[0].levels[1]`: how a person names a field. */
export function fieldPath(pointer: string): string {
  let out = '';
  for (const token of parsePointer(pointer)) out += /^\d+$/.test(token) ? `[${token}]` : out ? `.${token}` : token;
  return out;
}

/** Turns raw ajv errors into diagnostics a person understands. Exported for plugins that validate their own data. */
export function schemaErrorsToDiagnostics(errors: readonly ErrorObject[], locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of explainableErrors(errors)) {
    const diagnostic = toDiagnostic(error, locale);
    const key = `${diagnostic.pointer}\u0000${diagnostic.messageId}\u0000${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diagnostic);
  }
  return out;
}

const under = (path: string, parent: string) => path === parent || path.startsWith(parent + '/');

/**
 * ajv with allErrors reports every branch of a failed `oneOf` and a "must match then" beside every `if`.
 * Keep what explains the problem: the errors of the branch that fits the value's type, or one merged type error.
 */
function explainableErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  // `if` only says "must match then"; a propertyNames `pattern` is restated by its propertyNames error.
  let kept = errors.filter((e) => e.keyword !== 'if' && !(e.keyword === 'pattern' && 'propertyName' in e));
  for (const failed of kept.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
    const at = failed.instancePath;
    const branchErrors = kept.filter((e) => e !== failed && under(e.instancePath, at));
    const deeper = branchErrors.filter((e) => e.instancePath !== at);
    const sameNonType = branchErrors.filter((e) => e.instancePath === at && e.keyword !== 'type');
    let drop: Set<ErrorObject>;
    if (deeper.length > 0) {
      // A branch matched the value's shape and failed inside it: the errors at `at` come from the other branches.
      drop = new Set([failed, ...branchErrors.filter((e) => e.instancePath === at)]);
    } else if (sameNonType.length > 0) {
      drop = new Set([failed, ...branchErrors.filter((e) => e.keyword === 'type')]);
    } else if (branchErrors.length > 0) {
      const types = [...new Set(branchErrors.flatMap((e) => String((e.params as { type?: unknown }).type).split(',')))];
      const merged: ErrorObject = { ...branchErrors[0]!, params: { type: types.join(',') } };
      drop = new Set([failed, ...branchErrors]);
      kept = kept.map((e) => (e === branchErrors[0] ? merged : e));
      drop.delete(merged);
    } else {
      drop = new Set();
    }
    kept = kept.filter((e) => !drop.has(e));
  }
  return kept;
}

function toDiagnostic(error: ErrorObject, locale: Locale): Diagnostic {
  const params = error.params as Record<string, unknown>;
  const schema = error.parentSchema as SchemaNode | undefined;
  const path = fieldPath(error.instancePath);
  const field = path ? (locale === 'en' ? `${path}: ` : `${path}：`) : '';
  let pointer = error.instancePath;
  let messageId: SchemaMessageId = 'other';
  const value = error.data !== null && typeof error.data === 'object' ? undefined : error.data;
  const data: Record<string, unknown> = { field, value, detail: error.message ?? error.keyword };
  let fixes: Fix[] | undefined;

  switch (error.keyword) {
    case 'required': {
      messageId = 'required';
      const property = String(params.missingProperty);
      const propLabel = describe(schema?.properties?.[property], locale);
      Object.assign(data, { property, label: propLabel ? (locale === 'en' ? ` (${propLabel})` : `（${propLabel}）`) : '' });
      break;
    }
    case 'additionalProperties': {
      messageId = 'unknown-property';
      const property = String(params.additionalProperty);
      pointer = `${error.instancePath}/${escapePointerToken(property)}`;
      const known = Object.keys(schema?.properties ?? {});
      const close = known
        .map((k) => [k, distance(k.toLowerCase(), property.toLowerCase())] as const)
        .filter(([, d]) => d <= Math.max(2, Math.floor(property.length / 3)))
        .sort((a, b) => a[1] - b[1])[0]?.[0];
      const present = error.data && typeof error.data === 'object' && close !== undefined && close in error.data;
      data.property = property;
      data.suggestion = close ? (locale === 'en' ? `; did you mean "${close}"?` : `，是否应为“${close}”？`) : '';
      if (close && !present) {
        fixes = [
          {
            title: locale === 'en' ? `Rename "${property}" to "${close}"` : `将“${property}”改为“${close}”`,
            patch: [{ op: 'move', from: pointer, path: `${error.instancePath}/${escapePointerToken(close)}` }],
          },
        ];
      }
      break;
    }
    case 'type': {
      messageId = 'type';
      const types = String(params.type).split(',');
      data.expected = types.map((t) => TYPE_NAMES[t]?.[locale] ?? t).join(locale === 'en' ? ' or ' : '或');
      break;
    }
    case 'enum':
    case 'const': {
      messageId = 'enum';
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
      const labels = schema?.enumDescriptions;
      data.allowed = allowed
        .map((v, i) => {
          const l = labels?.[i]?.split(' | ')[locale === 'en' ? 1 : 0];
          return l ? (locale === 'en' ? `${String(v)} (${l.trim()})` : `${String(v)}（${l.trim()}）`) : String(v);
        })
        .join(locale === 'en' ? ', ' : '、');
      break;
    }
    case 'format':
      messageId = params.format === 'date' ? 'invalid-date' : 'other';
      break;
    case 'pattern':
      messageId = String(params.pattern).includes('{5}') ? 'invalid-region' : 'pattern';
      data.pattern = params.pattern;
      break;
    case 'minItems':
      messageId = 'min-items';
      data.limit = params.limit;
      break;
    case 'maxItems':
    case 'items':
    case 'additionalItems':
      messageId = 'max-items';
      data.limit = params.limit;
      break;
    case 'uniqueItems':
      messageId = 'duplicate-item';
      data.i = Number(params.j) + 1;
      data.j = Number(params.i) + 1;
      pointer = `${error.instancePath}/${params.i}`;
      break;
    case 'minimum':
    case 'exclusiveMinimum':
      messageId = 'minimum';
      data.limit = params.limit;
      break;
    case 'maximum':
    case 'exclusiveMaximum':
      messageId = 'maximum';
      data.limit = params.limit;
      break;
    case 'minLength':
      messageId = 'empty';
      break;
    case 'propertyNames':
      messageId = 'invalid-key';
      data.property = params.propertyName;
      pointer = `${error.instancePath}/${escapePointerToken(String(params.propertyName))}`;
      break;
    case 'oneOf':
    case 'anyOf':
      messageId = 'no-variant';
      break;
  }
  const diagnostic: Diagnostic = {
    ruleId: 'core/schema',
    messageId,
    severity: 'error',
    message: formatMessage(SCHEMA_MESSAGES[messageId], locale, data),
    pointer,
    data: { ...data, keyword: error.keyword, schemaPath: error.schemaPath },
  };
  if (fixes) diagnostic.fixes = fixes;
  return diagnostic;
}
