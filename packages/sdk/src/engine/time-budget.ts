import { createContext, Script } from 'node:vm';

/**
 * Runs plugin code with a time budget. Node's vm watchdog interrupts whatever JavaScript runs on the thread once the
 * budget is spent, including functions defined outside the vm context, and turns it into an exception: a rule stuck
 * in a loop stops, and the engine goes on. Starting the watchdog costs ~0.2 ms, so only third-party plugin rules
 * run this way; qualcat's own and bundled rules run directly.
 */
// Made on the first budgeted call: a run with only built-in and bundled rules never creates a vm context.
let vm: { context: { fn: (() => void) | null }; script: Script } | undefined;

export class TimeBudgetExceeded extends Error {
  readonly code = 'QC_TIME_BUDGET';
  constructor(readonly budgetMs: number) {
    super(`did not finish within ${budgetMs} ms`);
    this.name = 'TimeBudgetExceeded';
  }
}

export function runWithTimeBudget(fn: () => void, budgetMs: number): void {
  vm ??= { context: createContext({ fn: null }) as { fn: (() => void) | null }, script: new Script('fn()', { filename: 'qualcat-time-budget.js' }) };
  const { context, script } = vm;
  context.fn = fn;
  try {
    script.runInContext(context, { timeout: budgetMs, breakOnSigint: false });
  } catch (error) {
    if ((error as { code?: string })?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeBudgetExceeded(budgetMs);
    throw error;
  } finally {
    context.fn = null;
  }
}
