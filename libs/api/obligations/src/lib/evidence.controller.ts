import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { DomainError, Public, RequestContext, TransactionalConnection, negotiateLocale, scopeFor } from '@kenes/api/core';
import { FILE_ID_PATTERN, FILE_STORAGE, UPLOAD_LIMITS, isSameOriginUpload, receiveUpload, sendFileError, sendStoredFile, type FileStorage, type UploadLimits } from '@kenes/api/files';
import { SessionService } from '@kenes/api/identity';
import { EvidenceFileEntity } from './obligations.entities';

/**
 * Evidence of commitments (documents, photos). Upload: `POST /files/evidence` (raw body, name in
 * `x-file-name`, header `x-kenes-upload: 1`) by a body's officer or a council's member or secretary;
 * it returns the id to cite in `reportOnCommitment` or `disputeCommitment`. Download:
 * `GET /files/evidence/:id`, public once a report on a published council cites it, otherwise for the
 * uploader only.
 */
@Controller('files/evidence')
@Public() // The checks are here: the session, the origin, the permission.
export class EvidenceController {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly sessions: SessionService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(UPLOAD_LIMITS) private readonly limits: UploadLimits,
  ) {}

  private async context(req: Request): Promise<RequestContext> {
    const ctx = new RequestContext(negotiateLocale(req.headers), randomUUID(), req.ip);
    ctx.user = await this.sessions.fromCookieHeader(req.headers.cookie);
    return ctx;
  }

  @Post()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = await this.context(req);
    try {
      if (!isSameOriginUpload(req)) throw DomainError.forbidden();
      if (!ctx.user) throw DomainError.unauthenticated();
      const respond = scopeFor(ctx.user, 'obligation.respond');
      const mayUpload = respond.all || respond.stateBodyIds.length > 0 || ctx.user.permissions.has('meeting.participate') || ctx.user.permissions.has('meeting.manage');
      if (!mayUpload) throw DomainError.forbidden();
      const uploadedBy = ctx.user.id;
      const saved = await receiveUpload(req, this.storage, this.limits, { keyPrefix: 'evidence', fallbackName: 'evidence' }, ({ key, inspected }) =>
        this.connection.getRepository(ctx, EvidenceFileEntity).save({
          bodyId: respond.stateBodyIds[0] ?? null,
          fileName: inspected.safeFileName,
          mediaType: inspected.mediaType,
          sizeBytes: inspected.size,
          sha256: inspected.sha256,
          storageKey: key,
          uploadedBy,
        }),
      );
      res.status(201).send({ id: saved.id, fileName: saved.fileName, mediaType: saved.mediaType, sizeBytes: saved.sizeBytes, url: `/files/evidence/${saved.id}` });
    } catch (e) {
      sendFileError(res, e, ctx.locale);
    }
  }

  @Get(':id')
  async download(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const ctx = await this.context(req);
    try {
      if (!FILE_ID_PATTERN.test(id)) throw DomainError.notFound('entity.document');
      const file = await this.connection.getRepository(ctx, EvidenceFileEntity).findOneBy({ id });
      if (!file) throw DomainError.notFound('entity.document');
      const [{ cited }]: Array<{ cited: boolean }> = await this.connection.manager(ctx).query(
        `SELECT EXISTS (
           SELECT 1 FROM commitment_update u JOIN commitment c ON c.id = u.commitment_id JOIN obligation o ON o.id = c.obligation_id
             JOIN recommendation r ON r.id = o.recommendation_id JOIN council k ON k.id = r.council_id
            WHERE k.published_at IS NOT NULL AND u.evidence @> jsonb_build_array(jsonb_build_object('fileId', $1::text))) AS cited`,
        [id],
      );
      if (!cited && ctx.user?.id !== file.uploadedBy) throw DomainError.notFound('entity.document');
      await sendStoredFile(res, this.storage, file, cited);
    } catch (e) {
      sendFileError(res, e, ctx.locale);
    }
  }
}
