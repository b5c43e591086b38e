import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@kenes/api/database/testing';
import { ROOT, TEST_TODAY } from './test-server';

export interface ProductProcess {
  url: string;
  db: TestDatabase;
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The built product exactly as `npm start` runs it (dist/apps/api/main.js serving API,
 * admin and SSR portal on one port), on a fresh test database with the demo data.
 */
export async function startProduct(env: Record<string, string> = {}): Promise<ProductProcess> {
  const main = join(ROOT, 'dist/apps/api/main.js');
  if (!existsSync(main)) throw new Error('dist/apps/api/main.js is missing: run "npm run build" first');
  const db = await createTestDatabase();
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: db.url, KENES_SEED_DEMO: 'true', KENES_TODAY: TEST_TODAY, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the product exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`the product did not become ready:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    db,
    output: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await db.drop();
    },
  };
}
