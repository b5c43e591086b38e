import { join } from 'node:path';
import { loadConfig } from '@kenes/api/core';
import { createTestDatabase, type TestDatabase } from '@kenes/api/database/testing';
import { createServer, type KenesServer } from '../../apps/api/src/server';

export const ROOT = join(__dirname, '../..');

/**
 * The legal "today" of every test server: the demo data's terms and deadlines are dated, and
 * the tests must mean the same thing on any day they run.
 */
export const TEST_TODAY = '2026-11-28';
process.env['KENES_TODAY'] = TEST_TODAY;

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }> };
}

export interface TestServer {
  url: string;
  server: KenesServer;
  db: TestDatabase;
  /** POST a GraphQL operation to `path` (default the admin endpoint). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: { path?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  /** Signs in and returns the Cookie header for later calls. */
  signIn(email: string, password?: string): Promise<string>;
  /** Runs `work` and returns the SQL statements it caused. */
  countQueries(work: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * The real product on a fresh database of its own (migrated template copy + demo data),
 * listening on a random loopback port. No front ends: browser tests start the built server.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const db = await createTestDatabase();
  let recording: string[] | undefined;
  const config = loadConfig(
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', KENES_TODAY: TEST_TODAY, DATABASE_URL: db.url, DATABASE_POOL_SIZE: '5', KENES_SEED_DEMO: 'true', KENES_SERVE_FRONTENDS: 'false', ...env },
    ROOT,
  );
  const server = await createServer(config, { onQuery: (sql) => recording?.push(sql) });
  await server.app.listen(0, '127.0.0.1');
  const { port } = server.app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    server,
    db,
    async gql(query, variables, options) {
      const res = await fetch(`${url}${options?.path ?? '/graphql'}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(options?.headers ?? {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse['body'] };
    },
    async signIn(email, password = 'kenes-demo-2026') {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', variables: { i: { email, password } } }),
      });
      const cookie = res.headers.get('set-cookie');
      if (!cookie) throw new Error(`sign-in as ${email} failed: ${await res.text()}`);
      return cookie.split(';')[0] as string;
    },
    async countQueries(work) {
      recording = [];
      try {
        await work();
        return recording;
      } finally {
        recording = undefined;
      }
    },
    async close() {
      await server.close();
      await db.drop();
    },
  } as TestServer;
}
