import type { Readable } from 'node:stream';

/** The Nest token for the configured `FileStorage` (local disk, or S3 when configured). */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** A stored file as read back. */
export interface StoredFile {
  /**
   * The bytes as a stream. The caller must consume it (pipe it to the response) or call
   * `body.destroy()`: it holds a file descriptor or an HTTP connection until then.
   */
  body: Readable;
  size: number;
  mediaType: string;
}

/**
 * Where uploaded files live. Keys are chosen by the application (never by a user), e.g.
 * `meetings/<meetingId>/<uuid>.pdf`, and checked by `assertSafeKey`. Objects are meant to be
 * immutable: write a new key for new content rather than overwriting one that is in use.
 */
export interface FileStorage {
  readonly kind: 'local' | 's3';
  /** Stores the bytes under the key (replacing what was there). Readers never see a partial file. */
  put(key: string, bytes: Uint8Array, mediaType: string): Promise<void>;
  /** The file, or null when there is none under the key. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** A programming error: the application built a key that could escape its folder or bucket prefix. */
export class InvalidFileKeyError extends Error {
  constructor(key: string, reason: string) {
    super(`Invalid file key ${JSON.stringify(key)}: ${reason}`);
    this.name = 'InvalidFileKeyError';
  }
}

export const MAX_KEY_LENGTH = 512;
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * Accepts only keys of the form `seg/seg/…/name`, each segment ASCII letters, digits, `.`, `_`,
 * `-`, not starting with a dot or hyphen. That rules out `..`, `.`, absolute paths, backslashes,
 * NUL and other control characters, empty segments and hidden files, so a key can never leave
 * the storage folder and never collides with the storage's own `.tmp` and `.meta` folders.
 */
export function assertSafeKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new InvalidFileKeyError(String(key), 'empty');
  if (key.length > MAX_KEY_LENGTH) throw new InvalidFileKeyError(key.slice(0, 40), `longer than ${MAX_KEY_LENGTH} characters`);
  if (key.includes('\0')) throw new InvalidFileKeyError(key, 'contains NUL');
  if (key.startsWith('/') || /^[A-Za-z]:/.test(key)) throw new InvalidFileKeyError(key, 'absolute path');
  if (key.includes('\\')) throw new InvalidFileKeyError(key, 'contains a backslash');
  for (const segment of key.split('/')) {
    if (segment === '..' || segment === '.') throw new InvalidFileKeyError(key, 'contains a dot segment');
    if (!SEGMENT.test(segment)) {
      throw new InvalidFileKeyError(key, `segment ${JSON.stringify(segment)} must be 1-128 of A-Z a-z 0-9 . _ - and not start with . or -`);
    }
  }
}

/** `type/subtype` without parameters; anything else would be unsafe to send back as Content-Type. */
export function assertMediaType(mediaType: string): void {
  if (!/^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i.test(mediaType)) {
    throw new Error(`Invalid media type ${JSON.stringify(mediaType)}`);
  }
}

/** Reads a whole stream into memory (for small files and tests). */
export async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** The file's bytes, or null when there is none. */
export async function getBytes(storage: FileStorage, key: string): Promise<Buffer | null> {
  const file = await storage.get(key);
  return file ? readAll(file.body) : null;
}
