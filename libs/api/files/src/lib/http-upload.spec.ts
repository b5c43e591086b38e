import type { IncomingMessage } from 'node:http';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { receiveUpload } from './http-upload';
import { UploadRejectedError } from './inspect-upload';
import { LocalDiskStorage } from './local-disk-storage';
import { samplePdf } from './testing/samples';

/** A request whose body is `bytes`, named by `x-file-name` as a browser upload sends it. */
function request(bytes: Buffer, name: string): IncomingMessage {
  const req = Readable.from([bytes]) as unknown as IncomingMessage;
  req.headers = { 'x-file-name': encodeURIComponent(name), 'content-type': 'application/octet-stream' };
  return req;
}

describe('receiveUpload', () => {
  const root = mkdtempSync(join(tmpdir(), 'kenes-upload-'));
  const storage = new LocalDiskStorage(root);
  const keys = (dir: string) => {
    try {
      return readdirSync(join(root, dir));
    } catch {
      return [];
    }
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stores a checked file under the prefix and hands it to save', async () => {
    const pdf = samplePdf();
    const saved = await receiveUpload(request(pdf, 'Күн тәртібі.pdf'), storage, {}, { keyPrefix: 'agenda/item-1' }, ({ key, inspected }) =>
      Promise.resolve({ key, name: inspected.safeFileName, type: inspected.mediaType }),
    );
    expect(saved).toMatchObject({ name: 'Күн тәртібі.pdf', type: 'application/pdf' });
    expect(saved.key).toMatch(/^agenda\/item-1\/[0-9a-f-]{36}$/);
    expect((await storage.get(saved.key))?.size).toBe(pdf.length);
    expect(keys('agenda/item-1')).toHaveLength(1);
  });

  it('deletes the stored file when save fails, and stores nothing that fails the checks', async () => {
    const before = keys('evidence').length;
    await expect(
      receiveUpload(request(samplePdf(), 'a.pdf'), storage, {}, { keyPrefix: 'evidence' }, () =>
        Promise.reject(new Error('the row was refused')),
      ),
    ).rejects.toThrow('the row was refused');
    expect(keys('evidence')).toHaveLength(before);
    const save = jest.fn();
    await expect(
      receiveUpload(request(Buffer.from('MZ not a pdf'), 'a.pdf'), storage, {}, { keyPrefix: 'evidence' }, save),
    ).rejects.toBeInstanceOf(UploadRejectedError);
    await expect(
      receiveUpload(request(samplePdf(), 'a.pdf'), storage, { maxBytes: 10 }, { keyPrefix: 'evidence' }, save),
    ).rejects.toBeInstanceOf(UploadRejectedError);
    expect(save).not.toHaveBeenCalled();
    expect(keys('evidence')).toHaveLength(before);
  });
});
