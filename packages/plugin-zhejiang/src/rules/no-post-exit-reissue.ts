import { defineRule, pointerOf, ZHEJIANG_27 } from '@qualcat/sdk';
import { dateField, fields } from '../document.js';

/**
 * 27号 §四 三是: a lost or wrong pre-exit certificate is not re-issued as a vocational-qualification certificate
 * once the occupation has left the catalog; the original issuer issues a proof (`qualification-proof`) instead.
 */
export const noPostExitReissue = defineRule<Record<string, never>, 'reissuedAfterExit'>({
  id: 'zhejiang/no-post-exit-reissue',
  meta: {
    docs: {
      description: {
        'zh-CN': '退出目录后不得补发、换发职业资格证书，应出具《浙江省技能人员职业资格证书证明》',
        en: 'No vocational-qualification certificate is re-issued after the exit: a Zhejiang proof is issued instead',
      },
      page: 'docs/rules/zhejiang/no-post-exit-reissue.md',
    },
    source: {
      document: ZHEJIANG_27,
      section: '§四 三是',
      quote: '退出目录前已发放职业资格证书的遗失补办或错证信息修改等事项，由原证书颁发机构出具《浙江省技能人员职业资格证书证明》。',
    },
    messages: {
      reissuedAfterExit: {
        'zh-CN': '“{occupation}”已于 {exitDate} 退出目录，{issuedOn} 不得再补发职业资格证书（替换 {replaces}），应由原发证机构出具《浙江省技能人员职业资格证书证明》',
        en: '"{occupation}" left the catalog on {exitDate}: on {issuedOn} no vocational-qualification certificate may re-issue {replaces}; the original issuer issues a Zhejiang qualification proof instead',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['certificate'],
    fixable: false,
  },
  defaultOptions: {},
  check(context) {
    if (context.target !== 'certificate') return;
    const record = fields(context.document);
    if (!record || record.type !== 'vocational-qualification') return;
    const { replaces, occupation } = record;
    const issuedOn = dateField(record.issuedOn);
    if (typeof replaces !== 'string' || !replaces || typeof occupation !== 'string' || issuedOn === undefined) return;
    const exitDate = context.catalog.exitDateOf(occupation);
    if (exitDate === null || issuedOn < exitDate) return;
    context.report({
      messageId: 'reissuedAfterExit',
      pointer: pointerOf('replaces'),
      data: { occupation, exitDate, issuedOn, replaces },
    });
  },
});
