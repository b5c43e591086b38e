import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Config } from '@kenes/api/core';
// s3rver is a pure-JS S3 server; it runs on loopback inside this test.
import S3rver from 's3rver';
import { assertSafeKey, getBytes, InvalidFileKeyError, readAll, type FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';
import { S3Storage } from './s3-storage';

const BAD_KEYS = [
  '',
  '../outside.pdf',
  'meetings/../../outside.pdf',
  'a/./b.pdf',
  '..',
  '/etc/passwd',
  'C:/Windows/x.pdf',
  'a\\b.pdf',
  '..\\outside.pdf',
  'a\0b.pdf',
  'a//b.pdf',
  'a/',
  '.hidden',
  '.tmp/x',
  '.meta/x.json',
  '-rf',
  'with space.pdf',
  'кеңес.pdf',
  'a\nb',
  `${'a'.repeat(129)}.pdf`,
  `${'abc/'.repeat(200)}x`,
];

describe('assertSafeKey', () => {
  it.each(['agenda.pdf', 'meetings/42/2f1c-agenda.pdf', 'a/b/c/d_e-f.g.docx', 'A1'])('accepts %j', (key) => {
    expect(() => assertSafeKey(key)).not.toThrow();
  });

  it.each(BAD_KEYS)('refuses %j', (key) => {
    expect(() => assertSafeKey(key)).toThrow(InvalidFileKeyError);
  });
});

/** The behaviour every FileStorage must have, run against each implementation. */
function contract(name: string, make: () => FileStorage): void {
  describe(`${name}: the FileStorage contract`, () => {
    let storage: FileStorage;
    beforeAll(() => {
      storage = make();
    });

    it('stores, reads back, reports and deletes a file', async () => {
      const bytes = Buffer.from('%PDF-1.4 Күн тәртібі / Повестка\n%%EOF\n');
      await storage.put('meetings/42/agenda.pdf', bytes, 'application/pdf');
      expect(await storage.exists('meetings/42/agenda.pdf')).toBe(true);
      const file = await storage.get('meetings/42/agenda.pdf');
      expect(file).not.toBeNull();
      expect(file!.size).toBe(bytes.length);
      expect(file!.mediaType).toBe('application/pdf');
      expect(await readAll(file!.body)).toEqual(bytes);
      await storage.delete('meetings/42/agenda.pdf');
      expect(await storage.exists('meetings/42/agenda.pdf')).toBe(false);
      expect(await storage.get('meetings/42/agenda.pdf')).toBeNull();
    });

    it('answers null / false for a file that was never there, and deleting it is fine', async () => {
      expect(await storage.get('nothing/here.pdf')).toBeNull();
      expect(await storage.exists('nothing/here.pdf')).toBe(false);
      await expect(storage.delete('nothing/here.pdf')).resolves.toBeUndefined();
    });

    it('replaces a file on a second put', async () => {
      await storage.put('replace.txt', Buffer.from('one'), 'text/plain');
      await storage.put('replace.txt', Buffer.from('two, longer'), 'image/png');
      const file = await storage.get('replace.txt');
      expect(file!.mediaType).toBe('image/png');
      expect((await readAll(file!.body)).toString()).toBe('two, longer');
    });

    it('keeps every byte of a larger binary file', async () => {
      const bytes = Buffer.alloc(3 * 1024 * 1024 + 17);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
      await storage.put('big/file.bin', bytes, 'application/octet-stream');
      const back = await getBytes(storage, 'big/file.bin');
      expect(createHash('sha256').update(back!).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(await getBytes(storage, 'big/missing.bin')).toBeNull();
    });

    it('stores an empty file', async () => {
      await storage.put('empty.bin', new Uint8Array(0), 'application/octet-stream');
      expect((await getBytes(storage, 'empty.bin'))!.length).toBe(0);
    });

    it.each(BAD_KEYS)('refuses the key %j in every operation', async (key) => {
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(InvalidFileKeyError);
      await expect(storage.get(key)).rejects.toThrow(InvalidFileKeyError);
      await expect(storage.exists(key)).rejects.toThrow(InvalidFileKeyError);
      await expect(storage.delete(key)).rejects.toThrow(InvalidFileKeyError);
    });

    it.each(['text/html\r\nX-Evil: 1', 'pdf', '', 'application/pdf; charset=utf-8'])('refuses the media type %j', async (mediaType) => {
      await expect(storage.put('typed.bin', Buffer.from('x'), mediaType)).rejects.toThrow(/media type/);
      expect(await storage.exists('typed.bin')).toBe(false);
    });
  });
}

describe('LocalDiskStorage', () => {
  const root = mkdtempSync(join(tmpdir(), 'kenes-files-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  contract('LocalDiskStorage', () => new LocalDiskStorage(join(root, 'contract')));

  it('keeps the bytes at <root>/<key> and leaves no temp file behind', async () => {
    const storage = new LocalDiskStorage(join(root, 'layout'));
    await storage.put('meetings/7/notice.pdf', Buffer.from('%PDF-'), 'application/pdf');
    expect(readFileSync(join(root, 'layout/meetings/7/notice.pdf'), 'utf8')).toBe('%PDF-');
    expect(JSON.parse(readFileSync(join(root, 'layout/.meta/meetings/7/notice.pdf.json'), 'utf8'))).toEqual({ mediaType: 'application/pdf', size: 5 });
    expect(readdirSync(join(root, 'layout/.tmp'))).toEqual([]);
    await storage.delete('meetings/7/notice.pdf');
    expect(existsSync(join(root, 'layout/.meta/meetings/7/notice.pdf.json'))).toBe(false);
  });

  it('never writes outside its folder, whatever the key', async () => {
    const storage = new LocalDiskStorage(join(root, 'jail/inner'));
    for (const key of ['../escaped.txt', '../../escaped.txt', 'x/../../escaped.txt', '/tmp/escaped.txt']) {
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(InvalidFileKeyError);
    }
    expect(existsSync(join(root, 'jail/escaped.txt'))).toBe(false);
    expect(existsSync(join(root, 'escaped.txt'))).toBe(false);
  });

  it('treats a folder as no file', async () => {
    const storage = new LocalDiskStorage(join(root, 'folders'));
    await storage.put('a/b.txt', Buffer.from('x'), 'text/plain');
    expect(await storage.exists('a')).toBe(false);
    expect(await storage.get('a')).toBeNull();
  });

  it('reads old media type as octet-stream when the metadata is gone', async () => {
    const storage = new LocalDiskStorage(join(root, 'nometa'));
    await storage.put('x.bin', Buffer.from('x'), 'image/webp');
    rmSync(join(root, 'nometa/.meta/x.bin.json'));
    const file = await storage.get('x.bin');
    expect(file!.mediaType).toBe('application/octet-stream');
    file!.body.destroy();
  });

  it('writes atomically: a concurrent reader sees the whole old file or the whole new one', async () => {
    const storage = new LocalDiskStorage(join(root, 'atomic'));
    const size = 2 * 1024 * 1024;
    await storage.put('doc.bin', Buffer.alloc(size, 'a'), 'application/octet-stream');
    const seen = new Set<string>();
    for (let round = 0; round < 4; round++) {
      const fill = round % 2 === 0 ? 'b' : 'a';
      const writing = storage.put('doc.bin', Buffer.alloc(size, fill), 'application/octet-stream');
      const reads = Array.from({ length: 6 }, async () => {
        const bytes = (await getBytes(storage, 'doc.bin'))!;
        expect(bytes.length).toBe(size);
        const first = String.fromCharCode(bytes[0] ?? 0);
        expect(bytes.every((b) => b === bytes[0])).toBe(true);
        seen.add(first);
      });
      await Promise.all([writing, ...reads]);
    }
    expect([...seen].every((c) => c === 'a' || c === 'b')).toBe(true);
    expect(readdirSync(join(root, 'atomic/.tmp'))).toEqual([]);
  });
});

describe('S3Storage against a real S3 server on loopback (s3rver)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-s3rver-'));
  let server: S3rver;
  let config: S3Config;

  beforeAll(async () => {
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
    const { port } = await server.run();
    config = {
      endpoint: `http://127.0.0.1:${port}`,
      bucket: 'kenes-files',
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    };
    const admin = new S3Client({ endpoint: config.endpoint, region: config.region, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    await admin.send(new CreateBucketCommand({ Bucket: config.bucket }));
    admin.destroy();
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const storages: S3Storage[] = [];
  afterAll(() => storages.forEach((s) => s.onModuleDestroy()));

  contract('S3Storage', () => {
    const storage = new S3Storage(config);
    storages.push(storage);
    return storage;
  });

  it('reports a missing bucket as an error, not as a missing file', async () => {
    const storage = new S3Storage({ ...config, bucket: 'no-such-bucket' });
    storages.push(storage);
    await expect(storage.get('x.pdf')).rejects.toThrow();
    await expect(storage.put('x.pdf', Buffer.from('x'), 'application/pdf')).rejects.toThrow();
  });
});
