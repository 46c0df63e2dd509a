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

/** Reads and decodes a file; a file over the size limit is not read at all. */
export function readDraft(file: string, maxSize: number): Decoded {
  const size = fs.statSync(file).size;
  if (size > maxSize) return tooLarge(size, maxSize);
  return decodeDraft(fs.readFileSync(file), maxSize);
}

export function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
