import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors, applyDecorators } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { GraphQLRequestContext } from './graphql-context';
import { TransactionalConnection } from './transactional-connection';

@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(private readonly connection: TransactionalConnection) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { ctx } = GqlExecutionContext.create(context).getContext<GraphQLRequestContext>();
    return from(this.connection.withTransaction(ctx, () => lastValueFrom(next.handle())));
  }
}

/** Runs the resolver (and every service it calls with the same context) in one transaction. */
export function Transaction(): MethodDecorator {
  return applyDecorators(UseInterceptors(TransactionInterceptor));
}
