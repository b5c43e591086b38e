import { Injectable } from '@nestjs/common';
import { TransactionalConnection, pageOf, type PageInput, type RequestContext } from '@kenes/api/core';
import { JurisdictionEntity, StateBodyEntity } from './registry.entities';
import type { Page } from './council.service';

@Injectable()
export class JurisdictionService {
  constructor(private readonly connection: TransactionalConnection) {}

  async findAll(ctx: RequestContext, page: PageInput | undefined): Promise<Page<JurisdictionEntity>> {
    const { skip, take } = pageOf(page);
    const [items, total] = await this.connection
      .getRepository(ctx, JurisdictionEntity)
      .findAndCount({ order: { code: 'ASC' }, skip, take });
    return { items, total };
  }

  async findStateBodies(ctx: RequestContext, jurisdictionId: string | undefined, page: PageInput | undefined): Promise<Page<StateBodyEntity>> {
    const { skip, take } = pageOf(page);
    const [items, total] = await this.connection.getRepository(ctx, StateBodyEntity).findAndCount({
      where: jurisdictionId ? { jurisdictionId } : {},
      order: { createdAt: 'ASC', id: 'ASC' },
      skip,
      take,
    });
    return { items, total };
  }
}
