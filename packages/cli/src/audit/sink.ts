import { QualcatCliError } from '../errors.js';
import type { CliIO } from '../io.js';
import { openAtomicWriter, ReadOnlyFileError, type AtomicWriter } from '../write.js';

/** Where a report goes, a piece at a time. */
export interface TextSink {
  write(text: string): Promise<void>;
  /** All written: make it visible (the --out file is renamed into place). */
  end(): Promise<void>;
  /** Something failed: leave nothing half-written behind. */
  abort(): Promise<void>;
}

/** Pieces are gathered up to this many characters before one write. */
const PIECE = 64 * 1024;

/**
 * Writes `chunks` to `sink` in pieces of ~64 KB, each passed through `transform` (the PII mask). A chunk is never
 * split, so a transform that works on whole chunks (an ID number lies inside one) sees each match whole.
 */
export async function pump(chunks: Iterable<string>, sink: TextSink, transform: (text: string) => string = (t) => t): Promise<void> {
  let pending: string[] = [];
  let size = 0;
  try {
    for (const chunk of chunks) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= PIECE) {
        await sink.write(transform(pending.join('')));
        pending = [];
        size = 0;
      }
    }
    if (pending.length) await sink.write(transform(pending.join('')));
  } catch (error) {
    await sink.abort();
    throw error;
  }
  await sink.end();
}

/** Standard output, waiting when the reader is slower than the report (a pipe to `less`, a slow disk). */
export function stdoutSink(io: CliIO): TextSink {
  return {
    write: async (text) => {
      if (io.stdout(text) === false && io.drain) await io.drain();
    },
    end: async () => {},
    abort: async () => {},
  };
}

/**
 * A file written atomically: a report being replaced is never seen half-written (a browser may have it open), and
 * a failure half-way (a full disk) leaves the previous report as it was. `label` is the path as the user gave it.
 */
export async function fileSink(path: string, label: string): Promise<TextSink> {
  const failed = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);
    return new QualcatCliError('QC_IO', `cannot write --out ${label}: ${error instanceof ReadOnlyFileError ? `the file is read-only (${code})` : code}`);
  };
  const guard =
    <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      try {
        await fn(...args);
      } catch (error) {
        throw failed(error);
      }
    };
  let writer: AtomicWriter;
  try {
    writer = await openAtomicWriter(path);
  } catch (error) {
    throw failed(error);
  }
  return { write: guard((text: string) => writer.write(text)), end: guard(() => writer.commit()), abort: () => writer.abort() };
}
