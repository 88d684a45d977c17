import { once } from 'node:events';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  /** Writes to standard output; `false` means "buffered: wait for {@link drain} before writing much more". */
  stdout: (text: string) => boolean | void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** Resolves when standard output has taken what was buffered (large streamed reports wait for it). */
  drain?: () => Promise<void>;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    drain: async () => {
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
    },
  };
}
