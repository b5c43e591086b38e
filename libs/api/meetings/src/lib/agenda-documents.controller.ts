import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { DomainError, Public, RequestContext, TransactionalConnection, negotiateLocale } from '@kenes/api/core';
import { FILE_ID_PATTERN, FILE_STORAGE, UPLOAD_LIMITS, isSameOriginUpload, receiveUpload, sendFileError, sendStoredFile, type FileStorage, type UploadLimits } from '@kenes/api/files';
import { SessionService } from '@kenes/api/identity';
import { AgendaDocumentEntity, AgendaItemEntity, MeetingEntity } from './meetings.entities';
import { MeetingsRepository } from './meetings.repository';
import { MeetingLive } from './meeting-live';

/**
 * Documents of agenda items. Upload: `POST /files/agenda-items/:itemId/documents` with the raw
 * file as the body, its name in `x-file-name` (URI-encoded) and `x-kenes-upload: 1`; the type is
 * decided by the content. Download: `GET /files/agenda-documents/:id`, public once the meeting is
 * announced on a published council, otherwise for the council's people only.
 */
@Controller('files')
@Public() // The checks are here: the session, the origin and the row-level permission.
export class AgendaDocumentsController {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly repo: MeetingsRepository,
    private readonly sessions: SessionService,
    private readonly live: MeetingLive,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(UPLOAD_LIMITS) private readonly limits: UploadLimits,
  ) {}

  private async context(req: Request): Promise<RequestContext> {
    const ctx = new RequestContext(negotiateLocale(req.headers), randomUUID(), req.ip);
    ctx.user = await this.sessions.fromCookieHeader(req.headers.cookie);
    return ctx;
  }

  @Post('agenda-items/:itemId/documents')
  async upload(@Req() req: Request, @Res() res: Response, @Param('itemId') itemId: string): Promise<void> {
    const ctx = await this.context(req);
    try {
      if (!isSameOriginUpload(req)) throw DomainError.forbidden();
      if (!ctx.user) throw DomainError.unauthenticated();
      if (!FILE_ID_PATTERN.test(itemId)) throw DomainError.notFound('entity.agendaItem');
      // Access before reading a byte: a stranger's upload is refused without being stored.
      await this.repo.itemFor(ctx, itemId, 'meeting.manage');
      const saved = await receiveUpload(req, this.storage, this.limits, { keyPrefix: `agenda/${itemId}` }, ({ key, inspected }) =>
        this.connection.withTransaction(ctx, async () => {
          const { item, meeting, council } = await this.repo.itemFor(ctx, itemId, 'meeting.manage');
          await this.connection.manager(ctx).query('SELECT id FROM meeting WHERE id = $1 FOR UPDATE', [meeting.id]);
          const fresh = await this.connection.getRepository(ctx, MeetingEntity).findOneByOrFail({ id: meeting.id });
          if (!['draft', 'announced', 'inSession'].includes(fresh.state)) throw DomainError.conflict('meetings.agendaLocked');
          const repo = this.connection.getRepository(ctx, AgendaDocumentEntity);
          const doc = await repo.save(
            repo.create({
              itemId: item.id,
              fileName: inspected.safeFileName,
              mediaType: inspected.mediaType,
              sizeBytes: inspected.size,
              sha256: inspected.sha256,
              storageKey: key,
              uploadedBy: ctx.user?.id ?? null,
            }),
          );
          await this.repo.record(ctx, council, 'agenda.documentAdded', 'agenda_document', doc.id, {
            itemId: item.id,
            sha256: inspected.sha256,
            size: inspected.size,
            mediaType: inspected.mediaType,
          });
          this.live.changed(ctx, meeting.id, 'agenda');
          return doc;
        }),
      );
      res.status(201).send({ id: saved.id, fileName: saved.fileName, mediaType: saved.mediaType, sizeBytes: saved.sizeBytes, url: `/files/agenda-documents/${saved.id}` });
    } catch (e) {
      sendFileError(res, e, ctx.locale);
    }
  }

  @Get('agenda-documents/:id')
  async download(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const ctx = await this.context(req);
    try {
      if (!FILE_ID_PATTERN.test(id)) throw DomainError.notFound('entity.document');
      const doc = await this.connection.getRepository(ctx, AgendaDocumentEntity).findOneBy({ id });
      if (!doc) throw DomainError.notFound('entity.document');
      const item = await this.connection.getRepository(ctx, AgendaItemEntity).findOneByOrFail({ id: doc.itemId });
      const rows: Array<{ state: string; published_at: Date | null }> = await this.connection
        .manager(ctx)
        .query('SELECT m.state, c.published_at FROM meeting m JOIN council c ON c.id = m.council_id WHERE m.id = $1', [item.meetingId]);
      const isPublic = rows[0] && rows[0].state !== 'draft' && rows[0].published_at !== null;
      if (!isPublic) {
        if (!ctx.user) throw DomainError.notFound('entity.document');
        await this.repo.itemFor(ctx, item.id, 'council.read').catch(() => {
          throw DomainError.notFound('entity.document');
        });
      }
      await sendStoredFile(res, this.storage, doc, !!isPublic);
    } catch (e) {
      sendFileError(res, e, ctx.locale);
    }
  }
}
