/** Reads a draft as UTF-8 text, or says why it is skipped (binary, not UTF-8, too large). */
import * as fs from 'fs';

export type Decoded =
  | { kind: 'text'; bytes: Buffer; text: string; bom: boolean }
  | { kind: 'skipped'; reason: string };

const BOM = [0xef, 0xbb, 0xbf];

/** 5242881 → "5,242,881", whatever the locale data of this Node. */
const bytes = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

function tooLarge(size: number, maxSize: number): Decoded {
  // Rounded, a file just over the limit looks the size of the limit ("5 MB (5 MB)"): then both in bytes.
  const shown = formatSize(size) === formatSize(maxSize) ? `${bytes(size)} bytes; the limit is ${bytes(maxSize)}` : formatSize(size);
  return { kind: 'skipped', reason: `larger than ${formatSize(maxSize)} (${shown}); raise --max-file-size to check it` };
}

export function decodeDraft(bytes: Buffer, maxSize: number): Decoded {
  if (bytes.length > maxSize) return tooLarge(bytes.length, maxSize);
  if (bytes.includes(0)) return { kind: 'skipped', reason: 'binary file' };
  const bom = bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b);
  try {
    // The BOM is not part of the text (offsets and columns are as an editor shows them); it is written back on --fix.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { kind: 'text', bytes, text, bom };
  } catch {
    return { kind: 'skipped', reason: 'not UTF-8 text' };
  }
}

/** A named pipe would block the read until something writes to it; a device may never end. */
function notRegular(st: fs.Stats): Decoded | undefined {
  if (st.isFile()) return undefined;
  const what = st.isFIFO() ? 'a named pipe' : st.isSocket() ? 'a socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : st.isDirectory() ? 'a directory' : 'not a file';
  return { kind: 'skipped', reason: `not a regular file (${what})` };
}

/** Reads and decodes a file; a file over the size limit, or anything but a regular file, is not read at all. */
export function readDraft(file: string, maxSize: number): Decoded {
  const st = fs.statSync(file);
  const skipped = notRegular(st) ?? (st.size > maxSize ? tooLarge(st.size, maxSize) : undefined);
  if (skipped) return skipped;
  // Non-blocking, so that a path replaced by a named pipe since the stat does not wait for a writer;
  // what was opened is checked again before a byte is read.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const now = fs.fstatSync(fd);
    const changed = notRegular(now) ?? (now.size > maxSize ? tooLarge(now.size, maxSize) : undefined);
    return changed ?? decodeDraft(fs.readFileSync(fd), maxSize);
  } finally {
    fs.closeSync(fd);
  }
}

export function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
