import { inflateRawSync } from 'node:zlib';

/** One entry of a zip's central directory, checked against the file's bounds. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's (compressed) data starts. */
  dataOffset: number;
}

export type ZipReadResult =
  | { ok: true; entries: ZipEntry[] }
  /** `damaged`: truncated or inconsistent; `unsupported`: valid but a form we do not read (zip64, multi-disk). */
  | { ok: false; problem: 'damaged' | 'unsupported' };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * Reads a zip's central directory (APPNOTE 4.3.12-16) from the end of the file, the way real
 * unzippers do, and checks that every entry's local header and data lie inside the file before
 * the directory. A truncated upload loses the end-of-central-directory record, so it fails here.
 */
export function readZipDirectory(bytes: Buffer): ZipReadResult {
  const size = bytes.length;
  if (size < EOCD_SIZE) return { ok: false, problem: 'damaged' };
  let eocd = -1;
  for (let i = size - EOCD_SIZE; i >= Math.max(0, size - EOCD_SIZE - MAX_COMMENT); i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE && i + EOCD_SIZE + bytes.readUInt16LE(i + 20) === size) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, problem: 'damaged' };
  const disk = bytes.readUInt16LE(eocd + 4);
  const cdDisk = bytes.readUInt16LE(eocd + 6);
  const entriesOnDisk = bytes.readUInt16LE(eocd + 8);
  const total = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { ok: false, problem: 'unsupported' };
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== total) return { ok: false, problem: 'unsupported' };
  if (cdOffset + cdSize > eocd) return { ok: false, problem: 'damaged' };

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < total; n++) {
    if (p + 46 > cdOffset + cdSize || bytes.readUInt32LE(p) !== CENTRAL_SIGNATURE) return { ok: false, problem: 'damaged' };
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    const compressedSize = bytes.readUInt32LE(p + 20);
    const uncompressedSize = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const localOffset = bytes.readUInt32LE(p + 42);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > cdOffset + cdSize) return { ok: false, problem: 'damaged' };
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      return { ok: false, problem: 'unsupported' };
    }
    const name = bytes.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    if (localOffset + 30 > cdOffset || bytes.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) return { ok: false, problem: 'damaged' };
    const dataOffset = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    if (dataOffset + compressedSize > cdOffset) return { ok: false, problem: 'damaged' };
    entries.push({ name, method, flags, compressedSize, uncompressedSize, dataOffset });
    p = end;
  }
  return { ok: true, entries };
}

/**
 * The uncompressed bytes of a small entry (stored or deflated), or null when it is encrypted,
 * uses another method, is larger than `maxBytes` (a zip bomb stops here) or does not inflate.
 */
export function readZipEntry(bytes: Buffer, entry: ZipEntry, maxBytes: number): Buffer | null {
  if ((entry.flags & 0x1) !== 0 || entry.uncompressedSize > maxBytes) return null;
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return null;
  }
}
