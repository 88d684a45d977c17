import { isIsoDate, toDayNumber, fromDayNumber, type Diagnostic, type ResolvedCatalog, type Severity } from '@qualcat/sdk';

export const CERTIFICATE_TYPES = ['vocational-qualification', 'skill-level', 'qualification-proof', 'other'] as const;
export type CertificateTypeKey = (typeof CERTIFICATE_TYPES)[number];

/** The weeks shown around an exit date: enough before to see the baseline, a quarter after to see the tail. */
export const WEEKS_BEFORE_EXIT = 26;
export const WEEKS_AFTER_EXIT = 13;

export interface WeekBin {
  /** First day of the week; weeks are aligned so that the exit date starts a week. */
  start: string;
  /** Week number relative to the exit: -1 is the last full week before exit, 0 the week starting on it. */
  offset: number;
  counts: Record<CertificateTypeKey, number>;
}

export interface ExitChart {
  batch: number;
  exitDate: string;
  weeks: WeekBin[];
  /** Certificates of this batch's occupations issued outside the window shown. */
  outside: number;
}

export interface RankedName {
  name: string;
  certificates: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface ReportData {
  records: number;
  brokenRecords: number;
  files: Array<{ file: string; format: string; encoding: string; records: number; errors: number; warnings: number; infos: number }>;
  bySeverity: Record<Severity, number>;
  byRule: Array<{ ruleId: string; description?: string; error: number; warning: number; info: number }>;
  issuers: RankedName[];
  occupations: RankedName[];
  charts: ExitChart[];
  asOf: string;
  generatedWith: string;
}

const emptyCounts = (): Record<CertificateTypeKey, number> => ({ 'vocational-qualification': 0, 'skill-level': 0, 'qualification-proof': 0, other: 0 });

/** What the HTML report needs, aggregated while records stream past: memory is per issuer/occupation/week. */
export class AuditStats {
  private readonly exits: Array<{ batch: number; exitDate: string; exitDay: number; bins: Array<Record<CertificateTypeKey, number>>; outside: number }>;
  private readonly byExitDate = new Map<string, number>();
  private readonly issuerCounts: number[] = [];
  private readonly occupationCounts: number[] = [];
  private readonly issuerFindings: Array<[number, number, number]> = [];
  private readonly occupationFindings: Array<[number, number, number]> = [];
  readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  readonly byRule = new Map<string, Record<Severity, number>>();

  constructor(private readonly catalog: ResolvedCatalog) {
    const batches = catalog.data.batches.map((b) => ({ batch: b.id, exitDate: b.exitDate })).sort((a, b) => a.batch - b.batch);
    this.exits = batches.map((b, k) => {
      this.byExitDate.set(b.exitDate, k);
      return { ...b, exitDay: toDayNumber(b.exitDate), bins: Array.from({ length: WEEKS_BEFORE_EXIT + WEEKS_AFTER_EXIT }, emptyCounts), outside: 0 };
    });
  }

  addRecord(value: unknown, issuerId: number, occupationId: number): void {
    if (issuerId >= 0) this.issuerCounts[issuerId] = (this.issuerCounts[issuerId] ?? 0) + 1;
    if (occupationId >= 0) this.occupationCounts[occupationId] = (this.occupationCounts[occupationId] ?? 0) + 1;
    const r = value as { type?: unknown; occupation?: unknown; issuedOn?: unknown };
    if (typeof r.occupation !== 'string' || !isIsoDate(r.issuedOn)) return;
    const exitDate = this.catalog.exitDateOf(r.occupation);
    if (exitDate === null) return;
    const k = this.byExitDate.get(exitDate);
    if (k === undefined) return;
    const exit = this.exits[k]!;
    const week = Math.floor((toDayNumber(r.issuedOn) - exit.exitDay) / 7) + WEEKS_BEFORE_EXIT;
    if (week < 0 || week >= exit.bins.length) {
      exit.outside++;
      return;
    }
    const type = (CERTIFICATE_TYPES as readonly unknown[]).includes(r.type) ? (r.type as CertificateTypeKey) : 'other';
    exit.bins[week]![type]++;
  }

  addFinding(d: Pick<Diagnostic, 'ruleId' | 'severity'>, issuerId: number, occupationId: number): void {
    this.bySeverity[d.severity]++;
    let rule = this.byRule.get(d.ruleId);
    if (!rule) this.byRule.set(d.ruleId, (rule = { error: 0, warning: 0, info: 0 }));
    rule[d.severity]++;
    const slot = d.severity === 'error' ? 0 : d.severity === 'warning' ? 1 : 2;
    if (issuerId >= 0) (this.issuerFindings[issuerId] ??= [0, 0, 0])[slot]++;
    if (occupationId >= 0) (this.occupationFindings[occupationId] ??= [0, 0, 0])[slot]++;
  }

  charts(): ExitChart[] {
    return this.exits.map((e) => ({
      batch: e.batch,
      exitDate: e.exitDate,
      outside: e.outside,
      weeks: e.bins.map((counts, w) => ({ start: fromDayNumber(e.exitDay + (w - WEEKS_BEFORE_EXIT) * 7), offset: w - WEEKS_BEFORE_EXIT, counts })),
    }));
  }

  /** The names with the most findings (errors first), at most `limit`. */
  worst(kind: 'issuers' | 'occupations', names: readonly string[], limit = 15): RankedName[] {
    const counts = kind === 'issuers' ? this.issuerCounts : this.occupationCounts;
    const findings = kind === 'issuers' ? this.issuerFindings : this.occupationFindings;
    const out: RankedName[] = [];
    findings.forEach((f, id) => {
      if (!f || f[0] + f[1] + f[2] === 0) return;
      out.push({ name: names[id] ?? '', certificates: counts[id] ?? 0, errors: f[0], warnings: f[1], infos: f[2] });
    });
    out.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || b.infos - a.infos || a.name.localeCompare(b.name, 'zh-CN'));
    return out.slice(0, limit);
  }
}
