export * from './lib/identity.entities';
export * from './lib/identity.models';
export * from './lib/identity.service';
export * from './lib/session.service';
export * from './lib/mail.service';
export * from './lib/secrets';
export * from './lib/sign-in-throttle';
export * from './lib/identity.module';
