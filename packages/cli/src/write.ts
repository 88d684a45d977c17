import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The file exists and the user may not write it. Renaming over it needs only the folder's permission, so without this
 * check a read-only file would be replaced silently; `code` is the system's answer (EACCES, EPERM, EROFS).
 */
export class ReadOnlyFileError extends Error {
  readonly code: string;
  constructor(
    readonly path: string,
    code: string,
  ) {
    super(`${code}: ${path} is read-only`);
    this.name = 'ReadOnlyFileError';
    this.code = code;
  }
}

/** A file written atomically in as many pieces as needed (a streamed report): nothing is visible until commit(). */
export interface AtomicWriter {
  write(text: string): Promise<void>;
  /** fsync, close, then rename over the target. */
  commit(): Promise<void>;
  /** Close and remove the temp file; the target is untouched. */
  abort(): Promise<void>;
}

/**
 * Opens an atomic write: a temp file in the same folder, fsync, then rename over the target. A crash or a failed
 * write (full disk, file size limit) leaves the original intact, and a failed write leaves no temp file behind.
 * An existing file the user may not write is refused (ReadOnlyFileError); a replaced file keeps its permission bits
 * and, where the system lets us, its owner.
 */
export async function openAtomicWriter(path: string): Promise<AtomicWriter> {
  const existing = await stat(path).catch(() => undefined);
  if (existing) {
    try {
      await access(path, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw new ReadOnlyFileError(path, code ?? 'EACCES');
    }
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', existing ? existing.mode & 0o777 : 0o644);
  let closed = false;
  const abort = async () => {
    if (!closed) {
      closed = true;
      await handle.close().catch(() => {});
    }
    await unlink(temp).catch(() => {});
  };
  const guarded = async (step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      await abort();
      throw error;
    }
  };
  await guarded(async () => {
    if (!existing) return;
    // As `sed -i` does: the owner is kept when we may (root fixing another user's file); else the file becomes ours.
    if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) await handle.chown(existing.uid, existing.gid).catch(() => {});
    // open()'s mode passes through the umask: without this a 0664 file would come back 0644.
    await handle.chmod(existing.mode & 0o777);
  });
  return {
    write: (text) => guarded(() => handle.writeFile(text, 'utf8')),
    commit: () =>
      guarded(async () => {
        await handle.sync();
        closed = true;
        await handle.close();
        await rename(temp, path);
      }),
    abort,
  };
}

/** Writes a whole file atomically (see {@link openAtomicWriter}). */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const writer = await openAtomicWriter(path);
  await writer.write(content);
  await writer.commit();
}
