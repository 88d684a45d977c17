/** Errors a user sees as one clear sentence; programs see the code. Exit code 2 (usage, config, I/O). */
export class QualcatCliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'QualcatCliError';
  }
}

export class UsageError extends QualcatCliError {
  constructor(message: string) {
    super('QC_USAGE', message);
    this.name = 'UsageError';
  }
}
