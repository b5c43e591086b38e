import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../data-source';
import { MIGRATIONS } from '../migrations';

/**
 * Test databases, Immich-style: migrations run once into a template database, and every
 * test file gets its own copy (`CREATE DATABASE … TEMPLATE`), so files run in parallel and
 * never share state. Uses DATABASE_URL when set; otherwise a throwaway PostgreSQL cluster
 * from this machine's binaries (see startThrowawayPostgres).
 */

const TEMPLATE_PREFIX = 'kenes_tpl_';
const TEST_PREFIX = 'kenes_test_';

export function adminUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set: the test global setup should have set it');
  return url;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** The template's name changes whenever the set of migrations changes. */
export function templateName(): string {
  const hash = createHash('sha256')
    .update(MIGRATIONS.map((m) => m.name).join(','))
    .digest('hex')
    .slice(0, 12);
  return `${TEMPLATE_PREFIX}${hash}`;
}

async function withAdmin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the migrated template unless it exists; drops stale templates. */
export async function prepareTemplate(): Promise<string> {
  const name = templateName();
  await withAdmin(async (c) => {
    // Several processes (jest projects) may prepare at once.
    await c.query("SELECT pg_advisory_lock(hashtextextended('kenes:test-template', 0))");
    try {
      const existing = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${TEMPLATE_PREFIX}%`]);
      for (const { datname } of existing.rows) {
        if (datname !== name) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
      if (existing.rows.some((r) => r.datname === name)) return;
      await c.query(`CREATE DATABASE "${name}"`);
      const ds = createDataSource({ url: withDatabase(adminUrl(), name), poolSize: 1, entities: [] });
      try {
        await ds.initialize();
        await ds.runMigrations({ transaction: 'each' });
      } catch (e) {
        if (ds.isInitialized) await ds.destroy();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        throw e;
      }
      await ds.destroy();
    } finally {
      await c.query("SELECT pg_advisory_unlock(hashtextextended('kenes:test-template', 0))");
    }
  });
  return name;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = await prepareTemplate();
  const name = `${TEST_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(async (c) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (e) {
        // Two clones of one template at the same instant can collide; try again shortly.
        if (attempt >= 20 || !/being accessed by other users/.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return {
    name,
    url: withDatabase(adminUrl(), name),
    drop: () => withAdmin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}

export interface ThrowawayPostgres {
  url: string;
  stop(): Promise<void>;
}

function findPgBin(): string | undefined {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    /* fall through */
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  return undefined;
}

/**
 * A private PostgreSQL cluster in a temporary folder, on a random port: used when no
 * DATABASE_URL is given, so tests never touch a database they were not given. As root,
 * PostgreSQL refuses to run, so the server runs as the `postgres` OS user.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findPgBin();
  if (!bin) {
    throw new Error('No DATABASE_URL and no PostgreSQL binaries found (initdb). Set DATABASE_URL to a PostgreSQL server for tests.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'kenes-pg-'));
  const asRoot = process.getuid?.() === 0;
  chmodSync(dir, 0o777);
  const run = (cmd: string, args: string[]): string[] => (asRoot ? ['runuser', '-u', 'postgres', '--', join(bin, cmd), ...args] : [join(bin, cmd), ...args]);
  const data = join(dir, 'data');
  const [c0, ...a0] = run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  execFileSync(c0, a0, { stdio: 'ignore' });
  const port = 20000 + Math.floor(Math.random() * 20000);
  const [c1, ...a1] = run('postgres', ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200']);
  const child: ChildProcess = spawn(c1, a1, { stdio: 'ignore', detached: false });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  for (let i = 0; ; i++) {
    try {
      const c = new Client({ connectionString: url });
      await c.connect();
      await c.end();
      break;
    } catch (e) {
      if (i > 100) throw new Error(`throwaway PostgreSQL did not start: ${String(e)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: async () => {
      // runuser does not pass signals on: ask pg_ctl, which signals the postmaster itself.
      const [c2, ...a2] = run('pg_ctl', ['-D', data, 'stop', '-m', 'immediate', '-w']);
      const exited = new Promise((r) => child.once('exit', r));
      try {
        execFileSync(c2, a2, { stdio: 'ignore' });
      } catch {
        child.kill('SIGKILL');
      }
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
