export * from './lib/search.models';
export * from './lib/search.service';
export * from './lib/search.module';
