import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './errors.js';

export const PLAN_FILE = /\.plan\.(json|ya?ml)$/i;

/**
 * Expands the command line's PATHS: files as given, folders searched recursively for plan files, globs matched.
 * Missing paths are reported, not fatal. Symlink loops are not followed.
 */
export async function expandPaths(paths: readonly string[], cwd: string, match = PLAN_FILE): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const p of paths) {
    if (isDynamicPattern(p)) {
      const found = await glob(p, { cwd, absolute: true, followSymbolicLinks: false, ignore: ['**/node_modules/**'] });
      if (found.length === 0) missing.push(p);
      found.sort().forEach((f) => files.add(f));
      continue;
    }
    const abs = resolve(cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (info.isDirectory()) {
      const found = (await glob('**/*', { cwd: abs, absolute: true, followSymbolicLinks: false, ignore: ['**/node_modules/**'] })).filter((f) => match.test(f));
      // A folder given by name that holds no plan file is as good as missing: say so rather than pass silently.
      if (found.length === 0) missing.push(p);
      found.sort().forEach((f) => files.add(f));
    } else files.add(abs);
  }
  if (paths.length === 0) throw new UsageError('no files given: pass plan files, folders or globs');
  return { files: [...files], missing };
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: 'not-utf8' | 'unreadable' | 'too-large'; detail: string };

/** A plan file is a few KB to a few MB; anything past this is refused unread rather than exhausting memory. */
export const MAX_PLAN_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a text file as UTF-8 (BOM stripped); says so when it is not UTF-8 rather than guessing. */
export async function readText(path: string, maxBytes = MAX_PLAN_FILE_BYTES): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > maxBytes) return { ok: false, problem: 'too-large', detail: `${Math.round(size / 1048576)} MB > ${maxBytes / 1048576} MB` };
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'not-utf8', detail: 'UTF-16 (save the file as UTF-8)' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, problem: 'not-utf8', detail: 'invalid UTF-8 bytes (GBK? save the file as UTF-8)' };
  }
}
