/**
 * Whether a text is a draft Copydesk should check at all: not too large, not binary, and decoded
 * as UTF-8. Pure: the caller shows the reason (one information diagnostic, one CLI line).
 */

const MB = 1024 * 1024;

/**
 * U+FFFD is what an editor shows for bytes that are not UTF-8. One or two can be real (pasted from
 * a web page); a draft saved in Windows-1252 or Latin-1 has one for every curly quote and accented
 * letter. Skipped: at least 3, and at least one per 10,000 characters.
 */
const MIN_REPLACEMENTS = 3;
const CHARS_PER_REPLACEMENT = 10_000;

/** UTF-8 length of a string, counting only as far as `limit` (a surrogate pair is 4 bytes). */
export function utf8Length(text: string, limit = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** "6.2 MB", "0.5 MB" (the unit of copydesk.maxFileSize from 0.1 MB up), "12 KB", "80 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= MB / 10) return `${Number((bytes / MB).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Why Copydesk does not check this text, or undefined when it does. `maxBytes` is the UTF-8 size
 * limit (the `copydesk.maxFileSize` setting, in megabytes, times 1,048,576).
 */
export function inputProblem(text: string, maxBytes: number): string | undefined {
  // UTF-8 takes at least one byte per UTF-16 unit and at most three: count only when it matters.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text, maxBytes) > maxBytes)) {
    const size = formatSize(utf8Length(text));
    return `This file is ${size}, over the copydesk.maxFileSize limit of ${formatSize(maxBytes)}; Copydesk does not check it. Raise the setting to check it.`;
  }
  if (text.includes('\0')) {
    return 'This file contains NUL characters, so it looks like a binary file rather than a draft; Copydesk does not check it.';
  }
  const replacements = countOf(text, '\uFFFD');
  if (replacements >= MIN_REPLACEMENTS && replacements * CHARS_PER_REPLACEMENT >= text.length) {
    return `This file is not valid UTF-8 (${replacements} characters could not be decoded and show as \uFFFD); Copydesk does not check it. Reopen it with the right encoding (for example Windows-1252) or save it as UTF-8.`;
  }
  return undefined;
}

/** The byte limit for a `copydesk.maxFileSize` value in megabytes. */
export function maxBytesOf(megabytes: number): number {
  return Math.floor(megabytes * MB);
}
