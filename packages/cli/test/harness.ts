import { run, type CliIO } from '../src/index.js';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process as a scenario: a command, its inputs, and what it prints and returns. */
export async function qualcat(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? {},
    isTTY: false,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

export const repoRoot = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
