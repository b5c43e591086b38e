export * from './lib/demo-registry';
export * from './lib/demo-seed';
export * from './lib/demo-people';
export * from './lib/demo-composition';
export * from './lib/demo-composition-seed';
