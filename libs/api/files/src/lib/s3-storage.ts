import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3Config } from '@kenes/api/core';
import { assertMediaType, assertSafeKey, type FileStorage, type StoredFile } from './file-storage';

/** Only a missing key counts as "no file"; a missing bucket or bad credentials are errors. */
function isMissingKey(e: unknown, name: 'NoSuchKey' | 'NotFound'): boolean {
  return e instanceof S3ServiceException && e.name === name;
}

/**
 * Files in an S3-compatible bucket (AWS, MinIO, Ceph, a Kazakh cloud's object storage). A PUT
 * is atomic on the server: readers see the old object or the new one. The bucket must exist.
 */
export class S3Storage implements FileStorage {
  readonly kind = 's3' as const;
  readonly bucket: string;
  private readonly client: S3Client;

  constructor(config: S3Config) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      maxAttempts: 3,
    });
  }

  async put(key: string, bytes: Uint8Array, mediaType: string): Promise<void> {
    assertSafeKey(key);
    assertMediaType(mediaType);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: mediaType, ContentLength: bytes.byteLength }),
    );
  }

  async get(key: string): Promise<StoredFile | null> {
    assertSafeKey(key);
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(out.Body instanceof Readable)) throw new Error('S3 returned a body that is not a Node stream');
      return { body: out.Body, size: out.ContentLength ?? 0, mediaType: out.ContentType ?? 'application/octet-stream' };
    } catch (e) {
      if (isMissingKey(e, 'NoSuchKey')) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertSafeKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (e) {
      if (isMissingKey(e, 'NotFound')) return false;
      throw e;
    }
  }

  /** Closes the client's connections (Nest calls this at shutdown). */
  onModuleDestroy(): void {
    this.client.destroy();
  }
}
