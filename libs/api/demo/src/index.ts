export * from './lib/demo-registry';
export * from './lib/demo-seed';
export * from './lib/demo-people';
