import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AUTH_USER_KEY } from '@kenes/api/core';
import { SESSION_COOKIE, SessionService } from './session.service';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

/** Resolves the session cookie into the signed-in user before GraphQL builds its context. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(req: Request, _res: Response, next: NextFunction): Promise<void> {
    try {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      if (token && token.length <= 200) {
        (req as unknown as Record<string, unknown>)[AUTH_USER_KEY] = await this.sessions.resolve(token);
      }
      next();
    } catch (e) {
      next(e);
    }
  }
}
