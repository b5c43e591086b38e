export * from './lib/registry.entities';
export * from './lib/registry.models';
export * from './lib/registry.inputs';
export * from './lib/council.service';
export * from './lib/council-index.service';
export * from './lib/jurisdiction.service';
export * from './lib/registry.module';
