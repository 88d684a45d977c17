import type { ProgressSink } from './pipeline.js';

/** Progress shows only once this much has been read: small files finish before it would be readable. */
export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;
const REDRAW_MS = 200;

/**
 * A one-line progress meter on stderr ("\r"-redrawn): records/s and, when the total size is known, % done.
 * Only made when stdout is a terminal: piped or redirected runs stay silent.
 */
export class TerminalProgress implements ProgressSink {
  private readonly startedAt: number;
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly minBytes = PROGRESS_MIN_BYTES,
  ) {
    this.startedAt = now();
  }

  update(p: { bytes: number; totalBytes?: number; records: number; file: string }): void {
    const t = this.now();
    if (p.bytes < this.minBytes && (p.totalBytes === undefined || p.totalBytes < this.minBytes)) return;
    if (this.shown && t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.shown = true;
    this.write(`\r\u001b[2K${renderProgress(p, (t - this.startedAt) / 1000)}`);
  }

  done(): void {
    if (this.shown) this.write('\r\u001b[2K');
    this.shown = false;
  }
}

export function renderProgress(p: { bytes: number; totalBytes?: number; records: number }, seconds: number): string {
  const rate = seconds > 0 ? Math.round(p.records / seconds) : 0;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  const parts = [`auditing: ${p.records.toLocaleString('en-US')} records`, `${rate.toLocaleString('en-US')} records/s`];
  if (p.totalBytes) {
    const pct = Math.min(100, (p.bytes / p.totalBytes) * 100);
    parts.push(`${pct.toFixed(1)}% of ${mb(p.totalBytes)} MB`);
    if (rate > 0 && pct > 0 && pct < 100) parts.push(`~${Math.ceil((seconds * (100 - pct)) / pct)} s left`);
  } else parts.push(`${mb(p.bytes)} MB read`);
  return parts.join(' · ');
}
