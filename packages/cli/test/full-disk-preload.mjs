// A disk with QUALCAT_FULL_DISK_FREE bytes free under QUALCAT_FULL_DISK_DIR, for a child process started with
// `node --import <this file>`: writes to files under that folder succeed until the free bytes are used up, then the
// write that crosses the line writes what still fits and fails with ENOSPC as the kernel's would. Files elsewhere are
// written normally. Covers the FileHandle writes and fs/promises.writeFile (what qualcat writes with).
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

const root = process.env.QUALCAT_FULL_DISK_DIR;
let free = Number(process.env.QUALCAT_FULL_DISK_FREE ?? 0);
if (!root) throw new Error('full-disk-preload: set QUALCAT_FULL_DISK_DIR');
const under = (path) => typeof path === 'string' && (resolve(path) + sep).startsWith(resolve(root) + sep);

function enospc() {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { errno: -28, code: 'ENOSPC', syscall: 'write' });
}

/** Handles of files under the folder (FileHandle does not keep its path). */
const limited = new WeakSet();
const originalOpen = fsp.open;
fsp.open = async function open(path, ...rest) {
  const handle = await originalOpen.call(this, path, ...rest);
  if (under(String(path))) limited.add(handle);
  return handle;
};

const probe = await originalOpen(process.execPath, 'r');
const FileHandle = Object.getPrototypeOf(probe);
await probe.close();

const bytesOf = (data, encoding) => (typeof data === 'string' ? Buffer.from(data, typeof encoding === 'string' ? encoding : (encoding?.encoding ?? 'utf8')) : Buffer.from(data.buffer, data.byteOffset, data.byteLength));

/** Writes what fits of `bytes` through `write`, then fails like a full disk. */
async function spend(bytes, write) {
  const fits = Math.min(free, bytes.length);
  if (fits > 0) await write(bytes.subarray(0, fits));
  free -= fits;
  if (fits < bytes.length) throw enospc();
}

const originalWrite = FileHandle.write;
FileHandle.write = async function write(data, ...rest) {
  if (!limited.has(this)) return originalWrite.call(this, data, ...rest);
  // write(buffer, offset?, length?) or write(string, position?, encoding?); the bytes go at the current position.
  let bytes = typeof data === 'string' ? bytesOf(data, rest[1]) : bytesOf(data);
  if (typeof data !== 'string' && typeof rest[0] === 'number') bytes = bytes.subarray(rest[0], rest[1] === undefined ? undefined : rest[0] + rest[1]);
  await spend(bytes, (part) => originalWrite.call(this, part));
  return { bytesWritten: bytes.length, buffer: data };
};

const originalWriteFile = FileHandle.writeFile;
FileHandle.writeFile = async function writeFile(data, options) {
  if (!limited.has(this)) return originalWriteFile.call(this, data, options);
  await spend(bytesOf(data, options), (part) => originalWriteFile.call(this, part));
};

const originalPromisesWriteFile = fsp.writeFile;
fsp.writeFile = async function writeFile(path, data, options) {
  if (!under(String(path))) return originalPromisesWriteFile.call(this, path, data, options);
  const handle = await fsp.open(path, typeof options === 'object' && options?.flag ? options.flag : 'w');
  try {
    await handle.writeFile(data, options);
  } finally {
    await handle.close();
  }
};

// fs.promises is this same object; ESM `import { open } from 'node:fs/promises'` sees the patches only after this.
syncBuiltinESMExports();
