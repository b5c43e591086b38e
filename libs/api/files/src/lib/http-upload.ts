import type { IncomingMessage } from 'node:http';
import { UploadRejectedError } from './inspect-upload';

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
