/**
 * The zip container of a Word document. Reading: the directory is read here, so that encryption,
 * ZIP64 and damage are told apart before a byte is inflated, and only the XML parts are inflated,
 * with a limit on what they expand to (a zip bomb, a tiny file that inflates to gigabytes, is
 * stopped as soon as the expanded size passes the limit, whatever the archive claims). Writing:
 * every entry that did not change is copied as it was, compressed bytes and all; a changed one is
 * deflated anew. Inflating and deflating are fflate's: maintained, no dependencies, 8 kB, runs in
 * Node and in the browser alike.
 */
import { deflateSync, Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** The raw bytes as stored in the archive (compressed when `method` is 8). */
  raw: Uint8Array;
  method: number;
  crc: number;
  size: number;
  flags: number;
  time: number;
  date: number;
}

export class DocxInputError extends Error {}

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

/** The entries of a zip archive, in their order, none inflated yet. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - 65535); o--) {
    if (u32(bytes, o) === 0x06054b50) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) throw new DocxInputError('it is not a zip archive, as a .docx is (damaged, or another kind of file renamed)');
  const count = u16(bytes, eocd + 10);
  const dirOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new DocxInputError('it is a ZIP64 archive, larger than Word writes');
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new DocxInputError('its zip directory is damaged');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressed = u32(bytes, p + 20);
    const nameLen = u16(bytes, p + 28);
    const local = u32(bytes, p + 42);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    const entry = { name, method, flags, time: u16(bytes, p + 12), date: u16(bytes, p + 14), crc: u32(bytes, p + 16), size: u32(bytes, p + 24) };
    p += 46 + nameLen + u16(bytes, p + 30) + u16(bytes, p + 32);
    if (flags & 1) throw new DocxInputError('it is encrypted (password-protected)');
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new DocxInputError(`its zip entry ${name} is damaged`);
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataStart + compressed > bytes.length) throw new DocxInputError(`its zip entry ${name} is cut short`);
    if (method !== 0 && method !== 8) throw new DocxInputError(`its entry ${name} is compressed in a way Word does not use (method ${method})`);
    entries.push({ ...entry, raw: bytes.subarray(dataStart, dataStart + compressed) });
  }
  return entries;
}

/**
 * An entry's bytes, inflated in slices so that no more than a slice's worth is inflated past
 * `budget.left`; past it, `tooBig` throws.
 */
export function inflateEntry(entry: ZipEntry, budget: { left: number }, tooBig: () => never): Uint8Array {
  if (entry.method === 0) {
    budget.left -= entry.raw.length;
    if (budget.left < 0) tooBig();
    return entry.raw;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    budget.left -= chunk.length;
    if (budget.left < 0) tooBig();
    chunks.push(chunk);
  });
  const SLICE = 4096;
  try {
    if (entry.raw.length === 0) inflater.push(entry.raw, true);
    for (let o = 0; o < entry.raw.length; o += SLICE) inflater.push(entry.raw.subarray(o, o + SLICE), o + SLICE >= entry.raw.length);
  } catch (err) {
    if (err instanceof DocxInputError) throw err;
    throw new DocxInputError(`its zip entry ${entry.name} is damaged (${(err as Error).message})`);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  if (crc32(out) !== entry.crc) throw new DocxInputError(`its zip entry ${entry.name} is damaged (checksum mismatch)`);
  return out;
}

let table: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** `entry` holding `data` instead, deflated. */
export function replaced(entry: ZipEntry, data: Uint8Array): ZipEntry {
  return { ...entry, raw: deflateSync(data, { level: 6 }), method: 8, crc: crc32(data), size: data.length, flags: entry.flags & 0x0800 };
}

/** The archive of `entries` in their order, each copied as stored (no data descriptors). */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const header = (size: number): { b: Uint8Array; v: DataView } => {
    const b = new Uint8Array(size);
    return { b, v: new DataView(b.buffer) };
  };
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    // Bit 3 (sizes in a data descriptor after the data) is cleared: the sizes are in the header.
    const flags = e.flags & ~0x0008;
    // The fields a local header and a directory entry share, from "version needed" to the name's length.
    const common = (v: DataView, at: number): void => {
      v.setUint16(at, 20, true);
      v.setUint16(at + 2, flags, true);
      v.setUint16(at + 4, e.method, true);
      v.setUint16(at + 6, e.time, true);
      v.setUint16(at + 8, e.date, true);
      v.setUint32(at + 10, e.crc, true);
      v.setUint32(at + 14, e.raw.length, true);
      v.setUint32(at + 18, e.size, true);
      v.setUint16(at + 22, name.length, true);
    };
    const local = header(30 + name.length);
    local.v.setUint32(0, 0x04034b50, true);
    common(local.v, 4);
    local.b.set(name, 30);
    const dir = header(46 + name.length);
    dir.v.setUint32(0, 0x02014b50, true);
    dir.v.setUint16(4, 20, true);
    common(dir.v, 6);
    dir.v.setUint32(42, offset, true);
    dir.b.set(name, 46);
    parts.push(local.b, e.raw);
    central.push(dir.b);
    offset += local.b.length + e.raw.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(22);
  end.v.setUint32(0, 0x06054b50, true);
  end.v.setUint16(8, entries.length, true);
  end.v.setUint16(10, entries.length, true);
  end.v.setUint32(12, dirSize, true);
  end.v.setUint32(16, offset, true);
  const all = [...parts, ...central, end.b];
  const out = new Uint8Array(offset + dirSize + 22);
  let at = 0;
  for (const a of all) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}
