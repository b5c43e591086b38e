// The admin operations, one module per operations file (see libs/client/graphql/codegen.ts).
export * from './types';
export * from './competitions';
export * from './composition';
export * from './council-setup';
export * from './councils';
export * from './identity';
export * from './meetings';
export * from './minutes';
export * from './obligations';
export * from './registry';