import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '@kenes/api/core';
import { defaultFrontendPaths } from './app/frontends';
import { createServer } from './server';

/** main.js lives in dist/apps/api: the repository is three levels up, whatever the working folder. */
const REPO_ROOT = resolve(__dirname, '../../..');

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, REPO_ROOT);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const server = await createServer(config, { frontends: defaultFrontendPaths(REPO_ROOT) });
  await server.app.listen(config.port, config.host);
  const address = server.app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl ?? `http://localhost:${port}`;
  server.log.info(`Kenes is ready on port ${port}`);
  process.stdout.write(
    [
      '',
      '  Kenes is running:',
      `    Portal (public)   ${base}/`,
      `    Admin             ${base}/admin/`,
      `    GraphQL (admin)   ${base}/graphql`,
      `    GraphQL (public)  ${base}/public/graphql`,
      `    Health            ${base}/health`,
      '',
    ].join('\n') + '\n',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.log.info(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await server.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e: unknown) => {
  process.stderr.write(`Kenes failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
