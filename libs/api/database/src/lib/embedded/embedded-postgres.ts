import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** The worker script sits beside this file in the sources and beside main.js in the build. */
function workerPath(): string {
  const candidates = [join(__dirname, 'pglite-worker.mjs'), join(__dirname, 'embedded', 'pglite-worker.mjs')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`pglite-worker.mjs not found next to ${__dirname}`);
  return found;
}

/**
 * Starts PGlite in a worker thread on a loopback port. PGlite serves one connection at a time,
 * so the pool that connects to it must have size 1.
 */
export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedPostgres> {
  const worker = new Worker(workerPath(), { workerData: { dataDir, host: '127.0.0.1', port } });
  const address = await new Promise<string>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with code ${code}`)));
    worker.once('message', (msg: { type: string; address?: string; message?: string }) => {
      if (msg.type === 'ready' && msg.address) resolve(msg.address);
      else reject(new Error(`embedded PostgreSQL failed to start: ${msg.message ?? 'unknown error'}`));
    });
  });
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  return {
    url: `postgres://postgres@${address}/postgres`,
    stop: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 5000);
        worker.once('message', () => {
          clearTimeout(timer);
          void worker.terminate().then(() => resolve());
        });
        worker.postMessage({ type: 'stop' });
      }),
  };
}
