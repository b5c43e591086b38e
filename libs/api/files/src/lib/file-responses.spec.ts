import express from 'express';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@kenes/api/core';
import { contentDisposition, sendFileError, sendStoredFile, setDownloadHeaders, type StoredFileRow } from './file-responses';
import { LocalDiskStorage } from './local-disk-storage';

describe('file responses', () => {
  const root = mkdtempSync(join(tmpdir(), 'kenes-responses-'));
  const storage = new LocalDiskStorage(root);
  const pdf: StoredFileRow = {
    storageKey: 'agenda/a/1',
    mediaType: 'application/pdf',
    sizeBytes: 9,
    sha256: 'abc',
    fileName: 'Хаттама "№1".pdf',
  };
  const docx: StoredFileRow = {
    storageKey: 'agenda/a/2',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sizeBytes: 4,
    sha256: 'def',
    fileName: 'report.docx',
  };
  let server: Server;
  let base = '';

  beforeAll(async () => {
    await storage.put(pdf.storageKey, Buffer.from('%PDF-1.4\n'), pdf.mediaType);
    await storage.put(docx.storageKey, Buffer.from('PK..'), docx.mediaType);
    const app = express();
    app.get('/stored/:n', (req, res) => {
      const file = { '1': pdf, '2': docx, '3': { ...docx, storageKey: 'agenda/a/missing' } }[req.params.n] as StoredFileRow;
      sendStoredFile(res, storage, file, req.query['public'] === '1').catch((e: unknown) => sendFileError(res, e, 'en'));
    });
    app.get('/printed', (_req, res) => {
      setDownloadHeaders(res, {
        mediaType: 'application/pdf',
        isPublic: true,
        maxAgeSeconds: 300,
        disposition: { fileName: 'minutes-3.pdf', inline: true },
      });
      res.send(Buffer.from('%PDF-'));
    });
    app.get('/refused', (_req, res) => sendFileError(res, DomainError.notFound('entity.document'), 'ru'));
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it('name the file in UTF-8 with an ASCII fallback', () => {
    expect(contentDisposition('Хаттама "№1".pdf', true)).toBe(
      `inline; filename="_______ __1_.pdf"; filename*=UTF-8''${encodeURIComponent('Хаттама "№1".pdf')}`,
    );
    expect(contentDisposition('report 100%.docx', false)).toBe(
      'attachment; filename="report 100_.docx"; filename*=UTF-8\'\'report%20100%25.docx',
    );
  });

  it('stream a stored PDF to open in the browser, sandboxed, cached by anyone only when public', async () => {
    const res = await fetch(`${base}/stored/1?public=1`);
    expect(res.status).toBe(200);
    expect(
      Object.fromEntries(
        ['content-type', 'content-length', 'x-content-type-options', 'content-security-policy', 'etag', 'cache-control'].map((h) => [
          h,
          res.headers.get(h),
        ]),
      ),
    ).toEqual({
      'content-type': 'application/pdf',
      'content-length': '9',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      etag: '"abc"',
      'cache-control': 'public, max-age=3600',
    });
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename=".*"; filename\*=UTF-8''%D0%A5/);
    expect(await res.text()).toBe('%PDF-1.4\n');
    expect((await fetch(`${base}/stored/1`)).headers.get('cache-control')).toBe('private, no-store');
  });

  it('offer other types for saving, and answer a row whose object is gone as not found', async () => {
    const res = await fetch(`${base}/stored/2`);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="report.docx"; filename*=UTF-8\'\'report.docx');
    await res.arrayBuffer();
    const missing = await fetch(`${base}/stored/3`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('set the same headers on a generated document, and send refusals as JSON in the caller’s language', async () => {
    const printed = await fetch(`${base}/printed`);
    expect([
      printed.headers.get('cache-control'),
      printed.headers.get('content-disposition'),
      printed.headers.get('content-security-policy'),
    ]).toEqual(['public, max-age=300', 'inline; filename="minutes-3.pdf"; filename*=UTF-8\'\'minutes-3.pdf', null]);
    const refused = await fetch(`${base}/refused`);
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/[а-я]/);
  });
});
