import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@kenes/api/core';
import { kazakhstanToday } from '@kenes/api/composition';
import type { IsoDate } from '@kenes/domain';

/**
 * Reminders of the publication deadline: a run takes, for every unpublished minutes, the
 * 'dueSoon' step on the due date's eve and 'overdue' after it, each once (unique per minutes and
 * code, inserted ON CONFLICT DO NOTHING), so runs on several instances or twice a day are harmless.
 * Returns the steps taken; the audit log and the admin's overdue flag carry them.
 */
@Injectable()
export class MinutesDeadlineService {
  constructor(private readonly connection: TransactionalConnection) {}

  async run(today: IsoDate = kazakhstanToday()): Promise<Array<{ minutesId: string; code: string }>> {
    const ctx = RequestContext.system();
    const rows: Array<{ minutes_id: string; code: string }> = await this.connection.manager(ctx).query(
      `INSERT INTO minutes_reminder (minutes_id, code, taken_on)
       SELECT id, CASE WHEN due_on < $1::date THEN 'overdue' ELSE 'dueSoon' END, $1::date
         FROM minutes WHERE state <> 'published' AND due_on - 1 <= $1::date
       ON CONFLICT ON CONSTRAINT "UQ_minutes_reminder" DO NOTHING
       RETURNING minutes_id, code`,
      [today],
    );
    return rows.map((r) => ({ minutesId: r.minutes_id, code: r.code }));
  }
}
