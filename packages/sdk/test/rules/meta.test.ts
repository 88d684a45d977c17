/**
 * Meta-tests of the explicit registry (after typescript-eslint's): every built-in rule is documented, quotes its
 * source verbatim, speaks both languages, is tested, and survives documents the schema would reject.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  builtinRules,
  coreRules,
  Linter,
  loadCatalog,
  nationalRules,
  NATIONAL_80,
  resolvePointer,
  ZHEJIANG_27,
  type AnyRule,
  type ReportDescriptor,
} from '../../src/index.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The notices the quotes come from. The shared seed folder exists beside the repository in the project's own
 * workspace; every clone has the byte-for-byte copy in docs/sources/notices.txt (shipped with the package).
 */
const seedsDir = path.resolve(packageDir, '../../../shared/seeds');
const noticesCopyPath = path.join(packageDir, 'docs/sources/notices.txt');
const NOTICES_SHA256 = '164a4a1d8387412e4f848882a5723585e7df7f12ee79106dba13a1bba215679c';
const seedFiles = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => path.join(seedsDir, f)) : [];
const noticesCopy = readFileSync(noticesCopyPath, 'utf8');
const seedTexts = seedFiles.length ? seedFiles.map((f) => readFileSync(f, 'utf8')) : [noticesCopy];

/** The rule ids DOMAIN.md fixes for core/ (besides the engine's core/schema and core/parse) and national/. */
const DOMAIN_IDS = [
  'core/occupation-in-catalog',
  'core/date-order',
  'core/id-number',
  'core/duplicate-certificate',
  'national/no-assessment-after-exit',
  'national/access-type-no-recognition',
  'national/pre-exit-plan-continuation',
  'national/certificate-after-exit',
  'national/skill-level-issuer',
  'national/rush-issuance',
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The blockquote of the "## Source" section of a doc page (its `> ` lines, joined). */
function sourceQuote(doc: string): string | undefined {
  const section = doc.split(/^## /m).find((s) => s.startsWith('Source'));
  return section
    ?.split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => line.slice(2))
    .join('\n');
}

describe('the notices', () => {
  it('docs/sources/notices.txt is a byte-for-byte copy of the shared seed', () => {
    expect(createHash('sha256').update(readFileSync(noticesCopyPath)).digest('hex')).toBe(NOTICES_SHA256);
    for (const seed of seedFiles) {
      if (createHash('sha256').update(readFileSync(seed)).digest('hex') === NOTICES_SHA256) return;
    }
    // Outside the project's workspace there is no seed folder: the copy stands on its hash alone.
    expect(seedFiles, `no seed in ${seedsDir} matches the copy`).toEqual([]);
  });
});

describe('the registry', () => {
  it('holds exactly the core and national rules DOMAIN.md lists', () => {
    expect(builtinRules.map((r) => r.id).sort()).toEqual([...DOMAIN_IDS].sort());
    expect(builtinRules).toEqual([...coreRules, ...nationalRules]);
    expect(coreRules.every((r) => r.id.startsWith('core/'))).toBe(true);
    expect(nationalRules.every((r) => r.id.startsWith('national/'))).toBe(true);
  });
  it('has unique ids', () => {
    const ids = builtinRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('every rule is made with defineRule()', () => {
    for (const rule of builtinRules) expect(rule.kind, rule.id).toBe('qualcat-rule');
  });
});

describe.each(builtinRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  const [namespace, name] = id.split('/') as [string, string];

  it('cites its notice and quotes it verbatim', () => {
    expect([NATIONAL_80, ZHEJIANG_27]).toContain(rule.meta.source.document);
    expect(rule.meta.source.section).toMatch(/^§/);
    expect(rule.meta.source.quote.length).toBeGreaterThan(10);
    expect(
      seedTexts.some((text) => text.includes(rule.meta.source.quote)),
      `quote of ${id} not found verbatim in ${seedFiles.length ? seedsDir : noticesCopyPath}`,
    ).toBe(true);
    expect(noticesCopy.includes(rule.meta.source.quote), `quote of ${id} not found verbatim in docs/sources/notices.txt`).toBe(true);
    // the notice the quote comes from is the one cited: 27号 runs up to the start of 80号 in the seed
    const start80 = noticesCopy.indexOf('# 人力资源社会保障部办公厅文件');
    const at = noticesCopy.indexOf(rule.meta.source.quote);
    expect(rule.meta.source.document === NATIONAL_80 ? at > start80 : at < start80, `${id} quotes the other notice`).toBe(true);
  });

  it('has every message and its description in zh-CN and en, with the same placeholders', () => {
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const [messageId, text] of Object.entries(rule.meta.messages)) {
      expect(text['zh-CN'], `${messageId} zh-CN`).toBeTruthy();
      expect(text.en, `${messageId} en`).toBeTruthy();
      expect(placeholders(text['zh-CN']), messageId).toEqual(placeholders(text.en));
    }
    expect(rule.meta.docs.description['zh-CN']).toBeTruthy();
    expect(rule.meta.docs.description.en).toBeTruthy();
  });

  it('has a doc page with its id, descriptions, the quote, every message and option', () => {
    expect(rule.meta.docs.page).toBe(`docs/rules/${namespace}/${name}.md`);
    const page = path.join(packageDir, rule.meta.docs.page!);
    expect(existsSync(page), `${rule.meta.docs.page} missing`).toBe(true);
    const doc = readFileSync(page, 'utf8');
    expect(doc.split('\n')[0]).toBe(`# ${id}`);
    expect(doc).toContain(`- zh-CN: ${rule.meta.docs.description['zh-CN']}`);
    expect(doc).toContain(`- en: ${rule.meta.docs.description.en}`);
    expect(doc).toContain(`${rule.meta.source.document} ${rule.meta.source.section}`);
    expect(sourceQuote(doc)).toBe(rule.meta.source.quote);
    expect(doc).toContain(`| Default severity | \`${rule.meta.defaultSeverity}\` |`);
    for (const heading of ['## What it flags', '## Options', '## Examples', '### Valid', '### Invalid', '## Decisions']) {
      expect(doc, heading).toContain(heading);
    }
    // single-message rules may describe their one finding in prose
    if (Object.keys(rule.meta.messages).length > 1) {
      for (const messageId of Object.keys(rule.meta.messages)) expect(doc, messageId).toContain(`\`${messageId}\``);
    }
    for (const option of Object.keys((rule.meta.schema?.properties as object | undefined) ?? {})) expect(doc, option).toContain(`\`${option}\``);
  });

  it('has a test file with valid and invalid cases covering every message', () => {
    const file = path.join(packageDir, `test/rules/${namespace}-${name}.test.ts`);
    expect(existsSync(file), `test/rules/${namespace}-${name}.test.ts missing`).toBe(true);
    const test = readFileSync(file, 'utf8');
    expect(test).toMatch(/valid/);
    expect(test).toMatch(/invalid/);
    for (const messageId of Object.keys(rule.meta.messages)) expect(test, messageId).toContain(`messageId: '${messageId}'`);
  });

  it('describes its options with a closed JSON Schema, and its defaults pass it', () => {
    const schema = rule.meta.schema as { type?: string; additionalProperties?: unknown; properties?: Record<string, { description?: string }> } | undefined;
    if (schema) {
      expect(schema.type).toBe('object');
      expect(schema.additionalProperties).toBe(false);
      expect(Object.keys(rule.defaultOptions).sort()).toEqual(Object.keys(schema.properties ?? {}).sort());
      for (const [key, property] of Object.entries(schema.properties ?? {})) expect(property.description, key).toMatch(/ \| /);
    } else {
      expect(rule.defaultOptions).toEqual({});
    }
    const linter = new Linter({ rules: builtinRules, ruleSettings: { [id]: [rule.meta.defaultSeverity, { ...rule.defaultOptions }] } });
    expect(linter.problems).toEqual([]);
  });

  it('says whether it is fixable', () => {
    expect(typeof rule.meta.fixable).toBe('boolean');
  });

  // `it.fails` turns green->red once it is fixed, so the entry gets removed.
  (KNOWN_TO_THROW_ON_ODD_INPUT.has(id) ? it.fails : it)('never throws on documents the schema rejects, and reports only pointers that exist', () => {
    for (const document of ODD_DOCUMENTS) {
      for (const plans of [undefined, ODD_PLANS]) {
        const reported = runDirectly(rule, document, plans);
        for (const r of reported.documentReports) {
          expect(resolvePointer(document, r.pointer).found, `${id} reported ${r.pointer} on ${JSON.stringify(document)}`).toBe(true);
        }
      }
    }
  });
});

const KNOWN_TO_THROW_ON_ODD_INPUT = new Set<string>([]);

/** Documents of every wrong shape: fields missing, of the wrong type, null, odd names. */
const ODD_DOCUMENTS: Array<Record<string, unknown>> = [
  {},
  { items: 'x', assessmentDates: 5, registration: [], organizer: 'x', holder: 'x', issuer: 7 },
  { kind: 'qualification-assessment', items: [null, 1, 'x', { occupation: 5 }, { occupation: '__proto__' }, { occupation: 'constructor' }] },
  { kind: 'qualification-assessment', publishedOn: 20201015, items: [{ occupation: '车工' }], assessmentDates: [20201101] },
  { kind: 'qualification-assessment', publishedOn: '2020-02-30', items: [{ occupation: '车工' }], assessmentDates: ['2020-02-31', null] },
  {
    kind: 'qualification-assessment',
    purpose: 'make-up',
    makeUpOf: { id: 'x' },
    publishedOn: '2020-10-15',
    registration: { opensOn: 1, closesOn: '2020-10-20' },
    assessmentDates: ['2020-11-01', '2021-01-09', 'soon'],
    items: [{ occupation: '车工' }, { occupation: '电工', levels: 'all' }],
    candidateChoice: 'yes',
    trainingProgram: 'x',
  },
  {
    kind: 'qualification-assessment',
    purpose: 'make-up',
    makeUpOf: 'ZJ-X',
    publishedOn: '2020-09-01',
    assessmentDates: ['2021-01-09'],
    items: [{ occupation: '电工' }],
    candidateChoice: [],
  },
  { kind: 'qualification-assessment', publishedOn: '2020-09-01', assessmentDates: ['2021-01-09'], items: [{ occupation: '电工' }], candidateChoice: { continueOffered: 'yes' } },
  { kind: 'skill-level-recognition', organizer: null, items: [{ occupation: '保安员' }, { occupation: ['保安员'] }] },
  { kind: 'skill-level-recognition', organizer: { type: 5 }, items: {} },
  { type: 'vocational-qualification', occupation: '车工', issuedOn: '2021-01-01', trainingProgram: 'x', planId: 7, holder: { idNumber: 12 } },
  { type: 'vocational-qualification', occupation: '车工', issuedOn: '2021-01-01', trainingProgram: { enrolledOn: 5 }, planId: 'ZJ-X' },
  { type: 'vocational-qualification', occupation: '车工', issuedOn: '2021-01-01', planId: '' },
  { type: 'skill-level', issuer: [], occupation: '保安员', holder: { idNumber: '' } },
  { type: 'skill-level', issuer: { type: null }, occupation: null, holder: { idNumber: '１１０１０５１９４９１２３１００２Ｘ' } },
  { type: 'skill-level', issuer: { type: 'hr-department' }, holder: { idNumber: '11010519491231002X' }, issuedOn: 'yesterday', assessedOn: 3 },
  { holder: { idNumber: '110105194912310029999' }, issuedOn: '2020-01-01', assessedOn: '2020-02-30' },
];

/** A plan lookup answering every id with a plan of the wrong shape. */
const ODD_PLANS = { get: (id: string) => (id === 'ZJ-X' ? ({ publishedOn: 5, purpose: [] } as never) : undefined) };

function runDirectly(rule: AnyRule, document: Record<string, unknown>, plans: typeof ODD_PLANS | undefined) {
  const documentReports: Array<ReportDescriptor<string>> = [];
  const base = {
    ruleId: rule.id,
    catalog: loadCatalog(),
    options: Object.freeze({ ...rule.defaultOptions }),
    asOf: '2021-06-30',
    locale: 'en' as const,
    settings: {},
    ...(plans ? { plans } : {}),
  };
  for (const target of rule.meta.appliesTo) {
    if (target === 'certificate-set') {
      const setReports: Array<ReportDescriptor<string>> = [];
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const collector = rule.collect!({ ...base, target, report: (d: ReportDescriptor<string>) => setReports.push(d) } as any);
      ODD_DOCUMENTS.forEach((record, index) => collector.record(record as never, index, { catalog: base.catalog }));
      collector.record(document as never, ODD_DOCUMENTS.length, { catalog: base.catalog });
      collector.finish();
      for (const r of setReports) expect(typeof r.record, `${rule.id}: a set finding names its record`).toBe('number');
    } else {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      rule.check!({ ...base, target, document: deepFreeze(structuredClone(document)), report: (d: ReportDescriptor<string>) => documentReports.push(d) } as any);
    }
  }
  return { documentReports };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
