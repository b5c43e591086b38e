import type { Response } from 'express';
import { DomainError, httpError, type Locale } from '@kenes/api/core';
import type { FileStorage } from './file-storage';

/** Ids in file paths are UUIDs: anything else is not found before the database is asked. */
export const FILE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Uploaded files are sandboxed: a PDF or an image opens, but nothing in it may run or load. */
export const UPLOADED_FILE_CSP = "default-src 'none'; sandbox";

export interface DownloadHeaders {
  mediaType: string;
  /** Published: any cache may keep it for `maxAgeSeconds`. Otherwise only this browser, never stored. */
  isPublic: boolean;
  maxAgeSeconds: number;
  /** The name to save it under, and whether the browser opens it (`inline`) or saves it. */
  disposition?: { fileName: string; inline: boolean };
  contentSecurityPolicy?: string;
  size?: number;
  sha256?: string;
}

/**
 * `Content-Disposition` with the name as UTF-8 (RFC 6266 / 5987 `filename*`, Kazakh and Russian
 * letters intact) and a plain ASCII fallback for clients that read only `filename`.
 */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The headers of a file answered with 200: its type (never sniffed), caching by publication, disposition, CSP, length, ETag. */
export function setDownloadHeaders(res: Response, h: DownloadHeaders): void {
  res.status(200);
  res.setHeader('Content-Type', h.mediaType);
  if (h.size !== undefined) res.setHeader('Content-Length', String(h.size));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (h.contentSecurityPolicy) res.setHeader('Content-Security-Policy', h.contentSecurityPolicy);
  if (h.sha256) res.setHeader('ETag', `"${h.sha256}"`);
  res.setHeader('Cache-Control', h.isPublic ? `public, max-age=${h.maxAgeSeconds}` : 'private, no-store');
  if (h.disposition) res.setHeader('Content-Disposition', contentDisposition(h.disposition.fileName, h.disposition.inline));
}

/** What the database keeps about an uploaded file (agenda documents, evidence). */
export interface StoredFileRow {
  storageKey: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  fileName: string;
}

/**
 * Streams an uploaded file from storage with its headers: PDFs and images open in the browser,
 * other types are saved; sandboxed; cached by anyone for an hour when public. A row whose object
 * is missing from storage is not found, like a missing row.
 */
export async function sendStoredFile(res: Response, storage: FileStorage, file: StoredFileRow, isPublic: boolean): Promise<void> {
  const stored = await storage.get(file.storageKey);
  if (!stored) throw DomainError.notFound('entity.document');
  setDownloadHeaders(res, {
    mediaType: file.mediaType,
    isPublic,
    maxAgeSeconds: 3600,
    disposition: { fileName: file.fileName, inline: file.mediaType === 'application/pdf' || file.mediaType.startsWith('image/') },
    contentSecurityPolicy: UPLOADED_FILE_CSP,
    size: file.sizeBytes,
    sha256: file.sha256,
  });
  stored.body.pipe(res);
}

/** A refusal of a file endpoint: the status of its code and the JSON body of `httpError`, in the caller's language. */
export function sendFileError(res: Response, e: unknown, locale: Locale): void {
  const { status, body } = httpError(e, locale);
  res.status(status).type('application/json').send(body);
}
