import { FirstOccurrenceIndex } from '../../engine/first-occurrence.js';
import { defineRule } from '../../engine/rule.js';
import { ZHEJIANG_27 } from '../sources.js';

/**
 * Certificate numbers are unique within a data set. Streaming: the only memory is number → index of the first
 * record carrying it, up to `context.spill.maxEntries` numbers; past that the numbers go to temp files and the
 * repeats among them are found exactly when the set is finished (see FirstOccurrenceIndex).
 */
export const duplicateCertificate = defineRule({
  id: 'core/duplicate-certificate',
  meta: {
    docs: {
      description: {
        'zh-CN': '同一批证书数据中不得有重复的证书编号',
        en: 'No two certificate records in a data set may share a certificate number',
      },
      page: 'docs/rules/core/duplicate-certificate.md',
    },
    source: {
      document: ZHEJIANG_27,
      section: '§四 三是',
      quote: '加强职业资格证书数据审核，确保证书数据准确可靠，严禁问题数据入网。',
    },
    messages: {
      duplicate: {
        'zh-CN': '证书编号 {number} 与第 {firstOrdinal} 条记录重复',
        en: 'Certificate number {number} repeats that of record {firstOrdinal}',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['certificate-set'],
    fixable: false,
  },
  defaultOptions: {},
  collect(context) {
    const firstIndexByNumber = new FirstOccurrenceIndex((number, index, first) => {
      context.report({
        messageId: 'duplicate',
        pointer: '/number',
        record: index,
        // firstRecord: 0-based index in the stream (what tools map to a line); firstOrdinal: 1-based, for people.
        data: { number, firstRecord: first, firstOrdinal: first + 1 },
      });
    }, context.spill);
    return {
      record(record, index) {
        const number = (record as { number?: unknown }).number;
        // Exact comparison: numbers are identifiers, and "normalising" them would hide other data errors.
        if (typeof number !== 'string' || number === '') return;
        firstIndexByNumber.add(number, index);
      },
      finish() {
        firstIndexByNumber.finish();
      },
    };
  },
});
