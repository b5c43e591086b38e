import { prepareTemplate, startThrowawayPostgres, type ThrowawayPostgres } from '../../libs/api/database/src/testing';

declare global {
  var __KENES_THROWAWAY_PG__: ThrowawayPostgres | undefined;
}

/** Gives every test worker a DATABASE_URL and a migrated template to clone. */
export default async function globalSetup(): Promise<void> {
  if (!process.env['DATABASE_URL']) {
    const pg = await startThrowawayPostgres();
    process.env['DATABASE_URL'] = pg.url;
    globalThis.__KENES_THROWAWAY_PG__ = pg;
  }
  await prepareTemplate();
}
