import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM build script, no types
import { ROOT_SCHEMAS, createAjv, generate, schemasDir } from '../scripts/codegen.mjs';
import { validateDocument, type DocumentType } from '../src/index.js';

const bundledDir = join(import.meta.dirname, '..', 'schemas');
const bundled = Object.fromEntries(
  (ROOT_SCHEMAS as string[]).map((n) => [n, JSON.parse(readFileSync(join(bundledDir, `${n}.schema.json`), 'utf8'))]),
) as Record<DocumentType, Record<string, unknown>>;

describe('generated files', () => {
  it('are up to date with schemas/ (run `pnpm codegen` when this fails)', async () => {
    const files: Record<string, string> = await generate();
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(8);
    for (const [path, content] of Object.entries(files)) {
      expect(readFileSync(path, 'utf8'), `${path} drifted from schemas/`).toBe(content);
    }
    // codegen runs json-schema-to-typescript and ajv's compiler: ~3 s alone, more beside the other packages' tests
  }, 60_000);

  it('carry the generated-file header', async () => {
    const files: Record<string, string> = await generate();
    for (const content of Object.values(files)) expect(content).toMatch(/generated from schemas\/.*do not edit, run `pnpm codegen`/);
  }, 60_000);
});

type Node = Record<string, unknown>;
/** Every property schema in a schema file: [pointer, schema]. */
function properties(schema: Node, at = ''): Array<[string, Node]> {
  const out: Array<[string, Node]> = [];
  const visit = (node: unknown, ptr: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${ptr}/${i}`));
    const n = node as Node;
    for (const [k, v] of Object.entries(n)) {
      if ((k === 'properties' || k === '$defs') && v && typeof v === 'object') {
        for (const [name, sub] of Object.entries(v as Node)) {
          if (k === 'properties') out.push([`${ptr}/properties/${name}`, sub as Node]);
          visit(sub, `${ptr}/${k}/${name}`);
        }
      } else if (k !== 'enum' && k !== 'enumDescriptions' && k !== 'default') visit(v, `${ptr}/${k}`);
    }
  };
  visit(schema, at);
  return out;
}

describe('the source schemas in schemas/', () => {
  const sources = readdirSync(schemasDir as string)
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(schemasDir as string, f), 'utf8')) as Node] as const);

  it.each(sources)('%s is draft 2020-12 with an $id', (_f, s) => {
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toMatch(/^https:\/\/qualcat\.dev\/schemas\/[a-z]+\.schema\.json$/);
  });

  it.each(sources)('%s: every property has a description in Chinese and English', (_f, s) => {
    for (const [ptr, prop] of properties(s)) {
      expect(prop.description, ptr).toMatch(/^[^|]*\p{Script=Han}[^|]* \| [^|]*[A-Za-z][^|]*$/u);
    }
  });

  it.each(sources)('%s: every enum of strings carries its Chinese labels', (_f, s) => {
    const visit = (node: unknown, ptr: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Node;
      if (Array.isArray(n.enum)) {
        expect(n.enumDescriptions, ptr).toHaveLength(n.enum.length);
        for (const d of n.enumDescriptions as string[]) expect(d, ptr).toMatch(/\p{Script=Han}.* \| .*[A-Za-z]/u);
      }
      for (const [k, v] of Object.entries(n)) if (k !== 'enum') visit(v, `${ptr}/${k}`);
    };
    visit(s, '');
  });
});

const validPlan = {
  id: 'ZJ-2020-0001',
  region: '330100',
  organizer: { name: '杭州市职业技能鉴定中心', type: 'assessment-center' },
  kind: 'qualification-assessment',
  publishedOn: '2020-08-01',
  registration: { opensOn: '2020-08-03', closesOn: '2020-08-14' },
  assessmentDates: ['2020-08-22'],
  platform: '浙江省职业能力建设一体化平台',
  questionBank: 'provincial',
  items: [{ occupation: '车工', levels: [5, 4], candidates: 40 }],
  'x-internal-ref': { anything: true },
};
const validCertificate = {
  type: 'vocational-qualification',
  number: '2033001000001',
  holder: { name: '张三', idNumber: '11010519491231002X' },
  occupation: '车工',
  level: 4,
  issuer: { name: '杭州市职业技能鉴定中心', type: 'assessment-center' },
  issuedOn: '2020-09-10',
};

// [document type, description, document, expected pointers of violations (empty = valid)]
const fixtures: Array<[DocumentType, string, unknown, string[]]> = [
  ['plan', 'a complete plan with an x- extension', validPlan, []],
  ['plan', 'an unknown key', { ...validPlan, organiser: {} }, ['/organiser']],
  ['plan', 'an unknown nested key', { ...validPlan, organizer: { ...validPlan.organizer, phone: '1' } }, ['/organizer/phone']],
  ['plan', 'an x- key nested', { ...validPlan, items: [{ occupation: '车工', levels: [5], 'x-note': 1 }] }, []],
  ['plan', '2020-02-30', { ...validPlan, publishedOn: '2020-02-30' }, ['/publishedOn']],
  ['plan', '2020-13-01', { ...validPlan, assessmentDates: ['2020-13-01'] }, ['/assessmentDates/0']],
  ['plan', 'a date with a time zone', { ...validPlan, assessmentDates: ['2020-08-22T09:00:00+08:00'] }, ['/assessmentDates/0']],
  ['plan', 'level 6', { ...validPlan, items: [{ occupation: '车工', levels: [6] }] }, ['/items/0/levels/0']],
  ['plan', 'no items', { ...validPlan, items: [] }, ['/items']],
  ['plan', 'a region that is not 6 digits', { ...validPlan, region: '33' }, ['/region']],
  ['plan', 'missing id', (({ id: _id, ...rest }) => rest)(validPlan), ['']],
  ['plan', 'numbers as strings', { ...validPlan, items: [{ occupation: '车工', levels: ['5'] }] }, ['/items/0/levels/0']],
  ['plan', 'an unknown kind', { ...validPlan, kind: 'exam' }, ['/kind']],
  ['certificate', 'a certificate', validCertificate, []],
  ['certificate', 'a proof without its original', { ...validCertificate, type: 'qualification-proof' }, ['']],
  [
    'certificate',
    'a proof with its original',
    { ...validCertificate, type: 'qualification-proof', proof: { certificateNumber: '1', originalIssuedOn: '2019-05-01', originalIssuer: '某中心', reason: 'lost' } },
    [],
  ],
  ['config', 'a config', { plugins: ['@qualcat/plugin-zhejiang'], rules: { 'national/rush-issuance': ['warning', { factor: 4 }] }, asOf: '2020-10-01', locale: 'en' }, []],
  ['config', 'a malformed rule setting', { rules: { 'national/rush-issuance': ['warn'] } }, ['/rules/national~1rush-issuance/0']],
  ['plugin', 'a data plugin', { id: 'anhui', appliesTo: { regions: ['34'] }, overrides: { 'national/rush-issuance': 'error' }, catalog: [{ op: 'add', occupation: '焊工', group: { name: '焊接人员' }, category: 'access', exit: null }] }, []],
  ['plugin', 'a data plugin with a bad id', { id: 'An Hui' }, ['/id']],
];

describe('fixtures through the standalone and the runtime validators', () => {
  const runtime = createAjv();
  for (const s of Object.values(bundled)) runtime.addSchema(s);

  it.each(fixtures)('%s: %s', (type, _d, doc, pointers) => {
    const standalone = validateDocument(type, doc);
    expect([...new Set(standalone.map((d) => d.pointer))].sort()).toEqual([...pointers].sort());
    const validate = runtime.getSchema(bundled[type].$id as string)!;
    expect(validate(doc)).toBe(pointers.length === 0);
    expect(standalone.every((d) => d.ruleId === 'core/schema' && d.severity === 'error')).toBe(true);
  });

  it('a human message, not raw ajv text, in both locales', () => {
    const [zh] = validateDocument('plan', { ...validPlan, organiser: {} });
    const { organizer, ...withoutOrganizer } = validPlan;
    const [en] = validateDocument('plan', { ...withoutOrganizer, organiser: organizer }, { locale: 'en' });
    expect(zh!.messageId).toBe('unknown-property');
    expect(zh!.message).toContain('organizer');
    expect(zh!.message).toMatch(/\p{Script=Han}/u);
    expect(en!.message).toBe('Unknown field "organiser"; did you mean "organizer"? (custom fields must start with x-)');
    expect(en!.fixes?.[0]?.patch).toEqual([{ op: 'move', from: '/organiser', path: '/organizer' }]);
  });
});
