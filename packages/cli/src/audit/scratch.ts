import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QualcatCliError } from '../errors.js';

/** The temp folder could not be made or written (a full disk, a read-only TMPDIR): the whole run stops. */
export class ScratchError extends QualcatCliError {
  constructor(directory: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException)?.code ?? String((cause as Error)?.message ?? cause);
    super('QC_SCRATCH', `cannot write the audit's temp data in ${directory} (${code}): free some space there or point TMPDIR at a larger disk`);
    this.name = 'ScratchError';
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * A private temp folder for what an audit moves out of memory (old rows of the record table, findings beyond the
 * in-memory budget, the data-set rules' spilled keys). Empty unless the run outgrows its memory budget; removed by
 * {@link dispose}, and on process exit or Ctrl-C/SIGTERM if a run ends without it.
 */
export class ScratchDir {
  private path: string | undefined;
  private readonly fds: number[] = [];
  private readonly onExit = () => this.dispose();
  /** Ctrl-C or a kill: remove the folder, then die of the same signal (Node's default would skip 'exit'). */
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.dispose();
    process.kill(process.pid, signal);
  };

  constructor(private readonly parent: string = tmpdir()) {}

  /**
   * The folder, made now; `undefined` if it cannot be made (the error comes when something must be written). Given
   * to the data-set rules as their spill folder, so the signal handling here removes what they spilled too.
   */
  folder(): string | undefined {
    try {
      return this.make();
    } catch {
      return undefined;
    }
  }

  private make(): string {
    if (!this.path) {
      this.path = mkdtempSync(join(this.parent, 'qualcat-audit-'));
      process.once('exit', this.onExit);
      for (const signal of SIGNALS) process.once(signal, this.onSignal);
    }
    return this.path;
  }

  /** A new file in the folder, open for reading and writing (fd). */
  open(name: string): number {
    try {
      const fd = openSync(join(this.make(), name), 'w+', 0o600);
      this.fds.push(fd);
      return fd;
    } catch (error) {
      throw new ScratchError(this.path ?? this.parent, error);
    }
  }

  dispose(): void {
    for (const fd of this.fds.splice(0)) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    if (this.path) {
      rmSync(this.path, { recursive: true, force: true });
      this.path = undefined;
      process.removeListener('exit', this.onExit);
      for (const signal of SIGNALS) process.removeListener(signal, this.onSignal);
    }
  }

  /** Writes all of `buffer` at `position` of a file from {@link open} (writeSync may write less than asked). */
  write(fd: number, buffer: Uint8Array, position: number): void {
    try {
      let done = 0;
      while (done < buffer.length) done += writeSync(fd, buffer, done, buffer.length - done, position + done);
    } catch (error) {
      throw new ScratchError(this.path ?? this.parent, error);
    }
  }
}

/** Reads `buffer.length` bytes at `position`, or up to the end of the file; returns how many were read. */
export function readFully(fd: number, buffer: Uint8Array, position: number): number {
  let done = 0;
  while (done < buffer.length) {
    const n = readSync(fd, buffer, done, buffer.length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}
