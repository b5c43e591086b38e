import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FileStorage } from './file-storage';
import { UploadRejectedError, inspectUpload, type UploadInspection, type UploadLimits } from './inspect-upload';

/** A header a cross-site form cannot send without a preflight, which this API never grants. */
export const UPLOAD_HEADER = 'x-kenes-upload';

/** Reads a request body, refusing as soon as it passes `max` bytes: the limit holds while the body arrives. */
export function readLimitedBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new UploadRejectedError('TOO_LARGE', { max: `${Math.round(max / 1024 / 1024)} MB` }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The uploaded file's name from the `x-file-name` header (URI-encoded), bounded. */
export function uploadFileName(req: IncomingMessage, fallback = 'document'): string {
  const raw = req.headers['x-file-name'];
  try {
    return (typeof raw === 'string' && raw ? decodeURIComponent(raw) : fallback).slice(0, 200);
  } catch {
    return fallback;
  }
}

/** An upload must carry the custom header and, from a browser, come from the same origin. */
export function isSameOriginUpload(req: IncomingMessage): boolean {
  if (req.headers[UPLOAD_HEADER] !== '1') return false;
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * Receives an upload (the body read up to the size limit, checked by its content), stores it under
 * `keyPrefix/<uuid>` and hands it to `save`, which records it; if `save` fails the stored object is
 * deleted again, so storage never keeps a file no row points to.
 */
export async function receiveUpload<T>(
  req: IncomingMessage,
  storage: FileStorage,
  limits: UploadLimits,
  options: { keyPrefix: string; fallbackName?: string },
  save: (upload: { key: string; inspected: UploadInspection }) => Promise<T>,
): Promise<T> {
  const bytes = await readLimitedBody(req, limits.maxBytes ?? 20 * 1024 * 1024);
  const inspected = inspectUpload(uploadFileName(req, options.fallbackName), req.headers['content-type'], bytes, limits);
  const key = `${options.keyPrefix}/${randomUUID()}`;
  await storage.put(key, bytes, inspected.mediaType);
  try {
    return await save({ key, inspected });
  } catch (e) {
    await storage.delete(key).catch(() => undefined);
    throw e;
  }
}
