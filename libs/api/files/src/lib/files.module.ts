import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@kenes/api/core';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import type { UploadLimits } from './inspect-upload';
import { LocalDiskStorage } from './local-disk-storage';
import { S3Storage } from './s3-storage';

/** The Nest token for the configured `UploadLimits` (`FILES_MAX_MB`). */
export const UPLOAD_LIMITS = Symbol('UPLOAD_LIMITS');

/** S3 when it is configured, the local folder otherwise. */
export function createFileStorage(config: Pick<AppConfig, 's3' | 'filesDir'>): FileStorage {
  return config.s3 ? new S3Storage(config.s3) : new LocalDiskStorage(config.filesDir);
}

/**
 * Provides `FILE_STORAGE` and `UPLOAD_LIMITS` from `APP_CONFIG` (which the app provides
 * globally). Import it in the feature module that stores files; in tests, replace the storage
 * with `overrideProvider(FILE_STORAGE)`.
 */
@Module({
  providers: [
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createFileStorage(config) },
    {
      provide: UPLOAD_LIMITS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): UploadLimits => ({ maxBytes: config.filesMaxBytes }),
    },
  ],
  exports: [FILE_STORAGE, UPLOAD_LIMITS],
})
export class FilesModule {}
