import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AUTH_USER_KEY } from '@kenes/api/core';
import { SessionService } from './session.service';

/** Resolves the session cookie into the signed-in user before GraphQL builds its context. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(req: Request, _res: Response, next: NextFunction): Promise<void> {
    try {
      const user = await this.sessions.fromCookieHeader(req.headers.cookie);
      if (user) (req as unknown as Record<string, unknown>)[AUTH_USER_KEY] = user;
      next();
    } catch (e) {
      next(e);
    }
  }
}
