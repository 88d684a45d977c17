import { Linter, definePlugin, defineRule, occupationInCatalog, type LinterOptions, type LoadedConfig, type Plan } from '@qualcat/sdk';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit } from 'vscode-languageserver-types';

/**
 * A province of our own for the tests (region prefix 99): rules that offer the kinds of fixes the real rules
 * offer, so the service is tested against the engine's API rather than against rules still being written.
 */
export const needsChoice = defineRule({
  id: 'testprov/needs-choice',
  meta: {
    docs: { description: { 'zh-CN': '须提供考生选择', en: 'Candidates must be offered a choice' }, page: 'docs/rules/testprov/needs-choice.md' },
    source: { document: '测试省发〔2020〕1号', section: '§二', quote: '已报名考生可选择继续参加鉴定或退费。' },
    messages: { missing: { 'zh-CN': '缺少 candidateChoice', en: 'candidateChoice is missing' } },
    defaultSeverity: 'warning',
    appliesTo: ['plan'],
    fixable: true,
  },
  defaultOptions: {},
  check(context) {
    if (context.target !== 'plan' || context.document.candidateChoice) return;
    context.report({
      messageId: 'missing',
      pointer: '/kind',
      fixes: [{ title: 'Add candidateChoice', patch: [{ op: 'add', path: '/candidateChoice', value: { continueOffered: true, refundOffered: true } }] }],
    });
  },
});

export const makeUp = defineRule({
  id: 'testprov/make-up',
  meta: {
    docs: { description: { 'zh-CN': '须为补考计划', en: 'Must be a make-up plan' } },
    source: { document: '测试省发〔2020〕1号', section: '§三', quote: '退出后仅可发布补考计划。' },
    messages: { regular: { 'zh-CN': '应为补考计划', en: 'Should be a make-up plan' } },
    defaultSeverity: 'error',
    appliesTo: ['plan'],
    fixable: true,
  },
  defaultOptions: {},
  check(context) {
    if (context.target !== 'plan' || context.document.purpose !== 'regular') return;
    context.report({
      messageId: 'regular',
      pointer: '/purpose',
      fixes: [
        { title: 'Set purpose to make-up', patch: [{ op: 'replace', path: '/purpose', value: 'make-up' }] },
        { title: 'Remove purpose', patch: [{ op: 'remove', path: '/purpose' }] },
      ],
    });
  },
});

/** A set rule: flags the second record of every set, at its number. */
export const secondRecord = defineRule({
  id: 'testprov/second-record',
  meta: {
    docs: { description: { 'zh-CN': '第二条记录', en: 'The second record' } },
    source: { document: '测试省发〔2020〕1号', section: '§四', quote: '严禁突击发证。' },
    messages: { second: { 'zh-CN': '第二条记录 {number}', en: 'Second record {number}' } },
    defaultSeverity: 'warning',
    appliesTo: ['certificate-set'],
  },
  defaultOptions: {},
  collect(context) {
    return {
      record(record, index) {
        if (index === 1) context.report({ messageId: 'second', pointer: '/number', record: index, data: { number: record.number } });
      },
      finish() {},
    };
  },
});

export const testProvince = definePlugin({
  id: 'testprov',
  appliesTo: { regions: ['99'] },
  rules: [needsChoice, makeUp, secondRecord],
  catalog: [{ op: 'add', occupation: '测试工', group: { name: '测试人员' }, category: 'access', exit: null }],
});

/** A LoadedConfig around a Linter built directly (no files): the unit tests' config. */
export function loadedWith(options: LinterOptions = {}, path?: string): LoadedConfig {
  const plugins = options.plugins ?? [testProvince];
  const linter = new Linter({ rules: [occupationInCatalog], asOf: '2024-01-02', ...options, plugins });
  return { ...(path ? { path } : {}), config: {}, plugins, linter, diagnostics: [] };
}

/** The position of the `nth` occurrence of `needle`, plus `delta` characters. */
export function at(text: string, needle: string, delta = 0, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset === -1) throw new Error(`"${needle}" not in text`);
  }
  return TextDocument.create('file:///x', 'json', 1, text).positionAt(offset + delta);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'json', 1, text), [...edits]);
}

export function planLookup(plans: Array<Plan & { uri?: string }>) {
  const byId = new Map(plans.map((p) => [p.id, p]));
  return {
    get: (id: string) => byId.get(id),
    ids: () => [...byId.keys()],
    locationOf: (id: string) => {
      const plan = byId.get(id);
      return plan?.uri ? { uri: plan.uri, range: { start: { line: 1, character: 8 }, end: { line: 1, character: 20 } } } : undefined;
    },
  };
}

