import { Controller, Get, Param, Query as QueryParam, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { DomainError, Public, RequestContext, TransactionalConnection, negotiateLocale } from '@kenes/api/core';
import { FILE_ID_PATTERN, sendFileError, setDownloadHeaders } from '@kenes/api/files';
import { MeetingEntity, MeetingsRepository } from '@kenes/api/meetings';
import { SessionService } from '@kenes/api/identity';
import { CouncilEntity } from '@kenes/api/registry';
import { LOCALES, agendaBlocks, assembleMinutes, minutesBlocks, noticeBlocks, pickText, type Locale, type PrintBlock } from '@kenes/domain';
import { AnnualReportEntity, MinutesEntity, MinutesVersionEntity } from './minutes.entities';
import { MinutesRecordReader } from './minutes.record';
import { MinutesService } from './minutes.service';
import { reportBlocks } from './report-blocks';
import { renderHtml, renderPdf } from './print';

type Kind = 'minutes' | 'agenda' | 'notice';

/**
 * Official documents as PDF and printable HTML: `/files/{minutes|agenda|notice}/:meetingId.{pdf|html}`
 * and `/files/annual-report/:councilId/:year.{pdf|html}`, `?lang=kk|ru|en`. Public once published
 * (minutes, report) or announced (agenda, notice) on a published council; before that, for those
 * who may read the council.
 */
@Controller('files')
@Public() // The checks are here: publication, or the session's permission on the council.
export class MinutesFilesController {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly sessions: SessionService,
    private readonly meetings: MeetingsRepository,
    private readonly reader: MinutesRecordReader,
    private readonly minutes: MinutesService,
  ) {}

  private async context(req: Request, lang: unknown): Promise<RequestContext> {
    const locale = LOCALES.includes(lang as Locale) ? (lang as Locale) : negotiateLocale(req.headers);
    const ctx = new RequestContext(locale, randomUUID(), req.ip);
    ctx.user = await this.sessions.fromCookieHeader(req.headers.cookie);
    return ctx;
  }

  @Get(':kind/:file')
  async meetingDocument(@Req() req: Request, @Res() res: Response, @Param('kind') kind: string, @Param('file') file: string, @QueryParam('lang') lang: unknown): Promise<void> {
    const ctx = await this.context(req, lang);
    try {
      const m = /^([0-9a-f-]{36})\.(pdf|html)$/i.exec(file);
      if (!['minutes', 'agenda', 'notice'].includes(kind) || !m || !FILE_ID_PATTERN.test(m[1] ?? '')) throw DomainError.notFound('entity.document');
      const meetingId = m[1];
      const meeting = await this.connection.getRepository(ctx, MeetingEntity).findOneBy({ id: meetingId });
      if (!meeting) throw DomainError.notFound('entity.meeting');
      const council = await this.connection.getRepository(ctx, CouncilEntity).findOneByOrFail({ id: meeting.councilId });
      let blocks: PrintBlock[];
      let isPublic: boolean;
      if ((kind as Kind) === 'minutes') {
        const row = await this.connection.getRepository(ctx, MinutesEntity).findOneBy({ meetingId });
        if (!row) throw DomainError.notFound('entity.minutes');
        isPublic = row.state === 'published' && council.publishedAt !== null;
        if (!isPublic) await this.meetings.meetingFor(ctx, meetingId, 'council.read');
        const v = await this.connection.getRepository(ctx, MinutesVersionEntity).findOneByOrFail({ minutesId: row.id, version: row.currentVersion });
        const sigs = (await this.minutes.signatures(ctx, row.id))
          .filter((s) => s.version <= row.currentVersion)
          .map((s) => ({ role: s.role, name: s.signerName, note: `${s.signedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${s.method}` }));
        blocks = minutesBlocks(v.document, ctx.locale, sigs);
      } else {
        isPublic = !['draft', 'cancelled'].includes(meeting.state) && council.publishedAt !== null;
        if (!isPublic) await this.meetings.meetingFor(ctx, meetingId, 'council.read');
        const doc = assembleMinutes(await this.reader.read(ctx, meeting, council));
        blocks = kind === 'agenda' ? agendaBlocks(doc, ctx.locale) : noticeBlocks(doc, ctx.locale);
      }
      const title = `${pickText(council.name, ctx.locale)} — ${kind} № ${meeting.number}`;
      await this.send(res, m[2] as 'pdf' | 'html', ctx.locale, title, blocks, `${kind}-${meeting.number}`, isPublic);
    } catch (e) {
      sendFileError(res, e, ctx.locale);
    }
  }

  @Get('annual-report/:councilId/:file')
  async annualReport(@Req() req: Request, @Res() res: Response, @Param('councilId') councilId: string, @Param('file') file: string, @QueryParam('lang') lang: unknown): Promise<void> {
    const ctx = await this.context(req, lang);
    try {
      const m = /^(\d{4})\.(pdf|html)$/.exec(file);
      if (!m || !FILE_ID_PATTERN.test(councilId)) throw DomainError.notFound('entity.annualReport');
      const report = await this.connection.getRepository(ctx, AnnualReportEntity).findOneBy({ councilId, year: Number(m[1]) });
      if (!report) throw DomainError.notFound('entity.annualReport');
      const council = await this.connection.getRepository(ctx, CouncilEntity).findOneByOrFail({ id: councilId });
      const isPublic = report.state === 'published' && council.publishedAt !== null;
      if (!isPublic) await this.meetings.councilFor(ctx, councilId, 'council.read', 'entity.annualReport');
      const blocks = reportBlocks(report, pickText(council.name, ctx.locale), ctx.locale);
      await this.send(res, m[2] as 'pdf' | 'html', ctx.locale, `${pickText(council.name, ctx.locale)} — ${report.year}`, blocks, `annual-report-${report.year}`, isPublic);
    } catch (e) {
      sendFileError(res, e, ctx.locale);
    }
  }

  /** Printed documents are generated, not uploaded: the PDF opens in the browser, the HTML may use its own styles only. */
  private async send(res: Response, format: 'pdf' | 'html', locale: Locale, title: string, blocks: PrintBlock[], name: string, isPublic: boolean): Promise<void> {
    if (format === 'pdf') {
      const pdf = await renderPdf(title, blocks, title);
      setDownloadHeaders(res, { mediaType: 'application/pdf', isPublic, maxAgeSeconds: 300, disposition: { fileName: `${name}.pdf`, inline: true } });
      res.send(pdf);
    } else {
      setDownloadHeaders(res, { mediaType: 'text/html; charset=utf-8', isPublic, maxAgeSeconds: 300, contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'" });
      res.send(renderHtml(locale, title, blocks, title));
    }
  }
}
