import 'reflect-metadata';
import compression from 'compression';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AuditService, TransactionalConnection, type AppConfig } from '@kenes/api/core';
import { openDatabase, type OpenDatabase } from '@kenes/api/database';
import { seedDemo } from '@kenes/api/demo';
import { AppModule } from './app/app.module';
import { ENTITIES } from './app/entities';
import { type FrontendPaths, mountFrontends } from './app/frontends';
import { createPino, PinoNestLogger } from './app/logger';

export interface KenesServer {
  app: NestExpressApplication;
  database: OpenDatabase;
  log: Logger;
  close(): Promise<void>;
}

export interface CreateServerOptions {
  frontends?: FrontendPaths;
  onQuery?: (sql: string) => void;
}

/** Builds the whole product (database, API, front ends) without listening yet. */
export async function createServer(config: AppConfig, options: CreateServerOptions = {}): Promise<KenesServer> {
  const log = createPino(config);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    poolSize: config.databasePoolSize,
    dataDir: config.dataDir,
    entities: ENTITIES,
    onQuery: options.onQuery,
    log: (m) => log.info(m),
  });
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database.dataSource), {
      logger: new PinoNestLogger(log),
      bufferLogs: false,
    });
    app.disable('x-powered-by');
    app.set('trust proxy', 'loopback');
    // gzip for text (pages, scripts, GraphQL answers, feeds) when the client accepts it: a cheap
    // phone on a slow network downloads a third of the portal's JavaScript. PDFs and images are
    // left as they are (not compressible); WebSocket upgrades never pass through here.
    app.use(compression());
    if (config.seedDemo) {
      const result = await seedDemo(app.get(TransactionalConnection), app.get(AuditService));
      if (result.seeded) log.info(`Loaded the demo data (${result.councils} councils).`);
    }
    if (config.serveFrontends && options.frontends) {
      await mountFrontends(app.getHttpAdapter().getInstance(), options.frontends, log, { publicUrl: config.publicUrl });
    }
    await app.init();
    return {
      app,
      database,
      log,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (e) {
    await database.close();
    throw e;
  }
}
