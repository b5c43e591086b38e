import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource, type DataSourceConfig } from './data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded/embedded-postgres';

export interface OpenDatabaseOptions extends Omit<DataSourceConfig, 'url' | 'poolSize'> {
  databaseUrl?: string;
  poolSize: number;
  dataDir: string;
  log?: (message: string) => void;
}

export interface OpenDatabase {
  dataSource: DataSource;
  embedded?: EmbeddedPostgres;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL in `dataDir/pglite`, then
 * applies pending migrations.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenDatabase> {
  const log = options.log ?? (() => undefined);
  let embedded: EmbeddedPostgres | undefined;
  let url = options.databaseUrl;
  let poolSize = options.poolSize;
  if (!url) {
    const dir = join(options.dataDir, 'pglite');
    mkdirSync(options.dataDir, { recursive: true });
    log(`No DATABASE_URL: starting the embedded PostgreSQL (PGlite) in ${dir}`);
    embedded = await startEmbeddedPostgres(dir);
    url = embedded.url;
    // PGlite serves a single session.
    poolSize = 1;
  }
  const dataSource = createDataSource({ ...options, url, poolSize });
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  } catch (e) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw e;
  }
  return {
    dataSource,
    embedded,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
