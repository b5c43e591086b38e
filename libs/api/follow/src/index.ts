export * from './lib/follow.entities';
export * from './lib/follow.service';
export * from './lib/follow.module';
