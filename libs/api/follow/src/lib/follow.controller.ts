import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { Public, RequestContext, isLocale, translate, type Locale } from '@kenes/api/core';
import { FollowService } from './follow.service';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain page in the product's look: one message, big type, nothing to load. */
function page(locale: Locale, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kenes</title>
<style>body{font:20px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}button{font:inherit;padding:.75rem 1.5rem;min-height:48px;border-radius:.5rem;border:2px solid #0b5cab;background:#0b5cab;color:#fff;cursor:pointer}button:focus-visible{outline:3px solid #f5b700;outline-offset:2px}</style>
</head><body><main>${body}</main></body></html>`;
}

/**
 * The links in the letters: confirmation (double opt-in) and one-click unsubscribe. GET shows a
 * page (a mail scanner following the link unsubscribes no one); POST unsubscribes (RFC 8058).
 */
@Controller('follow')
@Public()
export class FollowController {
  constructor(private readonly follow: FollowService) {}

  private locale(req: Request): Locale {
    const lang = req.query['lang'];
    return typeof lang === 'string' && isLocale(lang) ? lang : 'ru';
  }

  @Get('confirm')
  async confirm(@Req() req: Request, @Res() res: Response, @Query('token') token?: string): Promise<void> {
    const l = this.locale(req);
    const ok = typeof token === 'string' && token.length <= 100 && (await this.follow.confirm(new RequestContext(l, randomUUID(), req.ip), token));
    res.status(ok ? 200 : 404).type('text/html').send(page(l, `<h1>${esc(translate(ok ? 'follow.confirmed' : 'follow.unknownLink', {}, l))}</h1>`));
  }

  @Get('unsubscribe')
  ask(@Req() req: Request, @Res() res: Response, @Query('token') token?: string): void {
    const l = this.locale(req);
    const t = typeof token === 'string' ? token.slice(0, 100) : '';
    res
      .status(200)
      .type('text/html')
      .send(
        page(
          l,
          `<h1>${esc(translate('follow.unsubscribeAsk', {}, l))}</h1><form method="post" action="/follow/unsubscribe?token=${encodeURIComponent(t)}&amp;lang=${l}"><button type="submit">${esc(translate('follow.unsubscribeButton', {}, l))}</button></form>`,
        ),
      );
  }

  @Post('unsubscribe')
  async unsubscribe(@Req() req: Request, @Res() res: Response, @Query('token') token?: string): Promise<void> {
    const l = this.locale(req);
    const ok = typeof token === 'string' && token.length <= 100 && (await this.follow.unsubscribe(new RequestContext(l, randomUUID(), req.ip), token));
    res.status(ok ? 200 : 404).type('text/html').send(page(l, `<h1>${esc(translate(ok ? 'follow.unsubscribed' : 'follow.unknownLink', {}, l))}</h1>`));
  }
}
