import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { DomainError, ErrorCode, LOCALES, translate } from '@kenes/api/core';
import { docxParts, sampleDocx, sampleExe, samplePdf, samplePng, sampleJpeg, sampleWebp, zip } from '../testing';
import { DEFAULT_MAX_UPLOAD_BYTES, inspectUpload, safeFileName, UploadRejectedError, type UploadLimits, type UploadRejectionReason } from './inspect-upload';
import { readZipDirectory } from './zip';

function rejection(fileName: string, bytes: Uint8Array, limits?: UploadLimits): UploadRejectedError {
  try {
    inspectUpload(fileName, 'application/octet-stream', bytes, limits);
  } catch (e) {
    if (e instanceof UploadRejectedError) return e;
    throw e;
  }
  throw new Error(`${fileName} was accepted`);
}

function reasonOf(fileName: string, bytes: Uint8Array, limits?: UploadLimits): UploadRejectionReason {
  return rejection(fileName, bytes, limits).reason;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('inspectUpload accepts real files by their content', () => {
  it.each([
    ['Күн тәртібі.pdf', samplePdf(), 'application/pdf', 'pdf', 'Күн тәртібі.pdf'],
    ['Повестка дня.docx', sampleDocx(), DOCX_TYPE, 'docx', 'Повестка дня.docx'],
    ['photo.png', samplePng(), 'image/png', 'png', 'photo.png'],
    ['photo.jpg', sampleJpeg(), 'image/jpeg', 'jpeg', 'photo.jpg'],
    ['PHOTO.JPEG', sampleJpeg(), 'image/jpeg', 'jpeg', 'PHOTO.jpeg'],
    ['image.webp', sampleWebp(), 'image/webp', 'webp', 'image.webp'],
  ])('%s', (fileName, bytes, mediaType, kind, safe) => {
    const result = inspectUpload(fileName, mediaType, bytes);
    expect(result).toEqual({
      kind,
      mediaType,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      safeFileName: safe,
      declaredTypeMatches: true,
    });
  });

  it('decides by content, not by the declared type', () => {
    const result = inspectUpload('agenda.pdf', 'image/png', samplePdf());
    expect(result.mediaType).toBe('application/pdf');
    expect(result.declaredTypeMatches).toBe(false);
    expect(inspectUpload('agenda.pdf', 'Application/PDF; name=x', samplePdf()).declaredTypeMatches).toBe(true);
    expect(inspectUpload('agenda.pdf', undefined, samplePdf()).declaredTypeMatches).toBe(false);
    expect(() => inspectUpload('setup.pdf', 'application/pdf', sampleExe())).toThrow(UploadRejectedError);
  });

  it('accepts a Uint8Array as well as a Buffer', () => {
    const pdf = samplePdf();
    const view = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    expect(inspectUpload('a.pdf', undefined, view).size).toBe(pdf.length);
  });

  it('accepts a PDF with a little trailing garbage after %%EOF, as readers do', () => {
    expect(inspectUpload('a.pdf', undefined, Buffer.concat([samplePdf(), Buffer.alloc(300, 0x20)])).kind).toBe('pdf');
  });

  it('accepts a DOCX with stored (uncompressed) parts', () => {
    const stored = Buffer.from(zipSync(docxParts(), { level: 0 }));
    expect(inspectUpload('stored.docx', undefined, stored).kind).toBe('docx');
  });
});

describe('inspectUpload refuses', () => {
  it('an empty file', () => {
    expect(reasonOf('empty.pdf', Buffer.alloc(0))).toBe('EMPTY');
  });

  it('a file above the default limit of 20 MB', () => {
    const big = Buffer.concat([samplePdf(), Buffer.alloc(DEFAULT_MAX_UPLOAD_BYTES)]);
    const e = rejection('big.pdf', big);
    expect(e.reason).toBe('TOO_LARGE');
    expect(e.params).toEqual({ max: 20 });
  });

  it('a file above a configured limit, and takes one exactly at it', () => {
    const pdf = samplePdf();
    expect(inspectUpload('a.pdf', undefined, pdf, { maxBytes: pdf.length }).size).toBe(pdf.length);
    const e = rejection('a.pdf', pdf, { maxBytes: pdf.length - 1 });
    expect(e.reason).toBe('TOO_LARGE');
  });

  it.each<[string, string, Buffer]>([
    ['a Windows executable renamed to .pdf', 'agenda.pdf', sampleExe()],
    ['a Windows executable renamed to .docx', 'agenda.docx', sampleExe()],
    ['a Windows executable renamed to .jpg', 'photo.jpg', sampleExe()],
    ['plain text', 'notes.pdf', Buffer.from('Бұл PDF емес.\n')],
    ['HTML', 'page.pdf', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['SVG (scriptable)', 'logo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['GIF', 'anim.png', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')],
    ['an old binary .doc (OLE)', 'old.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ['an ELF binary', 'x.pdf', Buffer.from('\x7fELF\x02\x01\x01', 'latin1')],
    ['a PDF signature not at the start', 'x.pdf', Buffer.concat([Buffer.from('junk'), samplePdf()])],
    ['a RIFF that is not WebP (WAV)', 'sound.webp', Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1')],
    ['a zip that is not a DOCX', 'archive.docx', zip({ 'readme.txt': strToU8('hello'), 'word.txt': strToU8('x') })],
    ['a plain .zip', 'archive.zip', zip({ 'readme.txt': strToU8('hello') })],
    [
      'an XLSX',
      'table.docx',
      zip({
        '[Content_Types].xml': strToU8(
          '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        ),
        'xl/workbook.xml': strToU8('<workbook/>'),
      }),
    ],
    ['a zip with word/ parts but no content types', 'x.docx', zip({ 'word/document.xml': strToU8('<w:document/>') })],
    [
      'a Word template (.dotx) named .docx',
      'x.docx',
      zip({
        '[Content_Types].xml': strToU8('<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"/></Types>'),
        'word/document.xml': strToU8('<w:document/>'),
      }),
    ],
  ])('%s', (_what, fileName, bytes) => {
    const e = rejection(fileName, bytes);
    expect(e.reason).toBe('UNSUPPORTED_TYPE');
    expect(e.params).toEqual({ allowed: 'PDF, DOCX, PNG, JPEG, WebP' });
  });

  it('a kind the caller does not accept here', () => {
    const e = rejection('agenda.pdf', samplePdf(), { accept: ['png', 'jpeg', 'webp'] });
    expect(e.reason).toBe('UNSUPPORTED_TYPE');
    expect(e.params).toEqual({ allowed: 'PNG, JPEG, WebP' });
    expect(inspectUpload('photo.png', undefined, samplePng(), { accept: ['png'] }).kind).toBe('png');
  });

  it('a macro-enabled document (.docm) renamed to .docx', () => {
    expect(reasonOf('macros.docx', sampleDocx({ macros: true }))).toBe('MACROS');
    const parts = docxParts();
    parts['word/vbaProject.bin'] = new Uint8Array([1, 2, 3]);
    expect(reasonOf('sneaky.docx', zip(parts))).toBe('MACROS');
  });

  it.each<[string, string, Buffer, string]>([
    ['a PDF named .docx', 'agenda.docx', samplePdf(), '.docx'],
    ['a DOCX named .pdf', 'agenda.pdf', sampleDocx(), '.pdf'],
    ['a PNG named .jpg', 'photo.jpg', samplePng(), '.jpg'],
    ['a JPEG named .png', 'photo.png', sampleJpeg(), '.png'],
    ['a WebP named .exe', 'image.exe', sampleWebp(), '.exe'],
    ['a PDF with a double extension', 'agenda.pdf.exe', samplePdf(), '.exe'],
  ])('a mismatch between extension and content: %s', (_what, fileName, bytes, extension) => {
    const e = rejection(fileName, bytes);
    expect(e.reason).toBe('EXTENSION_MISMATCH');
    expect(e.params['extension']).toBe(extension);
  });

  it('a name without an extension, saying which one is expected', () => {
    const e = rejection('agenda', samplePdf());
    expect(e.reason).toBe('EXTENSION_MISSING');
    expect(e.params).toEqual({ expected: '.pdf' });
    expect(rejection('.pdf', samplePdf()).reason).toBe('EXTENSION_MISSING');
    expect(rejection('photo', sampleJpeg()).params).toEqual({ expected: '.jpg' });
  });

  describe('a truncated or damaged file', () => {
    const half = (b: Buffer) => b.subarray(0, Math.floor(b.length / 2));

    it.each<[string, string, Buffer]>([
      ['a PDF cut in half', 'a.pdf', half(samplePdf())],
      ['a PDF that is only its signature', 'a.pdf', Buffer.from('%PDF-')],
      ['a PDF without %%EOF', 'a.pdf', Buffer.from(samplePdf().toString('latin1').replace('%%EOF', ''), 'latin1')],
      ['a PNG cut in half', 'a.png', half(samplePng())],
      ['a PNG without IEND', 'a.png', samplePng().subarray(0, samplePng().length - 12)],
      ['a PNG that is only its signature', 'a.png', samplePng().subarray(0, 8)],
      ['a JPEG cut in half', 'a.jpg', half(sampleJpeg())],
      ['a JPEG without its end marker', 'a.jpg', sampleJpeg().subarray(0, sampleJpeg().length - 2)],
      ['a JPEG that is only its signature', 'a.jpg', Buffer.from([0xff, 0xd8, 0xff])],
      ['a WebP cut short', 'a.webp', sampleWebp().subarray(0, 24)],
      ['a DOCX cut in half', 'a.docx', half(sampleDocx())],
      ['a DOCX missing its last byte', 'a.docx', sampleDocx().subarray(0, sampleDocx().length - 1)],
      ['a DOCX that is only a zip signature', 'a.docx', Buffer.from('PK\x03\x04', 'latin1')],
    ])('%s', (_what, fileName, bytes) => {
      const e = rejection(fileName, bytes);
      expect(e.reason).toBe('DAMAGED');
      expect(typeof e.params['type']).toBe('string');
    });

    it('a PNG with a flipped bit (CRC mismatch)', () => {
      const png = Buffer.from(samplePng());
      png[40] = (png[40] ?? 0) ^ 0x01;
      expect(reasonOf('a.png', png)).toBe('DAMAGED');
    });

    it('a DOCX whose central directory points outside the file', () => {
      const docx = Buffer.from(sampleDocx());
      const zipDir = readZipDirectory(docx);
      expect(zipDir.ok).toBe(true);
      const cd = docx.readUInt32LE(docx.length - 22 + 16);
      docx.writeUInt32LE(0x7fffffff, cd + 42); // first entry's local header offset
      expect(reasonOf('a.docx', docx)).toBe('DAMAGED');
    });

    it('a DOCX whose content types would inflate past 1 MB (a zip bomb stops early)', () => {
      const parts = docxParts();
      parts['[Content_Types].xml'] = strToU8(`<Types>${' '.repeat(2 * 1024 * 1024)}</Types>`);
      const bomb = zip(parts);
      expect(bomb.length).toBeLessThan(20 * 1024);
      expect(reasonOf('bomb.docx', bomb)).toBe('DAMAGED');
    });

    it('a cut-off zip that does not claim to be a DOCX is simply not accepted', () => {
      expect(reasonOf('archive.zip', half(sampleDocx()))).toBe('UNSUPPORTED_TYPE');
    });
  });

  it('with a DomainError the API translates into kk, ru and en', () => {
    const cases: [UploadRejectedError, Record<string, string>][] = [
      [rejection('a.pdf', Buffer.alloc(0)), { en: 'The file is empty.', ru: 'Файл пустой.', kk: 'Файл бос.' }],
      [rejection('a.pdf', Buffer.alloc(1024 * 1024 + 1, 0x20), { maxBytes: 1024 * 1024 }), { en: 'The file is too large: at most 1 MB.', kk: 'Файл тым үлкен: ең көбі 1 МБ.' }],
      [rejection('agenda.pdf', sampleExe()), { en: 'This type of file is not accepted. Accepted types: PDF, DOCX, PNG, JPEG, WebP.' }],
      [rejection('agenda.docx', samplePdf()), { ru: 'Содержимое файла (PDF) не соответствует его расширению (.docx).' }],
      [rejection('agenda', samplePdf()), { kk: 'Файл атауында кеңейтім жоқ: .pdf күтілген.' }],
      [rejection('a.png', samplePng().subarray(0, 20)), { en: 'The PNG file is damaged or was not uploaded completely.' }],
      [rejection('a.docx', sampleDocx({ macros: true })), { en: 'Documents with macros are not accepted. Save the document as DOCX without macros.' }],
    ];
    for (const [e, expected] of cases) {
      expect(e).toBeInstanceOf(DomainError);
      expect(e.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(e.details).toEqual({ reason: e.reason });
      for (const locale of LOCALES) expect(translate(e.messageKey, e.params, locale)).not.toMatch(/\{\w+\}/);
      for (const [locale, text] of Object.entries(expected)) expect(translate(e.messageKey, e.params, locale as 'kk' | 'ru' | 'en')).toBe(text);
    }
  });

  it('anything at all with an UploadRejectedError and nothing else (random bytes)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          // Real files with a random cut or a random byte changed: the interesting cases.
          fc.tuple(fc.constantFrom(samplePdf(), sampleDocx(), samplePng(), sampleJpeg(), sampleWebp()), fc.nat(), fc.nat(255)).map(([b, at, v]) => {
            const copy = Buffer.from(b);
            copy[at % copy.length] = v;
            return copy.subarray(0, (at % copy.length) + 1);
          }),
        ),
        fc.constantFrom('a.pdf', 'a.docx', 'a.png', 'a.jpg', 'a.webp', 'a'),
        (bytes, name) => {
          try {
            inspectUpload(name, undefined, bytes);
          } catch (e) {
            expect(e).toBeInstanceOf(UploadRejectedError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('safeFileName', () => {
  it.each<[string, string]>([
    ['Күн тәртібі.pdf', 'Күн тәртібі.pdf'],
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\Әлия\\Documents\\Хаттама №3.PDF', 'Хаттама №3.pdf'],
    ['  ..hidden .pdf', 'hidden.pdf'],
    ['a<b>:c"d|e?f*g.pdf', 'a_b__c_d_e_f_g.pdf'],
    ['line\nbreak\ttab\u0000nul.pdf', 'line_break_tab_nul.pdf'],
    ['invoice\u202Efdp.exe.pdf', 'invoice_fdp.exe.pdf'],
    ['CON.pdf', '_CON.pdf'],
    ['lpt1.pdf', '_lpt1.pdf'],
    ['....pdf', 'file.pdf'],
    ['///.pdf', 'file.pdf'],
    ['multiple   spaces .pdf', 'multiple spaces.pdf'],
    ['Қаза\u0301қ.pdf', 'Қаза\u0301қ.pdf'.normalize('NFC')],
  ])('%j → %j', (given, expected) => {
    expect(safeFileName(given, 'pdf')).toBe(expected);
  });

  it('keeps the user’s spelling of a JPEG extension but lower-cases it', () => {
    expect(safeFileName('a.JPEG', 'jpeg')).toBe('a.jpeg');
    expect(safeFileName('a.Jpg', 'jpeg')).toBe('a.jpg');
    expect(safeFileName('a', 'jpeg')).toBe('a.jpg');
  });

  it('cuts a long name to 200 UTF-8 bytes without splitting a letter', () => {
    const name = safeFileName(`${'ә'.repeat(300)}.docx`, 'docx');
    expect(name.endsWith('.docx')).toBe(true);
    const base = name.slice(0, -'.docx'.length);
    expect(Buffer.byteLength(base, 'utf8')).toBeLessThanOrEqual(200);
    expect(base).toBe('ә'.repeat(100));
  });
});
