import { readFileSync, statSync } from 'node:fs';
import { CliError } from './errors';

/** Read a text file, refusing missing, empty, oversized and binary files with a clear message. */
export function readTextFile(path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new CliError(`${path}: not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${path}: no such file`);
  }
  if (size === 0) throw new CliError(`${path}: file is empty`);
  if (size > 20 * 1024 * 1024) throw new CliError(`${path}: file is too large (${Math.round(size / 1048576)} MB)`);
  const buf = readFileSync(path);
  const head = buf.subarray(0, 8192);
  const control = head.filter((b) => b === 0 || (b < 9) || (b > 13 && b < 32)).length;
  if (head.includes(0) || control / head.length > 0.05) throw new CliError(`${path}: binary file, not text or HTML`);
  const text = buf.toString('utf8');
  if (!text.trim()) throw new CliError(`${path}: file has no text`);
  return text;
}
