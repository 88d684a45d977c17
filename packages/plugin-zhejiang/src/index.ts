/**
 * @qualcat/plugin-zhejiang: 浙人社办发〔2020〕27号 (Zhejiang's implementing notice of 人社厅发〔2020〕80号) as a
 * qualcat plugin — its own rules, stricter severities for national rules, a catalog patch and its settings.
 * The model for every other province: see README.md.
 */
import { definePlugin, ZHEJIANG_27, type CatalogPatch, type RuleSetting } from '@qualcat/sdk';
import { zhejiangRules } from './rules/index.js';
import { zhejiangSettings } from './settings.js';

/** 27号 §一 names 焊工 among the access-type qualifications; the national table does not list it at all. */
export const zhejiangCatalog: readonly CatalogPatch[] = [
  {
    op: 'add',
    occupation: '焊工',
    group: { name: '焊接人员' },
    category: 'access',
    exit: null,
    reason:
      '浙人社办发〔2020〕27号 §一：其中，焊工、保安员、安检员、民航乘务员、机场运行指挥员、消防员、应急救援员、森林消防员等依法列为准入类职业资格鉴定的，不得开展技能等级认定。',
  },
];

/** National rules 27号 is stricter about than 80号 (each explained, with its quote, in README.md "Overrides"). */
export const zhejiangOverrides: Readonly<Record<string, RuleSetting>> = {
  // 27号 §四 三是 "严禁在退出目录前违规突击鉴定、颁发职业资格证书": in Zhejiang a detected rush blocks (80号 default: warning).
  'national/rush-issuance': 'error',
};

export const zhejiang = definePlugin({
  id: 'zhejiang',
  title: '浙江省水平评价类技能人员职业资格退出目录实施意见',
  source: { document: ZHEJIANG_27, issuedOn: '2020-08-26' },
  appliesTo: { regions: ['33'] },
  rules: zhejiangRules,
  overrides: zhejiangOverrides,
  catalog: zhejiangCatalog,
  settings: zhejiangSettings,
});

export default zhejiang;

export { zhejiangRules, zhejiangSettings };
export type { ZhejiangSettings } from './settings.js';
export * from './rules/index.js';
