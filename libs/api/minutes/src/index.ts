export * from './lib/minutes.entities';
export * from './lib/minutes-signer';
export * from './lib/minutes.service';
export * from './lib/minutes.record';
export * from './lib/minutes-deadline.service';
export * from './lib/annual-report.service';
export * from './lib/print';
export * from './lib/minutes.module';
