export * from './lib/data-source';
export * from './lib/embedded/embedded-postgres';
export * from './lib/database.provider';
export { MIGRATIONS } from './lib/migrations';
