export * from './lib/composition.entities';
