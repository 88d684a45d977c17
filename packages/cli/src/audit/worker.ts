/**
 * Worker-thread entry (dist/audit-worker.js): lints batches of certificate records with the per-record rules.
 * It loads the same config the main thread loaded, with the same asOf and locale, so its findings are the
 * ones the main thread would have produced; data-set rules stay on the main thread.
 */
import { workerData } from 'piscina';
import { ConfigCache } from '../config.js';
import { lintBatch, type BatchFindings } from './pipeline.js';
import { lookupOf } from './plans.js';
import type { WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const ready = (async () => {
  const loaded = await new ConfigCache(setup.choice).load(setup.configPath);
  return { linter: loaded.linter, plans: setup.plans ? lookupOf(setup.plans) : undefined };
})();

export default async function lint(task: { values: unknown[] }): Promise<BatchFindings> {
  const { linter, plans } = await ready;
  return lintBatch(linter, task.values, plans);
}
