import { defineRule } from '../../engine/rule.js';
import { addDays, isIsoDate } from '../../dates.js';
import { NATIONAL_80 } from '../sources.js';

export interface RushIssuanceOptions {
  windowDays: number;
  factor: number;
  min: number;
  baselineDays: number;
}

interface Tally {
  issuer: string;
  occupation: string;
  exitDate: string;
  /** Certificates issued in [exit − windowDays, exit). */
  window: number;
  /** Certificates issued in the baselineDays before the window. */
  baseline: number;
  /** Stream index of the first record counted in the window (the finding is attached to it). */
  firstInWindow: number;
}

/**
 * A burst of certificates just before an occupation exits ("突击发证"), per issuer and occupation. Streaming:
 * one counter pair per (issuer, occupation), filled as records pass; records themselves are never kept.
 */
export const rushIssuance = defineRule({
  id: 'national/rush-issuance',
  meta: {
    docs: {
      description: {
        'zh-CN': '同一发证机构、同一职业在退出目录前的时间窗内突击发放职业资格证书',
        en: 'An issuer rushes out vocational-qualification certificates for an occupation in the days before it exits',
      },
      page: 'docs/rules/national/rush-issuance.md',
    },
    source: {
      document: NATIONAL_80,
      section: '§四',
      quote: '要规范实施职业技能鉴定，保证鉴定质量，严格职业资格证书发放，严禁违规、突击发放证书。',
    },
    messages: {
      rush: {
        'zh-CN': '{issuer}在“{occupation}”退出目录（{exitDate}）前 {windowDays} 天内颁发职业资格证书 {count} 本，超过此前平均水平（每 {windowDays} 天 {baseline} 本）的 {factor} 倍，疑似突击发证',
        en: '{issuer} issued {count} "{occupation}" certificates in the {windowDays} days before it left the catalog ({exitDate}), over {factor} × the earlier rate ({baseline} per {windowDays} days): a possible rush',
      },
    },
    defaultSeverity: 'warning',
    appliesTo: ['certificate-set'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        windowDays: {
          type: 'integer',
          minimum: 1,
          description: '退出日期前的观察窗口天数：[退出日 − windowDays, 退出日) | Days of the window before the exit date: [exit − windowDays, exit)',
        },
        factor: {
          type: 'number',
          minimum: 0,
          description: '窗口内发证数须超过基线的倍数 | How many times the baseline the window count must exceed',
        },
        min: {
          type: 'integer',
          minimum: 1,
          description: '窗口内发证数至少达到此数才报告（避免小数量误报） | Smallest window count reported (keeps small numbers quiet)',
        },
        baselineDays: {
          type: 'integer',
          minimum: 1,
          description: '窗口之前用于计算基线的天数；基线 = 该期间发证数 × windowDays ÷ baselineDays | Days before the window the baseline is taken from; baseline = count in them × windowDays ÷ baselineDays',
        },
      },
    },
    fixable: false,
  },
  defaultOptions: { windowDays: 30, factor: 3, min: 20, baselineDays: 180 } as RushIssuanceOptions,
  collect(context) {
    const { windowDays, factor, min, baselineDays } = context.options;
    const tallies = new Map<string, Tally>();
    /** Window bounds per exit date (two batches: two entries). */
    const bounds = new Map<string, { windowStart: string; baselineStart: string }>();
    const boundsOf = (exitDate: string) => {
      let b = bounds.get(exitDate);
      if (!b) {
        const windowStart = addDays(exitDate, -windowDays);
        b = { windowStart, baselineStart: addDays(windowStart, -baselineDays) };
        bounds.set(exitDate, b);
      }
      return b;
    };
    return {
      record(record, index, info) {
        const r = record as { type?: unknown; issuer?: unknown; occupation?: unknown; issuedOn?: unknown };
        if (r.type !== 'vocational-qualification' || typeof r.occupation !== 'string' || !isIsoDate(r.issuedOn)) return;
        const issuer = r.issuer && typeof r.issuer === 'object' ? (r.issuer as { name?: unknown }).name : undefined;
        if (typeof issuer !== 'string' || issuer === '') return;
        const exitDate = (info?.catalog ?? context.catalog).exitDateOf(r.occupation);
        if (exitDate === null || r.issuedOn >= exitDate) return;
        const { windowStart, baselineStart } = boundsOf(exitDate);
        if (r.issuedOn < baselineStart) return;
        const key = `${issuer}\u0000${r.occupation}`;
        let tally = tallies.get(key);
        if (!tally) {
          tally = { issuer, occupation: r.occupation, exitDate, window: 0, baseline: 0, firstInWindow: -1 };
          tallies.set(key, tally);
        }
        if (r.issuedOn >= windowStart) {
          tally.window++;
          if (tally.firstInWindow < 0 || index < tally.firstInWindow) tally.firstInWindow = index;
        } else {
          tally.baseline++;
        }
      },
      finish() {
        const findings = [...tallies.values()]
          .map((t) => ({ ...t, rate: (t.baseline * windowDays) / baselineDays }))
          .filter((t) => t.window >= min && t.window > factor * t.rate)
          .sort((a, b) => a.firstInWindow - b.firstInWindow);
        for (const t of findings) {
          context.report({
            messageId: 'rush',
            pointer: '/issuedOn',
            record: t.firstInWindow,
            data: {
              issuer: t.issuer,
              occupation: t.occupation,
              exitDate: t.exitDate,
              count: t.window,
              baseline: Math.round(t.rate * 10) / 10,
              windowDays,
              factor,
            },
          });
        }
        tallies.clear();
      },
    };
  },
});
