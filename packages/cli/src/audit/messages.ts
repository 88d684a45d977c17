import { PARSE_MESSAGES, type LocalizedText } from '@qualcat/sdk';

/**
 * `core/parse` messages of certificate files: the SDK's (syntax, duplicate key) plus what only a record stream
 * has (CSV rows, over-long lines). A broken record is reported on its line and the audit goes on.
 */
export const AUDIT_PARSE_MESSAGES = {
  syntax: PARSE_MESSAGES.syntax,
  'duplicate-key': PARSE_MESSAGES['duplicate-key'],
  'too-long': {
    'zh-CN': '记录超过 {limit} 个字符，已跳过',
    en: 'The record is longer than {limit} characters and was skipped',
  },
  'csv-field-count': {
    'zh-CN': '此行有 {found} 个字段，表头有 {expected} 个',
    en: 'This row has {found} fields; the header has {expected}',
  },
  'csv-unclosed-quote': {
    'zh-CN': '从此行开始的带引号字段没有闭合（超过 {limit} 行或到文件末尾）',
    en: 'A quoted field opened on this line is never closed (within {limit} lines or before the end of the file)',
  },
  'csv-bad-quote': {
    'zh-CN': '第 {column} 个字符：闭合引号后应为逗号或行尾',
    en: 'Character {column}: a closing quote must be followed by a comma or the end of the line',
  },
  'csv-header': {
    'zh-CN': '表头第 {column} 列“{name}”{problem}，该列被忽略',
    en: 'Header column {column} "{name}" {problem}; the column is ignored',
  },
  'json-array': {
    'zh-CN': 'JSON 数组{problem}',
    en: 'The JSON array {problem}',
  },
} satisfies Record<string, LocalizedText>;

export type AuditParseMessageId = keyof typeof AUDIT_PARSE_MESSAGES;

/** Sub-phrases of `csv-header` and `json-array`, by locale. */
export const PHRASES = {
  'header-empty': { 'zh-CN': '没有列名', en: 'has no name' },
  'header-duplicate': { 'zh-CN': '与前面的列重名', en: 'repeats an earlier column' },
  'header-conflict': { 'zh-CN': '与前面的列嵌套冲突', en: 'conflicts with the nesting of an earlier column' },
  'header-unsafe': { 'zh-CN': '不是允许的字段名', en: 'is not an allowed field name' },
  'array-unclosed': { 'zh-CN': '没有以 ] 结束', en: 'is not closed with ]' },
  'array-trailing': { 'zh-CN': '结束后还有多余内容', en: 'is followed by more content' },
  'array-empty-element': { 'zh-CN': '中有空元素（多余的逗号）', en: 'has an empty element (a stray comma)' },
  'not-an-array': { 'zh-CN': '应以 [ 开始', en: 'must start with [' },
} satisfies Record<string, LocalizedText>;

/** Where the first record with this certificate number is, appended to duplicate findings. */
export const FIRST_SEEN = {
  sameFile: { 'zh-CN': '（见第 {line} 行）', en: ' (line {line})' },
  otherFile: { 'zh-CN': '（见 {file} 第 {line} 行）', en: ' (see {file}:{line})' },
} satisfies Record<string, LocalizedText>;

/** Input problems (`core/io`): the file cannot be read at all; the run exits 2 and the other files are audited. */
export const AUDIT_IO_MESSAGES = {
  unreadable: { 'zh-CN': '无法读取文件：{detail}', en: 'Cannot read the file: {detail}' },
  encoding: { 'zh-CN': '无法解码文件：{detail}', en: 'Cannot decode the file: {detail}' },
  missing: { 'zh-CN': '找不到“{path}”', en: '"{path}" does not exist or matches nothing' },
} satisfies Record<string, LocalizedText>;
