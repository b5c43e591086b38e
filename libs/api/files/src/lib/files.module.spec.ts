import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { APP_CONFIG, loadConfig, type AppConfig } from '@kenes/api/core';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { FilesModule, UPLOAD_LIMITS, createFileStorage } from './files.module';
import type { UploadLimits } from './inspect-upload';
import { LocalDiskStorage } from './local-disk-storage';
import { S3Storage } from './s3-storage';

@Global()
@Module({})
class ConfigModule {
  static with(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

async function resolve(env: Record<string, string>): Promise<{ storage: FileStorage; limits: UploadLimits; close: () => Promise<void> }> {
  @Module({ imports: [ConfigModule.with(loadConfig(env, '/srv/kenes')), FilesModule] })
  class Root {}
  const app = await NestFactory.createApplicationContext(Root, { logger: false });
  return { storage: app.get(FILE_STORAGE), limits: app.get(UPLOAD_LIMITS), close: () => app.close() };
}

describe('FilesModule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-files-module-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores on local disk under <KENES_DATA_DIR>/files by default, with a 20 MB limit', async () => {
    const { storage, limits, close } = await resolve({ KENES_DATA_DIR: dir });
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect((storage as LocalDiskStorage).root).toBe(join(dir, 'files'));
    expect(limits).toEqual({ maxBytes: 20 * 1024 * 1024 });
    await storage.put('x/y.txt', Buffer.from('hi'), 'text/plain');
    expect(await storage.exists('x/y.txt')).toBe(true);
    await close();
  });

  it('uses FILES_DIR and FILES_MAX_MB', async () => {
    const { storage, limits, close } = await resolve({ FILES_DIR: join(dir, 'elsewhere'), FILES_MAX_MB: '5' });
    expect((storage as LocalDiskStorage).root).toBe(join(dir, 'elsewhere'));
    expect(limits.maxBytes).toBe(5 * 1024 * 1024);
    await close();
  });

  it('uses S3 when it is configured', async () => {
    const { storage, close } = await resolve({
      S3_ENDPOINT: 'http://127.0.0.1:9',
      S3_BUCKET: 'kenes-files',
      S3_ACCESS_KEY_ID: 'a',
      S3_SECRET_ACCESS_KEY: 'b',
    });
    expect(storage).toBeInstanceOf(S3Storage);
    expect(storage.kind).toBe('s3');
    expect((storage as S3Storage).bucket).toBe('kenes-files');
    await close();
  });

  it('createFileStorage picks the same way without Nest', () => {
    expect(createFileStorage({ filesDir: dir }).kind).toBe('local');
  });
});
