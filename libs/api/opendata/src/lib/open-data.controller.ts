import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { Public, RequestContext, httpError, isLocale, type Locale } from '@kenes/api/core';
import { OpenDataService } from './open-data.service';
import { POPOLO_SCHEMA } from './popolo-schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9-]{1,80}$/;
/** Feeds change when the record does; five minutes of caching is safe and spares the database. */
const MAX_AGE = 300;

/**
 * Feeds (iCalendar, Atom, RSS) and open data (CSV, JSON, Popolo) of published councils, at stable
 * URLs, with ETag and Cache-Control; `?lang=kk|ru|en` (default kk) picks the language of names.
 */
@Controller()
@Public()
export class OpenDataController {
  constructor(private readonly data: OpenDataService) {}

  private async send(req: Request, res: Response, type: string, build: (ctx: RequestContext, locale: Locale) => Promise<string | object>): Promise<void> {
    const lang = typeof req.query['lang'] === 'string' ? req.query['lang'] : 'kk';
    const locale: Locale = isLocale(lang) ? lang : 'kk';
    const ctx = new RequestContext(locale, randomUUID(), req.ip);
    try {
      const built = await build(ctx, locale);
      const body = typeof built === 'string' ? built : JSON.stringify(built, null, 2) + '\n';
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', `public, max-age=${MAX_AGE}`);
      res.setHeader('Vary', 'Accept-Encoding');
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
      res.status(200).type(type).send(body);
    } catch (e) {
      const { status, body } = httpError(e, locale);
      res.status(status).type('application/json').send(body);
    }
  }


  @Get('feeds/councils/:slug/meetings.ics')
  meetings(@Req() req: Request, @Res() res: Response, @Param('slug') slug: string): Promise<void> {
    return this.send(req, res, 'text/calendar; charset=utf-8', (ctx, l) => this.data.meetingsCalendar(ctx, SLUG.test(slug) ? slug : '-', l));
  }

  @Get('feeds/bodies/:id/deadlines.ics')
  deadlines(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return this.send(req, res, 'text/calendar; charset=utf-8', (ctx, l) => this.data.deadlinesCalendar(ctx, UUID.test(id) ? id : '00000000-0000-4000-8000-000000000000', l));
  }

  @Get('feeds/councils/:slug/decisions.atom')
  decisionsAtom(@Req() req: Request, @Res() res: Response, @Param('slug') slug: string): Promise<void> {
    return this.send(req, res, 'application/atom+xml; charset=utf-8', (ctx, l) => this.data.decisionsAtom(ctx, SLUG.test(slug) ? slug : '-', l));
  }

  @Get('feeds/councils/:slug/decisions.rss')
  decisionsRss(@Req() req: Request, @Res() res: Response, @Param('slug') slug: string): Promise<void> {
    return this.send(req, res, 'application/rss+xml; charset=utf-8', (ctx, l) => this.data.decisionsRss(ctx, SLUG.test(slug) ? slug : '-', l));
  }

  @Get('open-data/councils/:slug/votes.csv')
  votes(@Req() req: Request, @Res() res: Response, @Param('slug') slug: string): Promise<void> {
    return this.send(req, res, 'text/csv; charset=utf-8', (ctx, l) => this.data.votesCsv(ctx, SLUG.test(slug) ? slug : '-', l));
  }

  @Get('open-data/councils/:slug/obligations.csv')
  obligations(@Req() req: Request, @Res() res: Response, @Param('slug') slug: string): Promise<void> {
    return this.send(req, res, 'text/csv; charset=utf-8', (ctx, l) => this.data.obligationsCsv(ctx, SLUG.test(slug) ? slug : '-', l));
  }

  @Get('open-data/councils/:slug.json')
  popolo(@Req() req: Request, @Res() res: Response, @Param('slug') slug: string): Promise<void> {
    return this.send(req, res, 'application/json; charset=utf-8', (ctx, l) => this.data.popolo(ctx, SLUG.test(slug) ? slug : '-', l));
  }

  @Get('open-data/schema/popolo-kenes.schema.json')
  schema(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, 'application/schema+json; charset=utf-8', () => Promise.resolve(POPOLO_SCHEMA));
  }

  @Get('open-data/jurisdictions/:code.json')
  jurisdiction(@Req() req: Request, @Res() res: Response, @Param('code') code: string): Promise<void> {
    return this.send(req, res, 'application/json; charset=utf-8', (ctx, l) => this.data.jurisdiction(ctx, /^[A-Z0-9-]{1,40}$/.test(code) ? code : '-', l));
  }
}
