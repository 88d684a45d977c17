import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from './errors.js';

type Tinyglobby = typeof import('tinyglobby');
let tinyglobby: Tinyglobby | undefined;
/** The glob matcher is loaded when a folder or a glob is given: `qualcat validate one.plan.json` starts without it. */
const globber = async (): Promise<Tinyglobby> => (tinyglobby ??= await import('tinyglobby'));
/** Characters without which no path is a glob pattern (tinyglobby's isDynamicPattern decides when one is present). */
const GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;

export const PLAN_FILE = /\.plan\.(json|ya?ml)$/i;

/**
 * Expands the command line's PATHS: files as given, folders searched recursively for plan files, globs matched.
 * Missing paths are reported, not fatal. Symlink loops are not followed.
 */
export async function expandPaths(paths: readonly string[], cwd: string, match = PLAN_FILE): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const p of paths) {
    if (GLOB_CHARACTERS.test(p) && (await globber()).isDynamicPattern(p)) {
      const found = await (await globber()).glob(p, { cwd, absolute: true, followSymbolicLinks: false, ignore: ['**/node_modules/**'] });
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
      const found = (await (await globber()).glob('**/*', { cwd: abs, absolute: true, followSymbolicLinks: false, ignore: ['**/node_modules/**'] })).filter((f) => match.test(f));
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
  return readTextSync(path, maxBytes);
}

/**
 * readText without the event loop: plan files are small and many, and four thread-pool round trips per file (open,
 * stat, read, close) cost more than reading it. The common case is one native call (readFileSync to a string); only a
 * text holding U+FFFD (what invalid bytes decode to) is read again as bytes to tell a real U+FFFD from bad UTF-8.
 */
export function readTextSync(path: string, maxBytes = MAX_PLAN_FILE_BYTES): ReadResult {
  let text: string;
  try {
    // One path lookup (open); the size check and the read go through the descriptor.
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > maxBytes) return { ok: false, problem: 'too-large', detail: `${Math.round(size / 1048576)} MB > ${maxBytes / 1048576} MB` };
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  if (text.includes('\uFFFD')) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      return { ok: false, problem: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return { ok: false, problem: 'not-utf8', detail: 'UTF-16 (save the file as UTF-8)' };
    }
    if (!isUtf8(bytes)) return { ok: false, problem: 'not-utf8', detail: 'invalid UTF-8 bytes (GBK? save the file as UTF-8)' };
  }
  // As TextDecoder did: one U+FEFF (a UTF-8 BOM) dropped in decoding, and one more after it.
  return { ok: true, text: text.replace(/^\uFEFF\uFEFF?/, '') };
}
