import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { TransactionalConnection } from './transactional-connection';
import { TransactionInterceptor } from './transaction.decorator';

/** Cross-cutting services every feature module uses. DATA_SOURCE is provided by the app. */
@Global()
@Module({
  providers: [TransactionalConnection, TransactionInterceptor, AuditService],
  exports: [TransactionalConnection, TransactionInterceptor, AuditService],
})
export class CoreModule {}
