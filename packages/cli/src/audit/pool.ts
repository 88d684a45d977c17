import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Plan } from '@qualcat/sdk';
import type { ConfigChoice } from '../config.js';
import type { BatchFindings, BatchLinter } from './pipeline.js';

/** What a worker needs to build the same linter as the main thread. */
export interface WorkerSetup {
  configPath?: string;
  choice: ConfigChoice;
  plans?: Plan[];
}

/**
 * Below this much input, workers cost more than they save: each loads the config, the catalog and the validators
 * (~0.2–0.3 s) and records have to be copied to them. 32 MB is ~110,000 NDJSON records, ~3 s of single-threaded work.
 */
export const WORKERS_MIN_BYTES = 32 * 1024 * 1024;

/**
 * The main thread keeps reading, decoding, parsing, the data-set rules and copying records to the workers; only
 * the per-record rules move. Measured on this project's 2-core machine (300,000 NDJSON records, best of 5 runs,
 * other jobs running): none 3.96 s, 1 worker 3.67 s, 2 workers 3.88 s — within noise, for 60–100 MB more memory.
 * So with fewer than {@link MIN_CORES_FOR_WORKERS} cores the default is none; with more, one per core but the
 * main thread's, at most {@link MAX_DEFAULT_WORKERS} (past that the main thread is the bottleneck).
 */
export const MIN_CORES_FOR_WORKERS = 4;
export const MAX_DEFAULT_WORKERS = 3;

/** The built worker: next to this module in dist/, or dist/ seen from src/audit/ when running from sources (tests). */
export function workerFile(): string | undefined {
  for (const candidate of ['./audit-worker.js', '../../dist/audit-worker.js']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * How many worker threads to use: `--workers N` when given (0 = none); otherwise none for small or unknown-size
 * input (stdin) or few cores, and cores − 1 (at most {@link MAX_DEFAULT_WORKERS}) for large input on many cores.
 */
export function chooseWorkers(requested: number | undefined, totalBytes: number | undefined, cores = availableParallelism()): number {
  if (requested !== undefined) return requested;
  if (totalBytes === undefined || totalBytes < WORKERS_MIN_BYTES || cores < MIN_CORES_FOR_WORKERS) return 0;
  return Math.min(cores - 1, MAX_DEFAULT_WORKERS);
}

/** Per-record linting in a piscina pool; batches come back in the order they were sent (the pipeline awaits in order). */
export function poolBatchLinter(threads: number, setup: WorkerSetup): BatchLinter {
  const filename = workerFile();
  if (!filename) throw new Error('the audit worker (dist/audit-worker.js) is missing: build the CLI, or run with --workers 0');
  const pool = new Piscina({ filename, minThreads: threads, maxThreads: threads, workerData: setup, idleTimeout: 60_000 });
  return {
    lint: (values) => pool.run({ values }) as Promise<BatchFindings>,
    // Enough queued work to keep every worker busy while the main thread reads on, and no more (memory).
    maxInFlight: threads * 2 + 1,
    close: () => pool.destroy(),
  };
}
