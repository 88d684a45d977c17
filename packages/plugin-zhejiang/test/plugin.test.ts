import { builtinRules, defineRule, Linter, occupationInCatalog, NATIONAL_80 } from '@qualcat/sdk';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zhejiang, zhejiangCatalog, zhejiangOverrides, zhejiangSettings } from '../src/index.js';
import { plan } from './fixtures.js';

const seed = readFileSync(fileURLToPath(new URL('../docs/sources/notices.txt', import.meta.url)), 'utf8');

/** A stand-in for the national rule the plugin overrides, so the override mechanics are tested on their own. */
const rushIssuanceStandIn = defineRule({
  id: 'national/rush-issuance',
  meta: {
    docs: { description: { 'zh-CN': '替身', en: 'stand-in' } },
    source: { document: NATIONAL_80, section: '§四', quote: '严禁违规、突击发放证书。' },
    messages: { rush: { 'zh-CN': '突击', en: 'rush' } },
    defaultSeverity: 'warning',
    appliesTo: ['certificate-set'],
  },
  defaultOptions: {},
  collect: () => ({ record() {}, finish() {} }),
});

describe('configuration', () => {
  it('loads with the built-in rules without a configuration problem', () => {
    // Needs national/rush-issuance among the built-in rules (packages/sdk/src/rules/national).
    expect(new Linter({ rules: builtinRules, plugins: [zhejiang] }).problems).toEqual([]);
  });

  it('overrides only rules that exist: with the national rule present there is no problem', () => {
    expect(new Linter({ rules: [rushIssuanceStandIn], plugins: [zhejiang] }).problems).toEqual([]);
  });

  it('raises national/rush-issuance to error in Zhejiang only', () => {
    const linter = new Linter({ rules: [rushIssuanceStandIn], plugins: [zhejiang] });
    const severity = (region: string | undefined) => linter.effectiveRules(region).find((r) => r.rule.id === 'national/rush-issuance');
    expect(severity('330100')).toMatchObject({ severity: 'error', changedBy: 'zhejiang' });
    expect(severity('320000')).toMatchObject({ severity: 'warning' });
    expect(severity('320000')?.changedBy).toBeUndefined();
    expect(Object.keys(zhejiangOverrides)).toEqual(['national/rush-issuance']);
  });

  it('lets the config turn the override back', () => {
    const linter = new Linter({ rules: [rushIssuanceStandIn], plugins: [zhejiang], ruleSettings: { 'national/rush-issuance': 'warning' } });
    expect(linter.effectiveRules('330100').find((r) => r.rule.id === 'national/rush-issuance')).toMatchObject({ severity: 'warning', changedBy: 'config' });
  });

  it('reports bad options for its rules as config problems', () => {
    const linter = new Linter({ rules: [rushIssuanceStandIn], plugins: [zhejiang], ruleSettings: { 'zhejiang/make-up-window': ['error', { makeUpWindowMonths: 0, months: 3 }] } });
    expect(linter.problems.map((p) => [p.messageId, p.pointer])).toEqual([['invalid-options', '/rules/zhejiang~1make-up-window']]);
  });
});

describe('settings', () => {
  it('are the notice’s parameters', () => {
    expect(zhejiang.settings).toEqual({
      makeUpWindowMonths: 3,
      platform: '浙江省职业能力建设一体化平台',
      allowedQuestionBanks: ['national', 'provincial'],
      hotlines: { national: '010—84661234', zhejiang: '0571—85213802' },
      rushFrom: '2020-08-26',
      rushWindowDays: 30,
    });
    expect(zhejiang.settings).toBe(zhejiangSettings);
  });
  it('quote the notice verbatim where they come from it', () => {
    expect(seed).toContain(`统一使用“${zhejiangSettings.platform}”`);
    expect(seed).toContain(`全国、全省职业技能鉴定质量监督举报电话分别为：${zhejiangSettings.hotlines.national}、${zhejiangSettings.hotlines.zhejiang}。`);
    expect(seed).toContain('三个月内');
    expect(seed).toContain('2020年8月26日');
  });
  it('are frozen', () => {
    expect(Object.isFrozen(zhejiangSettings)).toBe(true);
    expect(Object.isFrozen(zhejiangSettings.hotlines)).toBe(true);
  });
});

describe('catalog patch: 焊工 is access-type in Zhejiang documents only', () => {
  const linter = new Linter({ rules: [rushIssuanceStandIn], plugins: [zhejiang] });

  it('adds 焊工 as access-type, never exiting, for region 33', () => {
    for (const region of ['330000', '330100', '330402']) {
      const welder = linter.profileFor(region).catalog.findOccupation('焊工');
      expect(welder, region).toMatchObject({ name: '焊工', category: 'access', batch: null, exitDate: null, origin: 'zhejiang' });
      expect(welder?.group.name).toBe('焊接人员');
    }
  });
  it('leaves other provinces’ catalog alone', () => {
    for (const region of ['320000', '440300', '130033']) expect(linter.profileFor(region).catalog.findOccupation('焊工'), region).toBeUndefined();
  });
  it('applies to documents without a region (every configured plugin checks them)', () => {
    expect(linter.profileFor(undefined).catalog.findOccupation('焊工')?.category).toBe('access');
  });
  it('changes nothing else in the catalog', () => {
    const zj = linter.profileFor('330100').catalog;
    const js = linter.profileFor('320000').catalog;
    expect(zj.size).toBe(js.size + 1);
    expect(zj.findOccupation('车工')).toEqual(js.findOccupation('车工'));
  });
  it('gives its reason from 27号 §一 verbatim', () => {
    const [patch] = zhejiangCatalog;
    expect(zhejiangCatalog).toHaveLength(1);
    expect(patch).toMatchObject({ op: 'add', occupation: '焊工', group: { name: '焊接人员' }, category: 'access', exit: null });
    const quote = patch!.reason!.replace(/^浙人社办发〔2020〕27号 §一：/, '');
    expect(seed).toContain(quote);
  });
  it('makes 焊工 a catalog occupation for a Zhejiang plan, not for a Jiangsu one', () => {
    const withCore = new Linter({ rules: [occupationInCatalog, rushIssuanceStandIn], plugins: [zhejiang] });
    const welding = (region: string) =>
      withCore.lintValue(plan({ region, publishedOn: '2021-03-01', registration: { opensOn: '2021-03-02', closesOn: '2021-03-10' }, assessmentDates: ['2021-04-01'], items: [{ occupation: '焊工', levels: [5, 4] }] }), 'plan').map((d) => [d.ruleId, d.pointer]);
    expect(welding('330402')).toEqual([]);
    expect(welding('320000')).toEqual([['core/occupation-in-catalog', '/items/0/occupation']]);
  });
});
