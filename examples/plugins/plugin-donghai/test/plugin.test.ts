/**
 * The plugin as a whole: its overrides and its catalog patch apply to Donghai's documents (region 99…) only,
 * next to the built-in rules, exactly as `qualcat` loads it from qualcat.config.json.
 */
import { describe, expect, it } from 'vitest';
import { addDays, builtinRules, Linter, type CertificateRecord } from '@qualcat/sdk';
import { donghai } from '../src/index.js';
import { donghaiPlan } from './fixtures.js';

const CONTINUATION = 'national/pre-exit-plan-continuation';
const RUSH = 'national/rush-issuance';

const linter = () => new Linter({ rules: builtinRules, plugins: [donghai], asOf: '2021-06-30', locale: 'en' });

describe('the plugin definition', () => {
  it('is a code plugin scoped to region 99 with one rule of its own', () => {
    expect(donghai).toMatchObject({ kind: 'qualcat-plugin', origin: 'code', id: 'donghai', appliesTo: { regions: ['99'] } });
    expect(donghai.rules?.map((r) => r.id)).toEqual(['donghai/assessment-capacity']);
  });

  it('loads next to the built-in rules without a config problem', () => {
    expect(linter().problems).toEqual([]);
  });
});

describe('override: national/pre-exit-plan-continuation is an error in Donghai (12号 §一)', () => {
  // 车工 is batch 1 (exit 2020-09-30): published before exit, assessed after it, no candidateChoice.
  const straddling = (region: string) =>
    donghaiPlan({ region, assessmentDates: ['2020-10-10'], items: [{ occupation: '车工', levels: [5, 4], candidates: 80 }] });

  it('raises the severity for a Donghai plan', () => {
    const found = linter().lintValue(straddling('990100'), 'plan').filter((d) => d.ruleId === CONTINUATION);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', plugin: 'donghai', pointer: '/assessmentDates/0' });
  });

  it("leaves another province's plan at the national default", () => {
    const rule = builtinRules.find((r) => r.id === CONTINUATION)!;
    const found = linter().lintValue(straddling('320500'), 'plan').filter((d) => d.ruleId === CONTINUATION);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe(rule.meta.defaultSeverity);
    expect(found[0]!.plugin).toBeUndefined();
  });
});

describe('override: national/rush-issuance uses factor 2 in Donghai (12号 §三)', () => {
  it('sets the factor for region 99 only', () => {
    const rule = builtinRules.find((r) => r.id === RUSH)!;
    const inDonghai = linter().effectiveRules('990100').find((r) => r.rule.id === RUSH)!;
    const inJiangsu = linter().effectiveRules('320500').find((r) => r.rule.id === RUSH)!;
    expect(inDonghai).toMatchObject({ severity: 'warning', changedBy: 'donghai' });
    expect(inDonghai.options.factor).toBe(2);
    expect(inJiangsu.options.factor).toBe((rule.defaultOptions as { factor?: unknown }).factor);
    expect(inJiangsu.changedBy).toBeUndefined();
  });

  it('flags 2.5 times the usual issuance in Donghai, not elsewhere', () => {
    // 车工 exits 2020-09-30. About 10 certificates per 30 days from March to August, then 25 in September.
    const issued = (n: number, issuedOn: string): CertificateRecord => ({
      type: 'vocational-qualification',
      number: `2099010000${String(n).padStart(3, '0')}`,
      holder: { name: '林海生', idNumber: '11010519491231002X' },
      occupation: '车工',
      level: 4,
      issuer: { name: '东海市职业技能鉴定指导中心', type: 'assessment-center' },
      issuedOn,
    });
    const records = [
      ...Array.from({ length: 60 }, (_, i) => issued(i, addDays('2020-03-05', i * 3))),
      ...Array.from({ length: 25 }, (_, i) => issued(100 + i, addDays('2020-09-05', i))),
    ];
    // Each record is judged under the plugins of its own region.
    const run = (region: string) => {
      const set = linter().certificateSet();
      records.forEach((record, index) => set.add({ ...record, region }, index));
      return set.finish().filter((d) => d.ruleId === RUSH);
    };
    expect(run('990100').map((d) => ({ severity: d.severity, plugin: d.plugin }))).toEqual([{ severity: 'warning', plugin: 'donghai' }]);
    expect(run('320500')).toEqual([]);
  });
});

describe('catalog patch: 潜水员 is access-type in Donghai (12号 §三)', () => {
  const diver = (region: string) => donghaiPlan({ region, items: [{ occupation: '潜水员', levels: [5], candidates: 30 }] });

  it('is in the catalog for region 99 documents, as access-type, with the plugin as its origin', () => {
    const info = linter().profileFor('990100').catalog.findOccupation('潜水员');
    expect(info).toMatchObject({ category: 'access', batch: null, exitDate: null, origin: 'donghai' });
    expect(linter().profileFor('990100').catalog.isExited('潜水员', '2030-01-01')).toBe(false);
  });

  it('is not in the catalog for any other region', () => {
    expect(linter().profileFor('320500').catalog.has('潜水员')).toBe(false);
    expect(linter().profileFor('330100').catalog.has('潜水员')).toBe(false);
  });

  it('a Donghai plan of 潜水员 passes core/occupation-in-catalog', () => {
    expect(linter().lintValue(diver('990100'), 'plan').filter((d) => d.ruleId === 'core/occupation-in-catalog')).toEqual([]);
  });

  it("a Jiangsu plan of 潜水员 does not: the patch is Donghai's alone", () => {
    const found = linter().lintValue(diver('320500'), 'plan').filter((d) => d.ruleId === 'core/occupation-in-catalog');
    expect(found.map((d) => d.pointer)).toEqual(['/items/0/occupation']);
  });

  it('a certificate without a region is checked with every configured plugin, so the patch applies', () => {
    const record: CertificateRecord = {
      type: 'vocational-qualification',
      number: '2099010000001',
      holder: { name: '林海生', idNumber: '11010519491231002X' },
      occupation: '潜水员',
      level: 4,
      issuer: { name: '东海市职业技能鉴定指导中心', type: 'assessment-center' },
      issuedOn: '2021-05-20',
      assessedOn: '2021-05-08',
    };
    expect(linter().lintValue(record, 'certificate').filter((d) => d.ruleId === 'core/occupation-in-catalog')).toEqual([]);
    expect(linter().lintValue({ ...record, region: '320500' }, 'certificate').filter((d) => d.ruleId === 'core/occupation-in-catalog')).toHaveLength(1);
  });
});
