export * from './lib/formats';
export * from './lib/popolo-schema';
export * from './lib/open-data.service';
export * from './lib/opendata.module';
