import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat, readFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { assertMediaType, assertSafeKey, InvalidFileKeyError, type FileStorage, type StoredFile } from './file-storage';

const TMP_DIR = '.tmp';
const META_DIR = '.meta';

function isNotFound(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * Files on local disk under one folder: `<root>/<key>` holds the bytes and
 * `<root>/.meta/<key>.json` the media type. A write goes to `<root>/.tmp/` first, is flushed to
 * disk and then renamed into place (rename is atomic on one file system), so a reader sees the
 * old file or the new one, never half of one, and a crash leaves at most a stray temp file.
 */
export class LocalDiskStorage implements FileStorage {
  readonly kind = 'local' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): { file: string; meta: string } {
    assertSafeKey(key);
    const file = resolve(this.root, key);
    // Belt and braces: assertSafeKey already makes this impossible.
    if (!file.startsWith(this.root + sep)) throw new InvalidFileKeyError(key, 'escapes the storage folder');
    return { file, meta: join(this.root, META_DIR, `${key}.json`) };
  }

  private async writeTemp(bytes: Uint8Array | string): Promise<string> {
    const dir = join(this.root, TMP_DIR);
    await mkdir(dir, { recursive: true });
    const path = join(dir, randomUUID());
    const handle = await open(path, 'wx', 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return path;
  }

  async put(key: string, bytes: Uint8Array, mediaType: string): Promise<void> {
    const { file, meta } = this.pathOf(key);
    assertMediaType(mediaType);
    const temps: string[] = [];
    try {
      const tmpMeta = await this.writeTemp(JSON.stringify({ mediaType, size: bytes.byteLength }));
      temps.push(tmpMeta);
      const tmpFile = await this.writeTemp(bytes);
      temps.push(tmpFile);
      await mkdir(dirname(meta), { recursive: true });
      await mkdir(dirname(file), { recursive: true });
      // The metadata first: once the file is visible, its media type is too.
      await rename(tmpMeta, meta);
      await rename(tmpFile, file);
      await this.syncDir(dirname(file));
    } finally {
      await Promise.all(temps.map((t) => rm(t, { force: true })));
    }
  }

  /** Makes the rename itself durable (the directory entry), where the platform allows it. */
  private async syncDir(dir: string): Promise<void> {
    try {
      const handle = await open(dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Some platforms cannot fsync a directory; the data itself was already flushed.
    }
  }

  async get(key: string): Promise<StoredFile | null> {
    const { file, meta } = this.pathOf(key);
    let handle;
    try {
      handle = await open(file, 'r');
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) {
        await handle.close();
        return null;
      }
      const mediaType = await this.readMediaType(meta);
      return { body: handle.createReadStream({ autoClose: true }), size: info.size, mediaType };
    } catch (e) {
      await handle.close();
      throw e;
    }
  }

  private async readMediaType(meta: string): Promise<string> {
    try {
      const parsed = JSON.parse(await readFile(meta, 'utf8')) as { mediaType?: unknown };
      return typeof parsed.mediaType === 'string' ? parsed.mediaType : 'application/octet-stream';
    } catch {
      return 'application/octet-stream';
    }
  }

  async delete(key: string): Promise<void> {
    const { file, meta } = this.pathOf(key);
    await rm(file, { force: true });
    await rm(meta, { force: true });
  }

  async exists(key: string): Promise<boolean> {
    const { file } = this.pathOf(key);
    try {
      return (await stat(file)).isFile();
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
  }
}
