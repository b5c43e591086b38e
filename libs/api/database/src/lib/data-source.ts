import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import { MIGRATIONS } from './migrations';

export interface DataSourceConfig {
  url: string;
  poolSize: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  logging?: boolean;
  /** Called with every SQL statement; the test harness counts statements per operation. */
  onQuery?: (sql: string) => void;
}

/**
 * The one way the product opens PostgreSQL. Schema changes go through migrations only:
 * `synchronize` is off in every environment, tests included.
 */
export function createDataSource(config: DataSourceConfig): DataSource {
  const options: DataSourceOptions = {
    type: 'postgres',
    url: config.url,
    entities: config.entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    poolSize: config.poolSize,
    extra: { max: config.poolSize, connectionTimeoutMillis: 10_000, application_name: 'kenes' },
    logging: config.logging ? ['error', 'warn'] : false,
    logger: config.onQuery ? new CountingLogger(config.onQuery) : undefined,
  };
  return new DataSource(options);
}

class CountingLogger {
  constructor(private readonly onQuery: (sql: string) => void) {}
  logQuery(query: string): void {
    this.onQuery(query);
  }
  logQueryError(): void {
    // only statements are counted
  }
  logQuerySlow(): void {
    // only statements are counted
  }
  logSchemaBuild(): void {
    // only statements are counted
  }
  logMigration(): void {
    // only statements are counted
  }
  log(): void {
    // only statements are counted
  }
}
