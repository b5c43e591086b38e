import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { In } from 'typeorm';
import { createHash } from 'node:crypto';
import { APP_CONFIG, RequestContext, TransactionalConnection, translate, type AppConfig, type Locale } from '@kenes/api/core';
import { MailService } from '@kenes/api/identity';
import { CouncilEntity } from '@kenes/api/registry';
import { escalationSchedule, isOverdueOn, stepsDue, type EscalationStepCode, type IsoDate } from '@kenes/domain';
import { ObligationEntity, RecommendationEntity } from './obligations.entities';
import { ObligationsService } from './obligations.service';

const EVERY_MS = 10 * 60_000;
export const ESCALATION_QUEUE = 'kenes-escalation';

/**
 * Takes the escalation ladder's steps as their days come: reminders to the officers, the overdue
 * notice (the obligation becomes overdue), notices to the head and to the supervising body (each an
 * escalation), and an item on the council's next agenda. Safe with several API instances: a run
 * holds a transaction-level advisory lock, and each step is a unique row (obligation, step, clock
 * start), so a step is taken once whoever runs it. The clock is the legal today (`KENES_TODAY`).
 */
@Injectable()
export class EscalationService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Escalation');
  private timer: NodeJS.Timeout | undefined;
  private queue: Queue | undefined;
  private worker: Worker | undefined;
  /** The last completed run (for health checks and tests). */
  lastRun: { at: Date; today: IsoDate; taken: number; via: 'bullmq' | 'timer' } | undefined;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly obligations: ObligationsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Tests start the scheduler themselves (or call run() with their own legal date).
    if (this.config.nodeEnv !== 'test') await this.startScheduler(EVERY_MS);
  }

  /**
   * Runs the ladder every `everyMs`. With REDIS_URL a BullMQ job scheduler holds the schedule, so
   * the instances take turns instead of all waking up; without it, an in-process timer. Either
   * way a run is safe to repeat (advisory lock, unique steps).
   */
  async startScheduler(everyMs: number): Promise<void> {
    const tick = async (via: 'bullmq' | 'timer') => {
      const today = this.obligations.today();
      const taken = await this.run(today);
      this.lastRun = { at: new Date(), today, taken: taken.length, via };
    };
    if (this.config.redisUrl) {
      const url = new URL(this.config.redisUrl);
      const connection = { host: url.hostname, port: Number(url.port || 6379), ...(url.password ? { password: decodeURIComponent(url.password) } : {}), maxRetriesPerRequest: null };
      // One schedule per database: deployments (and test runs) sharing a Redis do not run each other's jobs.
      const prefix = `kenes:${createHash('sha256').update(this.config.databaseUrl ?? `embedded:${this.config.dataDir}`).digest('hex').slice(0, 12)}`;
      this.queue = new Queue(ESCALATION_QUEUE, { connection, prefix });
      await this.queue.upsertJobScheduler('escalation-ladder', { every: everyMs }, { name: 'run', opts: { removeOnComplete: 100, removeOnFail: 100 } });
      this.worker = new Worker(ESCALATION_QUEUE, () => tick('bullmq'), { connection, prefix, concurrency: 1 });
      this.worker.on('failed', (_job, e) => this.logger.warn(`escalation run failed: ${e.message}`));
      return;
    }
    this.timer = setInterval(() => void tick('timer').catch((e: Error) => this.logger.warn(e.message)), everyMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.worker?.close();
    await this.queue?.close();
  }

  /** Takes every step due on `today`; returns the steps taken. Idempotent. */
  async run(today: IsoDate): Promise<Array<{ obligationId: string; code: EscalationStepCode }>> {
    const ctx = RequestContext.system();
    return this.connection.withTransaction(ctx, async () => {
      const [{ locked }]: Array<{ locked: boolean }> = await this.connection
        .manager(ctx)
        .query(`SELECT pg_try_advisory_xact_lock(hashtextextended('kenes:escalation', 0)) AS locked`);
      if (!locked) return [];
      const open = await this.connection
        .getRepository(ctx, ObligationEntity)
        .createQueryBuilder('o')
        .where(`o.state NOT IN ('answered', 'closed') AND o.clock_stopped_on IS NULL`)
        .orderBy('o.due', 'ASC')
        .getMany();
      const taken: Array<{ obligationId: string; code: EscalationStepCode }> = [];
      // Read once per run, not once per obligation: the recommendations and councils of the open
      // obligations, the steps already taken on their running clocks, and the rule set and calendar
      // per council and clock start.
      const ids = [...new Set(open.map((o) => o.recommendationId))];
      const recs = new Map((ids.length ? await this.connection.getRepository(ctx, RecommendationEntity).findBy({ id: In(ids) }) : []).map((r) => [r.id, r]));
      const councilIds = [...new Set([...recs.values()].map((r) => r.councilId))];
      const councils = new Map((councilIds.length ? await this.connection.getRepository(ctx, CouncilEntity).findBy({ id: In(councilIds) }) : []).map((c) => [c.id, c]));
      const steps: Array<{ obligation_id: string; code: EscalationStepCode }> = open.length
        ? await this.connection
            .manager(ctx)
            .query('SELECT s.obligation_id, s.code FROM escalation_step s JOIN obligation o ON o.id = s.obligation_id AND o.clock_start = s.clock_start WHERE s.obligation_id = ANY($1)', [open.map((o) => o.id)])
        : [];
      const done = new Map<string, Set<EscalationStepCode>>();
      for (const st of steps) done.set(st.obligation_id, (done.get(st.obligation_id) ?? new Set()).add(st.code));
      const contexts = new Map<string, Awaited<ReturnType<ObligationsService['context']>>>();
      for (const row of open) {
        const rec = recs.get(row.recommendationId);
        const council = rec && councils.get(rec.councilId);
        if (!rec || !council) continue;
        const key = `${council.id}:${row.clockStart}`;
        let dctx = contexts.get(key);
        if (!dctx) contexts.set(key, (dctx = await this.obligations.context(ctx, council, row.clockStart as never)));
        const o = this.obligations.domain(row);
        const due = stepsDue(escalationSchedule(dctx.ruleSet, dctx.calendar, o), today, done.get(row.id) ?? new Set(), o);
        for (const step of due) {
          const inserted: unknown[] = await this.connection.manager(ctx).query(
            `INSERT INTO escalation_step (obligation_id, code, clock_start, due_on, taken_on) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT ON CONSTRAINT "UQ_escalation_step" DO NOTHING RETURNING id`,
            [row.id, step.code, row.clockStart, step.on, today],
          );
          if (!inserted.length) continue;
          const notified = await this.take(ctx, row, rec, council, step.code, today);
          await this.connection.manager(ctx).query('UPDATE escalation_step SET notified = $3 WHERE obligation_id = $1 AND code = $2 AND clock_start = (SELECT clock_start FROM obligation WHERE id = $1)', [row.id, step.code, notified]);
          taken.push({ obligationId: row.id, code: step.code });
        }
      }
      return taken;
    });
  }

  private async take(ctx: RequestContext, row: ObligationEntity, rec: RecommendationEntity, council: CouncilEntity, code: EscalationStepCode, today: IsoDate): Promise<number> {
    const system = {};
    // The state machine: overdue first, then each notice beyond it is one more escalation level.
    if (code === 'overdueNotice' || code === 'headNotice' || code === 'supervisorNotice') {
      const fresh = await this.connection.getRepository(ctx, ObligationEntity).findOneByOrFail({ id: row.id });
      if (fresh.state !== 'overdue' && fresh.state !== 'escalated' && isOverdueOn(this.obligations.domain(fresh), today)) {
        await this.obligations.apply(ctx, row.id, system, { type: 'markOverdue', date: today });
      }
      if (code !== 'overdueNotice') await this.obligations.apply(ctx, row.id, system, { type: 'escalate', date: today }, { step: code });
    }
    if (code === 'nextAgenda') await this.putOnAgenda(ctx, rec, council);
    await this.obligations.trail(ctx, row.id, code, today, {});
    await this.obligations.record(ctx, council, `escalation.${code}`, 'obligation', row.id, { on: today });
    return this.notify(ctx, row, rec, council, code);
  }

  /** The overdue obligation goes on the council's next draft or announced meeting, or to its proposal queue. */
  private async putOnAgenda(ctx: RequestContext, rec: RecommendationEntity, council: CouncilEntity): Promise<void> {
    const m = this.connection.manager(ctx);
    const title = { kk: `Жауап берілмеген ұсыным №${rec.number}: ${rec.title.kk ?? rec.title.ru}`, ru: `Неотвеченная рекомендация №${rec.number}: ${rec.title.ru}`, en: `Unanswered recommendation No. ${rec.number}: ${rec.title.en ?? rec.title.ru}` };
    const [next]: Array<{ id: string }> = await m.query(
      `SELECT id FROM meeting WHERE council_id = $1 AND state IN ('draft', 'announced') ORDER BY starts_at LIMIT 1 FOR UPDATE`,
      [council.id],
    );
    if (next) {
      await m.query(
        `INSERT INTO agenda_item (meeting_id, position, title, category, source, public_comments_open)
         SELECT $1, COALESCE(max(position), 0) + 1, $2, 'publicControl', 'secretary', false FROM agenda_item WHERE meeting_id = $1`,
        [next.id, JSON.stringify(title)],
      );
      return;
    }
    await m.query(
      `INSERT INTO agenda_proposal (council_id, source, proposer_name, title, description, category, status)
       VALUES ($1, 'secretary', 'Kenes', $2, $3, 'publicControl', 'pending')`,
      [council.id, title.ru, `Срок ответа истёк; рекомендация №${rec.number} от ${rec.adoptedOn}.`],
    );
  }

  /** E-mails the people the step concerns: the body's officers, its head, or the supervising body's head. */
  private async notify(ctx: RequestContext, row: ObligationEntity, rec: RecommendationEntity, council: CouncilEntity, code: EscalationStepCode): Promise<number> {
    const m = this.connection.manager(ctx);
    const roles = code === 'reminder' || code === 'overdueNotice' ? ['stateBodyOfficer', 'stateBodyHead'] : code === 'headNotice' ? ['stateBodyHead'] : code === 'supervisorNotice' ? ['stateBodyHead'] : [];
    if (!roles.length) return 0;
    const parent: Array<{ parent_id: string | null }> = code === 'supervisorNotice' ? await m.query('SELECT parent_id FROM state_body WHERE id = $1', [row.bodyId]) : [];
    const target = code === 'supervisorNotice' ? parent[0]?.parent_id : row.bodyId;
    if (!target) return 0;
    const people: Array<{ email: string; locale: string }> = await m.query(
      `SELECT DISTINCT u.email, u.locale FROM access_grant g JOIN user_account u ON u.id = g.user_id
        WHERE g.scope_kind = 'stateBody' AND g.scope_id = $1 AND g.role = ANY($2) AND (g.ends_at IS NULL OR g.ends_at > now()) AND u.disabled_at IS NULL`,
      [target, roles],
    );
    const base = (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '');
    const letters = people.map((p) => {
      const locale: Locale = p.locale === 'kk' || p.locale === 'en' ? p.locale : 'ru';
      const what = translate(`trail.${code}`, {}, locale);
      const title = rec.title[locale] || rec.title.ru;
      const link = `${base}/${locale}/councils/${council.slug}/recommendations/${rec.number}`;
      return { to: p.email, subject: `Kenes: ${what} — №${rec.number}`, text: `${what}.\n\n№${rec.number}: ${title}\n${row.due}\n\n${link}\n` };
    });
    ctx.afterCommit(async () => {
      for (const l of letters) await this.mail.send(l);
    });
    return letters.length;
  }
}
