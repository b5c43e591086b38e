import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { MailService } from './mail.service';
import { SessionMiddleware } from './session.middleware';
import { SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';

@Module({
  providers: [IdentityService, SessionService, SignInThrottle, MailService, SessionMiddleware],
  exports: [IdentityService, SessionService, MailService],
})
export class IdentityModule implements NestModule {
  /** Only the authenticated endpoint reads the session cookie; the public one never does. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
  }
}

@Module({ imports: [IdentityModule], providers: [IdentityResolver] })
export class IdentityAdminApiModule {}
