import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { DomainError, ErrorCode, type ApiMessageKey } from '@kenes/api/core';
import { readZipDirectory, readZipEntry } from './zip';

/** The kinds of file Kenes accepts: documents (agendas, minutes, answers) and pictures. */
export type UploadKind = 'pdf' | 'docx' | 'png' | 'jpeg' | 'webp';

export const UPLOAD_KINDS: Readonly<Record<UploadKind, { mediaType: string; extensions: readonly string[]; label: string }>> = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'DOCX',
  },
  png: { mediaType: 'image/png', extensions: ['png'], label: 'PNG' },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  webp: { mediaType: 'image/webp', extensions: ['webp'], label: 'WebP' },
};

const ALL_KINDS = Object.keys(UPLOAD_KINDS) as UploadKind[];

export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface UploadLimits {
  /** Largest accepted size in bytes; default 20 MB (`FILES_MAX_MB` through `UPLOAD_LIMITS`). */
  maxBytes?: number;
  /** The kinds this upload may be; default all of them. */
  accept?: readonly UploadKind[];
}

export interface UploadInspection {
  kind: UploadKind;
  /** From the content, never from what the client declared. */
  mediaType: string;
  size: number;
  /** Hex SHA-256 of the bytes (deduplication, integrity, the audit log). */
  sha256: string;
  /** The user's name made safe to store and show: no path, no control or reserved characters, canonical extension. */
  safeFileName: string;
  /** Whether the client's declared type agreed with the content (for logs; it decides nothing). */
  declaredTypeMatches: boolean;
}

/** Why an upload was refused: stable codes for clients, in `extensions.reason`. */
export type UploadRejectionReason = 'EMPTY' | 'TOO_LARGE' | 'UNSUPPORTED_TYPE' | 'EXTENSION_MISMATCH' | 'EXTENSION_MISSING' | 'DAMAGED' | 'MACROS';

const MESSAGE_KEYS: Record<UploadRejectionReason, ApiMessageKey> = {
  EMPTY: 'files.empty',
  TOO_LARGE: 'files.tooLarge',
  UNSUPPORTED_TYPE: 'files.unsupportedType',
  EXTENSION_MISMATCH: 'files.extensionMismatch',
  EXTENSION_MISSING: 'files.extensionMissing',
  DAMAGED: 'files.damaged',
  MACROS: 'files.macros',
};

/** A refused upload: `BAD_USER_INPUT` with a translated message and `extensions.reason`. */
export class UploadRejectedError extends DomainError {
  constructor(
    readonly reason: UploadRejectionReason,
    params: Record<string, string | number> = {},
  ) {
    super(ErrorCode.BAD_USER_INPUT, MESSAGE_KEYS[reason], params, [], { reason });
    this.name = 'UploadRejectedError';
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

function startsWith(bytes: Buffer, prefix: Buffer | string, at = 0): boolean {
  const p = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : prefix;
  return bytes.length >= at + p.length && bytes.subarray(at, at + p.length).equals(p);
}

/** What the content is, by magic numbers; `zip` still has to prove it is a DOCX. */
function sniff(bytes: Buffer): UploadKind | 'zip' | null {
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, Buffer.from([0xff, 0xd8, 0xff]))) return 'jpeg';
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'webp';
  if (startsWith(bytes, 'PK\x03\x04')) return 'zip';
  return null;
}

/** A PDF ends with `%%EOF` (readers tolerate up to 1 KB of trailing bytes after it). */
function pdfIntact(bytes: Buffer): boolean {
  if (!/^%PDF-\d\.\d/.test(bytes.toString('latin1', 0, 8))) return false;
  return bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF', 0, 'latin1');
}

/** Every chunk fits and has a right CRC, IHDR comes first and IEND is reached. */
function pngIntact(bytes: Buffer): boolean {
  let p = PNG_SIGNATURE.length;
  let first = true;
  while (p + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(p);
    const type = bytes.toString('latin1', p + 4, p + 8);
    if (length > 0x7fffffff || p + 12 + length > bytes.length) return false;
    if (first && (type !== 'IHDR' || length !== 13)) return false;
    first = false;
    if (crc32(bytes.subarray(p + 4, p + 8 + length)) !== bytes.readUInt32BE(p + 8 + length)) return false;
    if (type === 'IEND') return true;
    p += 12 + length;
  }
  return false;
}

/** Segments up to the first scan are well formed, there is a frame header, and an EOI follows the scan. */
function jpegIntact(bytes: Buffer): boolean {
  let p = 2;
  let frame = false;
  while (p + 4 <= bytes.length) {
    if (bytes[p] !== 0xff) return false;
    const marker = bytes[p + 1] ?? 0;
    if (marker === 0xff) {
      p++; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xd8) return false; // an image ends or restarts before any scan
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      p += 2;
      continue;
    }
    const length = bytes.readUInt16BE(p + 2);
    if (length < 2 || p + 2 + length > bytes.length) return false;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) frame = true;
    if (marker === 0xda) {
      const scan = p + 2 + length;
      return frame && bytes.lastIndexOf(Buffer.from([0xff, 0xd9])) >= scan;
    }
    p += 2 + length;
  }
  return false;
}

/** The RIFF size covers the file and the first chunk is a VP8, VP8L or VP8X chunk that fits. */
function webpIntact(bytes: Buffer): boolean {
  if (bytes.length < 20) return false;
  const riffSize = bytes.readUInt32LE(4);
  if (riffSize < 12 || bytes.length < 8 + riffSize) return false;
  const chunk = bytes.toString('latin1', 12, 16);
  if (!['VP8 ', 'VP8L', 'VP8X'].includes(chunk)) return false;
  return 20 + bytes.readUInt32LE(16) <= 8 + riffSize;
}

type DocxVerdict = 'docx' | 'not-docx' | 'macros' | 'damaged';

/**
 * A DOCX is a zip whose central directory lists `[Content_Types].xml` and `word/` parts, and
 * whose content types declare a WordprocessingML main document. A macro-enabled document
 * (.docm) renamed to .docx is caught by its content type or its `vbaProject.bin`.
 */
function docxVerdict(bytes: Buffer): DocxVerdict {
  const zip = readZipDirectory(bytes);
  if (!zip.ok) return zip.problem === 'damaged' ? 'damaged' : 'not-docx';
  const names = new Set(zip.entries.map((e) => e.name));
  const contentTypes = zip.entries.find((e) => e.name === '[Content_Types].xml');
  if (!contentTypes || ![...names].some((n) => n.startsWith('word/'))) return 'not-docx';
  if ([...names].some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return 'macros';
  const xml = readZipEntry(bytes, contentTypes, MAX_CONTENT_TYPES_BYTES);
  if (!xml) return 'damaged';
  const text = xml.toString('utf8');
  if (/macroEnabled/i.test(text)) return 'macros';
  return text.includes(DOCX_MAIN) ? 'docx' : 'not-docx';
}

function extensionOf(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase().trim() : '';
}

function baseName(fileName: string): string {
  return fileName.split(/[/\\]/).pop() ?? '';
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_NAME_BYTES = 200;

/**
 * The user's file name, safe to keep and to show: only the last path segment, NFC, no control
 * or reserved characters (`<>:"/\|?*`), no leading or trailing dots or spaces, no Windows device
 * names, at most 200 UTF-8 bytes, and the extension that matches the content. Kazakh and
 * Russian letters are kept.
 */
export function safeFileName(fileName: string, kind: UploadKind): string {
  const info = UPLOAD_KINDS[kind];
  const given = extensionOf(fileName);
  const extension = info.extensions.includes(given) ? given : (info.extensions[0] ?? kind);
  let base = baseName(fileName).normalize('NFC');
  const suffix = [given, ...info.extensions].find((e) => e && base.toLowerCase().endsWith(`.${e}`));
  if (suffix) base = base.slice(0, base.length - suffix.length - 1);
  base = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!base || /^_+$/.test(base)) base = 'file';
  if (WINDOWS_RESERVED.test(base)) base = `_${base}`;
  const chars = Array.from(base);
  while (Buffer.byteLength(chars.join(''), 'utf8') > MAX_NAME_BYTES) chars.pop();
  return `${chars.join('').trimEnd()}.${extension}`;
}

function formatMegabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/**
 * Checks an upload by what it is, not by what the client says it is: PDF, DOCX, PNG, JPEG and
 * WebP are recognised by their magic numbers and structure (a DOCX by its zip central
 * directory), a truncated or damaged file is refused, and so is a name whose extension
 * disagrees with the content. Throws `UploadRejectedError`; returns what to store.
 *
 * `bytes` is the whole file: enforce `maxBytes` while receiving it, too, so that an oversized
 * upload is cut off before it is in memory.
 */
export function inspectUpload(fileName: string, declaredType: string | undefined, bytes: Uint8Array, limits: UploadLimits = {}): UploadInspection {
  const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const accept = limits.accept ?? ALL_KINDS;
  const allowed = accept.map((k) => UPLOAD_KINDS[k].label).join(', ');

  if (data.length === 0) throw new UploadRejectedError('EMPTY');
  if (data.length > maxBytes) throw new UploadRejectedError('TOO_LARGE', { max: formatMegabytes(maxBytes) });

  const sniffed = sniff(data);
  let kind: UploadKind;
  let verdict: DocxVerdict | undefined;
  if (sniffed === 'zip') {
    verdict = docxVerdict(data);
    if (verdict === 'macros') throw new UploadRejectedError('MACROS');
    // A zip whose directory cannot be read is judged by its name: a cut-off .docx is damaged,
    // a cut-off .zip is simply not accepted.
    if (verdict === 'not-docx' || (verdict === 'damaged' && extensionOf(fileName) !== 'docx')) {
      throw new UploadRejectedError('UNSUPPORTED_TYPE', { allowed });
    }
    kind = 'docx';
  } else if (sniffed === null) {
    throw new UploadRejectedError('UNSUPPORTED_TYPE', { allowed });
  } else {
    kind = sniffed;
  }
  const info = UPLOAD_KINDS[kind];
  if (!accept.includes(kind)) throw new UploadRejectedError('UNSUPPORTED_TYPE', { allowed });

  const extension = extensionOf(fileName);
  if (!extension) throw new UploadRejectedError('EXTENSION_MISSING', { expected: `.${info.extensions[0] ?? kind}` });
  if (!info.extensions.includes(extension)) {
    throw new UploadRejectedError('EXTENSION_MISMATCH', { detected: info.label, extension: `.${extension}` });
  }

  const intact =
    kind === 'pdf' ? pdfIntact(data)
    : kind === 'png' ? pngIntact(data)
    : kind === 'jpeg' ? jpegIntact(data)
    : kind === 'webp' ? webpIntact(data)
    : verdict === 'docx';
  if (!intact) throw new UploadRejectedError('DAMAGED', { type: info.label });

  const declared = (declaredType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return {
    kind,
    mediaType: info.mediaType,
    size: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
    safeFileName: safeFileName(fileName, kind),
    declaredTypeMatches: declared === info.mediaType || (kind === 'jpeg' && declared === 'image/jpg'),
  };
}
