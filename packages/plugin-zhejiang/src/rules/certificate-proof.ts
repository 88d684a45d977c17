import { defineRule, pointerOf, ZHEJIANG_27 } from '@qualcat/sdk';
import { dateField, fields } from '../document.js';

/**
 * 27号 §四 三是: for a lost or wrong certificate issued before the exit, the original issuer issues a
 * 《浙江省技能人员职业资格证书证明》. A proof therefore stands for a pre-exit original, comes from the original
 * issuer, and says why it was issued (lost / correction).
 */
export const certificateProof = defineRule<Record<string, never>, 'originalAfterExit' | 'notOriginalIssuer' | 'noReason'>({
  id: 'zhejiang/certificate-proof',
  meta: {
    docs: {
      description: {
        'zh-CN': '《浙江省技能人员职业资格证书证明》仅为退出目录前发放的证书出具，由原发证机构出具并注明事由',
        en: 'A Zhejiang qualification proof stands for a pre-exit certificate, comes from its original issuer and gives a reason',
      },
      page: 'docs/rules/zhejiang/certificate-proof.md',
    },
    source: {
      document: ZHEJIANG_27,
      section: '§四 三是',
      quote: '退出目录前已发放职业资格证书的遗失补办或错证信息修改等事项，由原证书颁发机构出具《浙江省技能人员职业资格证书证明》。',
    },
    messages: {
      originalAfterExit: {
        'zh-CN': '原证书发证日期 {originalIssuedOn} 不早于“{occupation}”退出目录日期 {exitDate}：证明只为退出目录前已发放的证书出具',
        en: 'The original certificate was issued on {originalIssuedOn}, on/after "{occupation}" left the catalog ({exitDate}): proofs are only for certificates issued before the exit',
      },
      notOriginalIssuer: {
        'zh-CN': '证明应由原证书颁发机构“{originalIssuer}”出具，而非“{issuer}”',
        en: 'The proof must be issued by the original issuer "{originalIssuer}", not "{issuer}"',
      },
      noReason: {
        'zh-CN': '证明未注明事由（遗失补办或错证信息修改）',
        en: 'The proof gives no reason (lost certificate or correction of wrong details)',
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
    if (!record || record.type !== 'qualification-proof') return;
    const proof = fields(record.proof);
    if (!proof) return; // a proof record without `proof` fails the schema

    const occupation = record.occupation;
    const originalIssuedOn = dateField(proof.originalIssuedOn);
    const exitDate = typeof occupation === 'string' ? context.catalog.exitDateOf(occupation) : null;
    if (originalIssuedOn !== undefined && exitDate !== null && originalIssuedOn >= exitDate) {
      context.report({
        messageId: 'originalAfterExit',
        pointer: pointerOf('proof', 'originalIssuedOn'),
        data: { originalIssuedOn, occupation, exitDate },
      });
    }

    const issuer = fields(record.issuer)?.name;
    const originalIssuer = proof.originalIssuer;
    // Names compare exactly, apart from surrounding blanks: a renamed or merged issuer is for a human to judge.
    if (typeof issuer === 'string' && issuer && typeof originalIssuer === 'string' && originalIssuer && issuer.trim() !== originalIssuer.trim()) {
      context.report({ messageId: 'notOriginalIssuer', pointer: pointerOf('issuer', 'name'), data: { issuer, originalIssuer } });
    }

    if (!('reason' in proof) || proof.reason === undefined) {
      context.report({ messageId: 'noReason', pointer: pointerOf('proof') });
    }
  },
});
