export * from './lib/file-storage';
export * from './lib/local-disk-storage';
export * from './lib/s3-storage';
export * from './lib/inspect-upload';
export * from './lib/files.module';
export * from './lib/http-upload';
export * from './lib/file-responses';
