import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import type { RequestContext } from './request-context';

export const DATA_SOURCE = Symbol('DATA_SOURCE');

/**
 * Hands out repositories bound to the context's open transaction, Vendure-style.
 */
@Injectable()
export class TransactionalConnection {
  constructor(@Inject(DATA_SOURCE) readonly dataSource: DataSource) {}

  getRepository<T extends ObjectLiteral>(ctx: RequestContext | undefined, target: EntityTarget<T>): Repository<T> {
    return this.manager(ctx).getRepository(target);
  }

  manager(ctx: RequestContext | undefined): EntityManager {
    return ctx?.manager ?? this.dataSource.manager;
  }

  /**
   * Runs `work` in one transaction. Nested calls join the outer transaction. After-commit
   * hooks (events, e-mail) run only once the outermost transaction has committed.
   */
  async withTransaction<T>(ctx: RequestContext, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    if (ctx.manager) return work(ctx);
    let result: T;
    try {
      result = await this.dataSource.transaction(async (manager) => {
        ctx.manager = manager;
        return work(ctx);
      });
    } catch (e) {
      ctx.drainAfterCommit();
      throw e;
    } finally {
      ctx.manager = undefined;
    }
    for (const hook of ctx.drainAfterCommit()) await hook();
    return result;
  }
}
