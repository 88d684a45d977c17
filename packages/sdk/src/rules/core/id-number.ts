import { defineRule } from '../../engine/rule.js';
import { isIsoDate } from '../../dates.js';
import { ZHEJIANG_27 } from '../sources.js';

/** GB 11643-1999 check character: ISO 7064 MOD 11-2 over the first 17 digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const ID_LENGTH = 18;
const WELL_FORMED = /^\d{17}[\dXx]$/;
/** Nobody born before this date holds a certificate issued in the 2020s; earlier birth dates are typos. */
const EARLIEST_BIRTH_DATE = '1900-01-01';

export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += WEIGHTS[i]! * Number(first17[i]);
  return CHECK_CHARACTERS[sum % 11]!;
}

/**
 * Masks an ID number for messages (personal data must not leak into reports, logs or CI output):
 * 330102198603140311 → 330102********0311. Shorter strings keep proportionally less.
 */
export function maskIdNumber(id: string): string {
  const chars = [...id];
  const head = Math.min(6, Math.floor(chars.length / 3));
  const tail = Math.min(4, Math.floor(chars.length / 4));
  return chars.slice(0, head).join('') + '*'.repeat(chars.length - head - tail) + chars.slice(chars.length - tail).join('');
}

export interface IdNumberOptions {
  allowLowercaseX: boolean;
}

export const idNumber = defineRule({
  id: 'core/id-number',
  meta: {
    docs: {
      description: {
        'zh-CN': '持证人公民身份号码须为 18 位且校验码正确（GB 11643），出生日期须真实可能',
        en: 'The holder’s citizen ID number must have 18 characters and a valid check character (GB 11643) and a possible birth date',
      },
      page: 'docs/rules/core/id-number.md',
    },
    source: {
      document: ZHEJIANG_27,
      section: '§四 三是',
      quote: '加强职业资格证书数据审核，确保证书数据准确可靠，严禁问题数据入网。',
    },
    messages: {
      length: {
        'zh-CN': '公民身份号码 {masked} 为 {length} 位，应为 18 位',
        en: 'ID number {masked} has {length} characters; it must have 18',
      },
      format: {
        'zh-CN': '公民身份号码 {masked} 格式错误：前 17 位须为数字，末位须为数字或 X',
        en: 'ID number {masked} is malformed: the first 17 characters must be digits, the last a digit or X',
      },
      'check-digit': {
        'zh-CN': '公民身份号码 {masked} 的校验码错误（GB 11643），请核对原始证件',
        en: 'ID number {masked} has a wrong check character (GB 11643); check it against the ID card',
      },
      'lowercase-x': {
        'zh-CN': '公民身份号码 {masked} 的校验码应为大写 X',
        en: 'ID number {masked}: the check character must be an upper-case X',
      },
      'birth-date': {
        'zh-CN': '公民身份号码 {masked} 中的出生日期不可能成立（{reason}）',
        en: 'ID number {masked} encodes an impossible birth date ({reason})',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['certificate'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowLowercaseX: {
          type: 'boolean',
          description: '接受小写校验码 x（默认不接受，GB 11643 规定为大写 X） | Accept a lower-case check character x (default: no; GB 11643 prints an upper-case X)',
        },
      },
    },
    fixable: false,
  },
  defaultOptions: { allowLowercaseX: false } as IdNumberOptions,
  check(context) {
    if (context.target !== 'certificate') return;
    const holder = (context.document as { holder?: unknown }).holder;
    if (!holder || typeof holder !== 'object') return;
    const id = (holder as { idNumber?: unknown }).idNumber;
    if (typeof id !== 'string' || id === '') return;
    const pointer = '/holder/idNumber';
    // Every record of an audit passes here: the mask is made for findings only, and a well-formed number (the common
    // case: 17 digits and a digit or X, 18 UTF-16 units) skips the code-point count.
    let maskedText: string | undefined;
    const masked = () => (maskedText ??= maskIdNumber(id));
    const en = context.locale === 'en';
    if (!(id.length === ID_LENGTH && WELL_FORMED.test(id))) {
      const length = [...id].length;
      if (length !== ID_LENGTH) {
        context.report({ messageId: 'length', pointer, data: { masked: masked(), length } });
        return;
      }
      context.report({ messageId: 'format', pointer, data: { masked: masked() } });
      return;
    }
    const expected = idNumberCheckCharacter(id.slice(0, 17));
    const actual = id[17]!;
    if (actual === 'x' && expected === 'X') {
      if (!context.options.allowLowercaseX) context.report({ messageId: 'lowercase-x', pointer, data: { masked: masked() } });
    } else if (actual !== expected) {
      // No fix: the check character detects an error somewhere in the number, it does not say where.
      context.report({ messageId: 'check-digit', pointer, data: { masked: masked() } });
    }

    const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
    const issuedOn = (context.document as { issuedOn?: unknown }).issuedOn;
    let reason: string | undefined;
    if (!isIsoDate(birth)) reason = en ? 'not a calendar date' : '不是有效的日历日期';
    else if (birth < EARLIEST_BIRTH_DATE) reason = en ? 'before 1900' : '早于 1900 年';
    else if (isIsoDate(issuedOn) && birth > issuedOn) reason = en ? 'after the date of issue' : '晚于发证日期';
    // The birth date itself is personal data: the reason says what is wrong without repeating it.
    if (reason) context.report({ messageId: 'birth-date', pointer, data: { masked: masked(), reason } });
  },
});
