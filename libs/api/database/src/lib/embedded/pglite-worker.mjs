// Runs PGlite (PostgreSQL compiled to WebAssembly) in its own worker thread and exposes it
// on a loopback TCP port speaking the PostgreSQL protocol. A worker of its own because
// Angular SSR replaces DOM globals such as CustomEvent in the main thread, which
// pglite-socket relies on (see docs/adr/0002-embedded-postgresql.md).
import { parentPort, workerData } from 'node:worker_threads';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { dataDir, host, port } = workerData;
mkdirSync(dataDir, { recursive: true });
let db;
let server;
try {
  db = await PGlite.create(dataDir);
  server = new PGLiteSocketServer({ db, host, port, inspect: false });
  await server.start();
  const address = server.getServerConn();
  parentPort.postMessage({ type: 'ready', address });
} catch (e) {
  parentPort.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}

parentPort.on('message', async (msg) => {
  if (msg?.type !== 'stop') return;
  try {
    await server?.stop();
    await db?.close();
  } finally {
    parentPort.postMessage({ type: 'stopped' });
  }
});
