// Starts the built product (dist/apps/api/main.js) on a free loopback port with demo data, for the
// bench scripts. Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in a temporary folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export async function startProduct(env = {}) {
  const port = await new Promise((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => r(p));
    });
  });
  const data = mkdtempSync(join(tmpdir(), 'kenes-bench-'));
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KENES_DATA_DIR: data, LOG_LEVEL: 'warn', NODE_ENV: 'production', KENES_SEED_DEMO: 'true', ...env },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/health/ready`)).ok) break;
    } catch {}
    if (i > 600) throw new Error('the product did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(data, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
