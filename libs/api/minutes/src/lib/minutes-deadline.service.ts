import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, RequestContext, TransactionalConnection, isLocale, type AppConfig, type Locale, type LocalizedValue } from '@kenes/api/core';
import { kazakhstanToday } from '@kenes/api/composition';
import { MailService } from '@kenes/api/identity';
import { ObligationsService } from '@kenes/api/obligations';
import { formatDate, isAfter, workingDaysBetween, type IsoDate } from '@kenes/domain';

const EVERY_MS = 15 * 60_000;

const LETTER: Record<Locale, (council: string, number: number, due: string, overdue: boolean, link: string) => { subject: string; text: string }> = {
  kk: (c, n, d, o, l) => ({
    subject: `Kenes: №${n} отырыстың хаттамасы ${o ? 'мерзімінен кешікті' : 'жариялау мерзімі жақын'}`,
    text: `${c}\n№${n} отырыстың хаттамасын ${d} дейін жариялау керек${o ? ' еді' : ''}.\n\n${l}\n`,
  }),
  ru: (c, n, d, o, l) => ({
    subject: `Kenes: протокол заседания №${n} ${o ? 'просрочен' : '— срок публикации близко'}`,
    text: `${c}\nПротокол заседания №${n} ${o ? 'нужно было' : 'нужно'} опубликовать до ${d}.\n\n${l}\n`,
  }),
  en: (c, n, d, o, l) => ({
    subject: `Kenes: minutes of meeting No. ${n} ${o ? 'are overdue' : 'are due soon'}`,
    text: `${c}\nThe minutes of meeting No. ${n} ${o ? 'should have been' : 'must be'} published by ${d}.\n\n${l}\n`,
  }),
};

/**
 * Reminds the council's secretary to publish the minutes within the rule set's term: once when one
 * working day is left ("due soon"), once when the term has passed ("overdue"). Each reminder is a
 * unique row, so repeated or concurrent runs send it once. Runs on a timer outside tests, with the
 * legal today (`KENES_TODAY`).
 */
@Injectable()
export class MinutesDeadlineService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MinutesDeadline');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly obligations: ObligationsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return;
    this.timer = setInterval(() => void this.run().catch((e: Error) => this.logger.warn(e.message)), EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(today: IsoDate = kazakhstanToday()): Promise<Array<{ minutesId: string; code: string }>> {
    const ctx = RequestContext.system();
    return this.connection.withTransaction(ctx, async () => {
      const m = this.connection.manager(ctx);
      const open: Array<{ id: string; due_on: string; number: number; slug: string; name: LocalizedValue; council_id: string; jurisdiction_id: string }> = await m.query(
        `SELECT mi.id, mi.due_on::text, mt.number, c.slug, c.name, c.id AS council_id, c.jurisdiction_id
           FROM minutes mi JOIN meeting mt ON mt.id = mi.meeting_id JOIN council c ON c.id = mt.council_id
          WHERE mi.state <> 'published' AND mi.due_on <= $1::date + 14`,
        [today],
      );
      const taken: Array<{ minutesId: string; code: string }> = [];
      const base = (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '');
      for (const row of open) {
        const due = row.due_on as IsoDate;
        const calendar = await this.obligations.calendarFor(ctx, row.jurisdiction_id, [Number(today.slice(0, 4)), Number(due.slice(0, 4))]);
        const overdue = isAfter(today, due);
        const dueSoon = !overdue && workingDaysBetween(calendar, today, due) <= 1;
        if (!overdue && !dueSoon) continue;
        const code = overdue ? 'overdue' : 'dueSoon';
        const inserted: unknown[] = await m.query(
          `INSERT INTO minutes_reminder (minutes_id, code, taken_on) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT "UQ_minutes_reminder" DO NOTHING RETURNING id`,
          [row.id, code, today],
        );
        if (!inserted.length) continue;
        taken.push({ minutesId: row.id, code });
        const secretaries: Array<{ email: string; locale: string }> = await m.query(
          `SELECT DISTINCT u.email, u.locale FROM access_grant g JOIN user_account u ON u.id = g.user_id
            WHERE g.scope_kind = 'council' AND g.scope_id = $1 AND g.role = 'councilSecretary' AND (g.ends_at IS NULL OR g.ends_at > now()) AND u.disabled_at IS NULL`,
          [row.council_id],
        );
        const letters = secretaries.map((s) => {
          const l: Locale = isLocale(s.locale) ? s.locale : 'ru';
          return { to: s.email, ...LETTER[l](row.name[l] || row.name.ru, row.number, formatDate(due, l), overdue, `${base}/admin/`) };
        });
        ctx.afterCommit(async () => {
          for (const letter of letters) await this.mail.send(letter);
        });
      }
      return taken;
    });
  }
}
