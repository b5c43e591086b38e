export * from './lib/obligations.entities';
export * from './lib/obligations.models';
export * from './lib/obligations.service';
export * from './lib/obligations.queries';
export * from './lib/escalation.service';
export * from './lib/obligations.module';
