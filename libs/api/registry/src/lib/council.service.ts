import { Injectable } from '@nestjs/common';
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import {
  AuditService,
  DomainError,
  ErrorCode,
  TransactionalConnection,
  assertAllowed,
  jurisdictionPath,
  pageOf,
  scopeFor,
  type RequestContext,
} from '@kenes/api/core';
import { CouncilEntity, StateBodyEntity } from './registry.entities';
import { withJurisdictionTree, withinJurisdiction } from './jurisdiction-tree';
import type { CouncilsArgs, CreateCouncilInput } from './registry.inputs';

export interface Page<T> {
  items: T[];
  total: number;
}

@Injectable()
export class CouncilService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  /**
   * One statement for the page (with its jurisdiction and host body) and one for the total.
   * `order: 'name'` (the admin list) sorts by Russian name; `order: 'index'` (the portal) in the
   * national index's order: jurisdiction (the republic, then each oblast or city of republican
   * significance followed by its districts and cities), host body, council name, so a page can
   * be shown under headings.
   */
  async findAll(ctx: RequestContext, args: CouncilsArgs, options: { publishedOnly: boolean; order?: 'name' | 'index' }): Promise<Page<CouncilEntity>> {
    const { skip, take } = pageOf(args.page);
    const qb = this.baseQuery(ctx, options.publishedOnly);
    const f = args.filter;
    if (f?.jurisdictionId) qb.andWhere('c.jurisdiction_id = :jid', { jid: f.jurisdictionId });
    if (f?.jurisdictionCode) withJurisdictionTree(qb).andWhere(withinJurisdiction('c.jurisdiction_id', ':jcode'), { jcode: f.jurisdictionCode });
    if (f?.bodyId) qb.andWhere('c.host_body_id = :bodyId', { bodyId: f.bodyId });
    if (f?.level) qb.andWhere('c.level = :level', { level: f.level });
    if (f?.search) {
      const term = `%${f.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("c.name->>'ru' ILIKE :term", { term })
            .orWhere("c.name->>'kk' ILIKE :term", { term })
            .orWhere("c.name->>'en' ILIKE :term", { term }),
        ),
      );
    }
    if (options.order === 'index') {
      withJurisdictionTree(qb)
        .innerJoin('jurisdiction_tree', 'jt', 'jt.id = c.jurisdiction_id')
        .orderBy('jt.sort_path', 'ASC')
        .addOrderBy("b.name->>'ru'", 'ASC')
        .addOrderBy('b.id', 'ASC')
        .addOrderBy("c.name->>'ru'", 'ASC');
    } else {
      qb.orderBy("c.name->>'ru'", 'ASC');
    }
    const [items, total] = await qb.addOrderBy('c.id', 'ASC').offset(skip).limit(take).getManyAndCount();
    return { items, total };
  }

  /** A council the caller may read; others are reported as not found, so ids cannot be probed. */
  async findOne(ctx: RequestContext, id: string): Promise<CouncilEntity> {
    const council = await this.baseQuery(ctx, false).andWhere('c.id = :id', { id }).getOne();
    if (!council) throw DomainError.notFound('entity.council');
    return council;
  }

  async findPublishedBySlug(ctx: RequestContext, slug: string): Promise<CouncilEntity | null> {
    return this.baseQuery(ctx, true).andWhere('c.slug = :slug', { slug }).getOne();
  }

  async create(ctx: RequestContext, input: CreateCouncilInput): Promise<CouncilEntity> {
    const body = await this.connection.getRepository(ctx, StateBodyEntity).findOneBy({ id: input.hostBodyId });
    if (!body) {
      throw DomainError.badInput([{ path: 'hostBodyId', messageKey: 'error.notFound', params: { entity: 'entity.stateBody' } }]);
    }
    if (!ctx.isSystem) {
      const path = await jurisdictionPath(this.connection.manager(ctx), body.jurisdictionId);
      assertAllowed(ctx, 'registry.manage', { kind: 'stateBody', stateBodyId: body.id, jurisdictionPath: path }, () => DomainError.notFound('entity.stateBody'));
    }
    const repo = this.connection.getRepository(ctx, CouncilEntity);
    if (await repo.existsBy({ slug: input.slug })) {
      throw new DomainError(ErrorCode.CONFLICT, 'error.duplicate', { field: 'slug' });
    }
    const saved = await repo.save(
      repo.create({
        slug: input.slug,
        level: input.level,
        name: { kk: input.name.kk ?? null, ru: input.name.ru, en: input.name.en ?? null },
        hostBodyId: body.id,
        jurisdictionId: body.jurisdictionId,
        publishedAt: null,
      }),
    );
    await this.audit.record(ctx, {
      chain: body.jurisdictionId,
      action: 'council.created',
      entityType: 'council',
      entityId: saved.id,
      actorId: ctx.user?.id,
      data: { slug: saved.slug, level: saved.level, name: saved.name, hostBodyId: saved.hostBodyId },
    });
    // The creator may manage what they created even where they cannot yet read it by grant.
    const created = await this.relationsQuery(ctx).where('c.id = :id', { id: saved.id }).getOne();
    if (!created) throw DomainError.notFound('entity.council');
    return created;
  }

  /**
   * Makes a council visible on the portal. Its secretary (council.manage) or an admin may do
   * it; publishing twice changes nothing.
   */
  async publish(ctx: RequestContext, id: string): Promise<CouncilEntity> {
    const council = await this.relationsQuery(ctx).where('c.id = :id', { id }).setLock('pessimistic_write', undefined, ['c']).getOne();
    if (!council) throw DomainError.notFound('entity.council');
    const path = await jurisdictionPath(this.connection.manager(ctx), council.jurisdictionId);
    assertAllowed(ctx, 'council.manage', { kind: 'council', councilId: council.id, hostBodyId: council.hostBodyId, jurisdictionPath: path }, () =>
      DomainError.notFound('entity.council'),
    );
    if (council.publishedAt) return council;
    council.publishedAt = new Date();
    await this.connection.getRepository(ctx, CouncilEntity).update({ id: council.id }, { publishedAt: council.publishedAt });
    await this.audit.record(ctx, {
      chain: council.jurisdictionId,
      action: 'council.published',
      entityType: 'council',
      entityId: council.id,
      actorId: ctx.user?.id,
      data: { slug: council.slug },
    });
    return council;
  }

  private relationsQuery(ctx: RequestContext): SelectQueryBuilder<CouncilEntity> {
    return this.connection
      .getRepository(ctx, CouncilEntity)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.jurisdiction', 'j')
      .innerJoinAndSelect('c.hostBody', 'b');
  }

  private baseQuery(ctx: RequestContext, publishedOnly: boolean): SelectQueryBuilder<CouncilEntity> {
    const qb = this.relationsQuery(ctx);
    if (publishedOnly) return qb.where('c.published_at IS NOT NULL');
    // The admin endpoint: only councils inside the caller's grants.
    const scope = scopeFor(ctx.user, 'council.read');
    if (scope.all || ctx.isSystem) return qb.where('TRUE');
    return qb.where('(c.id = ANY(:scopeCouncils) OR c.jurisdiction_id = ANY(:scopeJurisdictions) OR c.host_body_id = ANY(:scopeBodies))', {
      scopeCouncils: scope.councilIds,
      scopeJurisdictions: scope.jurisdictionIds,
      scopeBodies: scope.stateBodyIds,
    });
  }
}
