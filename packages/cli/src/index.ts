export { run } from './program.js';
export type { CliIO } from './io.js';
export { processIO } from './io.js';
export { QualcatCliError, UsageError } from './errors.js';
export { writeFileAtomic } from './write.js';
