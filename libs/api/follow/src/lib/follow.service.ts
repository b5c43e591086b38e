import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
  APP_CONFIG,
  AuditService,
  DomainError,
  ErrorCode,
  RequestContext,
  TransactionalConnection,
  isLocale,
  type AppConfig,
  type Locale,
  type LocalizedValue,
} from '@kenes/api/core';
import { MailService, type OutgoingMail } from '@kenes/api/identity';
import { formatDate, type IsoDate } from '@kenes/domain';
import { FollowSubscriptionEntity, type FollowKind, type FollowMode } from './follow.entities';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const pick = (v: LocalizedValue | null | undefined, l: Locale) => (v ? v[l] || v.ru : '');

/** The public actions of the audit log that followers hear about. */
export const FOLLOWED_ACTIONS = [
  'meeting.announced',
  'meeting.cancelled',
  'recommendation.adopted',
  'answer.signed',
  'obligation.markOverdue',
  'commitment.done',
  'commitment.disputed',
  'minutes.published',
] as const;
type FollowedAction = (typeof FOLLOWED_ACTIONS)[number];

const MAX_REQUESTS_PER_DAY = 10;
const EVENTS_EVERY_MS = 5 * 60_000;
const DIGEST_EVERY_MS = 60 * 60_000;
/** Events read per dispatch run; the cursor continues from the last one next run. */
const EVENTS_PER_RUN = 500;
/** Lines of one weekly letter at most; the rest comes the next week. */
const DIGEST_LINES = 200;

/** An audit event resolved to what the public may read about it. */
export interface PublicEvent {
  id: string;
  action: FollowedAction;
  occurredAt: Date;
  councilId: string;
  slug: string;
  councilName: LocalizedValue;
  bodyId: string | null;
  bodyName: LocalizedValue | null;
  recommendationId: string | null;
  recommendationNumber: number | null;
  recommendationTitle: LocalizedValue | null;
  meetingNumber: number | null;
  meetingAt: Date | null;
  commitmentTitle: string | null;
}

const WORDS: Record<Locale, Record<string, string>> = {
  kk: {
    confirmSubject: 'Kenes: жазылуды растаңыз',
    confirmText: 'Жаңалықтарға жазылу үшін сілтемені ашыңыз:',
    ignore: 'Егер сіз жазылмаған болсаңыз, бұл хатқа жауап бермеңіз.',
    unsubscribe: 'Жазылудан бас тарту:',
    digest: 'Апталық шолу',
    'meeting.announced': 'Отырыс хабарланды: №{meeting}, {date}',
    'meeting.cancelled': '№{meeting} отырыс болдырылмады',
    'recommendation.adopted': '№{rec} ұсыным қабылданды: {title}',
    'answer.signed': '{body} №{rec} ұсынымға жауап берді',
    'obligation.markOverdue': '{body} №{rec} ұсынымға жауап беру мерзімін өткізіп алды',
    'commitment.done': '{body} орындалғанын хабарлады: {commitment}',
    'commitment.disputed': 'Орындалу дауланды: {commitment}',
    'minutes.published': '№{meeting} отырыстың хаттамасы жарияланды',
  },
  ru: {
    confirmSubject: 'Kenes: подтвердите подписку',
    confirmText: 'Чтобы получать новости, откройте ссылку:',
    ignore: 'Если вы не подписывались, просто не отвечайте на это письмо.',
    unsubscribe: 'Отписаться:',
    digest: 'Недельная сводка',
    'meeting.announced': 'Объявлено заседание №{meeting} на {date}',
    'meeting.cancelled': 'Заседание №{meeting} отменено',
    'recommendation.adopted': 'Принята рекомендация №{rec}: {title}',
    'answer.signed': '{body} ответил на рекомендацию №{rec}',
    'obligation.markOverdue': '{body} пропустил срок ответа на рекомендацию №{rec}',
    'commitment.done': '{body} сообщил об исполнении: {commitment}',
    'commitment.disputed': 'Исполнение оспорено: {commitment}',
    'minutes.published': 'Опубликован протокол заседания №{meeting}',
  },
  en: {
    confirmSubject: 'Kenes: please confirm your subscription',
    confirmText: 'To receive the news, open this link:',
    ignore: 'If you did not subscribe, just ignore this letter.',
    unsubscribe: 'Unsubscribe:',
    digest: 'Weekly digest',
    'meeting.announced': 'Meeting No. {meeting} announced for {date}',
    'meeting.cancelled': 'Meeting No. {meeting} cancelled',
    'recommendation.adopted': 'Recommendation No. {rec} adopted: {title}',
    'answer.signed': '{body} answered recommendation No. {rec}',
    'obligation.markOverdue': '{body} missed the deadline to answer recommendation No. {rec}',
    'commitment.done': '{body} reported done: {commitment}',
    'commitment.disputed': 'Execution disputed: {commitment}',
    'minutes.published': 'Minutes of meeting No. {meeting} published',
  },
};

/**
 * Following a council, a state body or a recommendation by e-mail: double opt-in, one-click
 * unsubscribe (RFC 8058), each event as it happens or a weekly digest. Events come from the audit
 * log (every change is there, in order), resolved to what the portal publishes, so nothing
 * unpublished is ever sent; a cursor and an advisory lock make dispatch exactly-once per instance set.
 */
@Injectable()
export class FollowService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Follow');
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return;
    const every = (ms: number, work: () => Promise<unknown>) => {
      const t = setInterval(() => void work().catch((e: Error) => this.logger.warn(e.message)), ms);
      t.unref();
      this.timers.push(t);
    };
    every(EVENTS_EVERY_MS, () => this.dispatchEvents());
    every(DIGEST_EVERY_MS, () => this.sendDigests());
  }

  onModuleDestroy(): void {
    for (const t of this.timers) clearInterval(t);
  }

  private get base(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '');
  }

  /** Resolves what the caller wants to follow to a published record, and its jurisdiction (the audit chain). */
  private async target(ctx: RequestContext, kind: FollowKind, ref: { councilSlug?: string; bodyId?: string; recommendationNumber?: number }): Promise<{ id: string; chain: string }> {
    const m = this.connection.manager(ctx);
    const rows: Array<{ id: string; chain: string }> =
      kind === 'council'
        ? await m.query(`SELECT id, jurisdiction_id AS chain FROM council WHERE slug = $1 AND published_at IS NOT NULL`, [ref.councilSlug ?? ''])
        : kind === 'body'
          ? await m.query(`SELECT id, jurisdiction_id AS chain FROM state_body WHERE id = $1`, [ref.bodyId ?? '00000000-0000-4000-8000-000000000000'])
          : await m.query(
              `SELECT r.id, c.jurisdiction_id AS chain FROM recommendation r JOIN council c ON c.id = r.council_id WHERE c.slug = $1 AND r.number = $2 AND c.published_at IS NOT NULL`,
              [ref.councilSlug ?? '', ref.recommendationNumber ?? 0],
            );
    if (!rows[0]) throw DomainError.notFound(kind === 'council' ? 'entity.council' : kind === 'body' ? 'entity.stateBody' : 'entity.recommendation');
    return rows[0];
  }

  /** Records the request and e-mails the confirmation link; the same answer whether or not the address already follows (no enumeration). */
  async request(ctx: RequestContext, input: { email: string; kind: FollowKind; mode: FollowMode; councilSlug?: string; bodyId?: string; recommendationNumber?: number }): Promise<void> {
    const target = await this.target(ctx, input.kind, input);
    const source = createHmac('sha256', `kenes-follow:${this.config.databaseUrl ?? 'embedded'}`).update(ctx.ip ?? 'unknown').digest('hex').slice(0, 32);
    const m = this.connection.manager(ctx);
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`follow:${source}`]);
    const [{ n }]: Array<{ n: string }> = await m.query(
      `SELECT count(*) AS n FROM audit_event WHERE action = 'follow.requested' AND data->>'source' = $1 AND occurred_at > now() - interval '1 day'`,
      [source],
    );
    if (Number(n) >= MAX_REQUESTS_PER_DAY) throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'follow.tooMany');
    const email = input.email.trim().toLowerCase();
    const token = randomBytes(24).toString('base64url');
    const repo = this.connection.getRepository(ctx, FollowSubscriptionEntity);
    const existing = await repo
      .createQueryBuilder('f')
      .where('f.email = :email AND f.kind = :kind AND f.target_id = :t AND f.unsubscribed_at IS NULL', { email, kind: input.kind, t: target.id })
      .getOne();
    const [{ tip }]: Array<{ tip: string | null }> = await m.query('SELECT max(id)::text AS tip FROM audit_event');
    const sub = await repo.save({
      ...(existing ?? {}),
      email,
      kind: input.kind,
      targetId: target.id,
      mode: input.mode,
      locale: ctx.locale,
      confirmTokenHash: sha256(token),
      unsubscribeToken: existing?.unsubscribeToken ?? randomBytes(24).toString('base64url'),
      confirmedAt: existing?.confirmedAt ?? null,
      unsubscribedAt: null,
      digestAfter: existing?.digestAfter ?? tip ?? '0',
      lastDigestAt: existing?.lastDigestAt ?? null,
    });
    await this.audit.record(ctx, { chain: target.chain, action: 'follow.requested', entityType: 'follow_subscription', entityId: sub.id, data: { kind: input.kind, mode: input.mode, source } });
    const w = WORDS[ctx.locale];
    const letter: OutgoingMail = {
      to: email,
      subject: w['confirmSubject'],
      text: `${w['confirmText']}\n\n${this.base}/follow/confirm?token=${token}&lang=${ctx.locale}\n\n${w['ignore']}\n`,
    };
    ctx.afterCommit(() => this.mail.send(letter));
  }

  async confirm(ctx: RequestContext, token: string): Promise<boolean> {
    return this.connection.withTransaction(ctx, async () => {
      const sub = await this.connection.getRepository(ctx, FollowSubscriptionEntity).findOneBy({ confirmTokenHash: sha256(token) });
      const ok = await this.confirmRow(ctx, token);
      if (ok && sub) await this.recordChange(ctx, sub, 'follow.confirmed');
      return ok;
    });
  }

  async unsubscribe(ctx: RequestContext, token: string): Promise<boolean> {
    return this.connection.withTransaction(ctx, async () => {
      const sub = await this.connection.getRepository(ctx, FollowSubscriptionEntity).findOneBy({ unsubscribeToken: token });
      const ok = await this.unsubscribeRow(ctx, token);
      if (ok && sub) await this.recordChange(ctx, sub, 'follow.unsubscribed');
      return ok;
    });
  }

  /** Audits a follower's confirmation or unsubscription in the chain of what they follow (never their address). */
  private async recordChange(ctx: RequestContext, sub: FollowSubscriptionEntity, action: string): Promise<void> {
    const rows: Array<{ chain: string }> = await this.connection.manager(ctx).query(
      `SELECT jurisdiction_id AS chain FROM council WHERE id = $1
       UNION ALL SELECT jurisdiction_id FROM state_body WHERE id = $1
       UNION ALL SELECT c.jurisdiction_id FROM recommendation r JOIN council c ON c.id = r.council_id WHERE r.id = $1`,
      [sub.targetId],
    );
    await this.audit.record(ctx, { chain: rows[0]?.chain ?? 'national', action, entityType: 'follow_subscription', entityId: sub.id, data: { kind: sub.kind } });
  }

  private async confirmRow(ctx: RequestContext, token: string): Promise<boolean> {
    const result = await this.connection
      .getRepository(ctx, FollowSubscriptionEntity)
      .createQueryBuilder()
      .update()
      .set({ confirmedAt: () => 'COALESCE(confirmed_at, now())' })
      .where('confirm_token_hash = :h AND unsubscribed_at IS NULL', { h: sha256(token) })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private async unsubscribeRow(ctx: RequestContext, token: string): Promise<boolean> {
    const result = await this.connection
      .getRepository(ctx, FollowSubscriptionEntity)
      .createQueryBuilder()
      .update()
      .set({ unsubscribedAt: () => 'COALESCE(unsubscribed_at, now())' })
      .where('unsubscribe_token = :t', { t: token })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Audit events after `after`, of published councils, resolved to councils, bodies and
   * recommendations; only those concerning `target` when it is given (a follower's digest).
   */
  async events(ctx: RequestContext, after: string, limit = 500, target?: { kind: FollowKind; id: string }): Promise<PublicEvent[]> {
    const rows: Array<Record<string, unknown>> = await this.connection.manager(ctx).query(
      `SELECT e.id::text AS id, e.action, e.occurred_at, c.id AS council_id, c.slug, c.name AS council_name,
              b.id AS body_id, b.name AS body_name,
              COALESCE(r.id, ro.id) AS rec_id, COALESCE(r.number, ro.number) AS rec_number, COALESCE(r.title, ro.title) AS rec_title,
              COALESCE(mt.number, mm.number) AS meeting_number, COALESCE(mt.starts_at, mm.starts_at) AS meeting_at, cm.title AS commitment_title
         FROM audit_event e
         JOIN council c ON c.id::text = e.data->>'councilId' AND c.published_at IS NOT NULL
         LEFT JOIN meeting mt ON e.entity_type = 'meeting' AND mt.id::text = e.entity_id
         LEFT JOIN minutes mi ON e.entity_type = 'minutes' AND mi.id::text = e.entity_id
         LEFT JOIN meeting mm ON mm.id = mi.meeting_id
         LEFT JOIN recommendation r ON e.entity_type = 'recommendation' AND r.id::text = e.entity_id
         LEFT JOIN commitment cm ON e.entity_type = 'commitment' AND cm.id::text = e.entity_id
         LEFT JOIN obligation o ON o.id::text = CASE e.entity_type WHEN 'obligation' THEN e.entity_id WHEN 'obligation_answer' THEN e.data->>'obligationId' END
                                OR o.id = cm.obligation_id
         LEFT JOIN recommendation ro ON ro.id = o.recommendation_id
         LEFT JOIN state_body b ON b.id = o.body_id
        WHERE e.id > $1::bigint AND e.action = ANY($2)
          AND ($3::text IS NULL
               OR ($3 = 'council' AND c.id = $4::uuid)
               OR ($3 = 'body' AND b.id = $4::uuid)
               OR ($3 = 'recommendation' AND COALESCE(r.id, ro.id) = $4::uuid))
        ORDER BY e.id LIMIT ${limit}`,
      [after, FOLLOWED_ACTIONS, target?.kind ?? null, target?.id ?? null],
    );
    return rows.map((r) => ({
      id: r['id'] as string,
      action: r['action'] as FollowedAction,
      occurredAt: r['occurred_at'] as Date,
      councilId: r['council_id'] as string,
      slug: r['slug'] as string,
      councilName: r['council_name'] as LocalizedValue,
      bodyId: (r['body_id'] as string | null) ?? null,
      bodyName: (r['body_name'] as LocalizedValue | null) ?? null,
      recommendationId: (r['rec_id'] as string | null) ?? null,
      recommendationNumber: (r['rec_number'] as number | null) ?? null,
      recommendationTitle: (r['rec_title'] as LocalizedValue | null) ?? null,
      meetingNumber: (r['meeting_number'] as number | null) ?? null,
      meetingAt: (r['meeting_at'] as Date | null) ?? null,
      commitmentTitle: (r['commitment_title'] as string | null) ?? null,
    }));
  }

  /** One line about an event, in the follower's language, with the portal page it concerns. */
  describe(e: PublicEvent, l: Locale): { text: string; link: string } {
    const date = e.meetingAt ? formatDate(new Date(e.meetingAt.getTime() + 5 * 3600_000).toISOString().slice(0, 10) as IsoDate, l) : '';
    const text = (WORDS[l][e.action])
      .replace('{meeting}', String(e.meetingNumber ?? ''))
      .replace('{date}', date)
      .replace('{rec}', String(e.recommendationNumber ?? ''))
      .replace('{title}', pick(e.recommendationTitle, l))
      .replace('{body}', pick(e.bodyName, l))
      .replace('{commitment}', e.commitmentTitle ?? '');
    const page =
      e.recommendationNumber !== null
        ? `/councils/${e.slug}/recommendations/${e.recommendationNumber}`
        : e.meetingNumber !== null
          ? `/councils/${e.slug}/meetings/${e.meetingNumber}${e.action === 'minutes.published' ? '/minutes' : ''}`
          : `/councils/${e.slug}`;
    return { text: `${pick(e.councilName, l)}: ${text}`, link: `${this.base}/${l}${page}` };
  }

  private matches(s: FollowSubscriptionEntity, e: PublicEvent): boolean {
    return (
      (s.kind === 'council' && s.targetId === e.councilId) || (s.kind === 'body' && s.targetId === e.bodyId) || (s.kind === 'recommendation' && s.targetId === e.recommendationId)
    );
  }

  private letter(s: FollowSubscriptionEntity, subject: string, lines: string[]): OutgoingMail {
    const l: Locale = isLocale(s.locale) ? s.locale : 'ru';
    const url = `${this.base}/follow/unsubscribe?token=${s.unsubscribeToken}`;
    return {
      to: s.email,
      subject,
      text: `${lines.join('\n\n')}\n\n${WORDS[l]['unsubscribe']} ${url}\n`,
      headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  }

  /** Sends each new public event to the confirmed followers of what it concerns, once. Returns letters sent. */
  async dispatchEvents(): Promise<number> {
    const ctx = RequestContext.system();
    return this.connection.withTransaction(ctx, async () => {
      const m = this.connection.manager(ctx);
      const [{ locked }]: Array<{ locked: boolean }> = await m.query(`SELECT pg_try_advisory_xact_lock(hashtextextended('kenes:follow-events', 0)) AS locked`);
      if (!locked) return 0;
      await m.query(`INSERT INTO follow_cursor (name, last_event_id) SELECT 'events', COALESCE(max(id), 0) FROM audit_event ON CONFLICT (name) DO NOTHING`);
      const [{ last }]: Array<{ last: string }> = await m.query(`SELECT last_event_id::text AS last FROM follow_cursor WHERE name = 'events' FOR UPDATE`);
      const events = await this.events(ctx, last, EVENTS_PER_RUN);
      const [{ tip }]: Array<{ tip: string | null }> = await m.query(`SELECT max(id)::text AS tip FROM audit_event WHERE id > $1::bigint`, [last]);
      // Only the followers of what these events concern, not every follower.
      const ids = (pick: (e: PublicEvent) => string | null) => [...new Set(events.map(pick).filter((x): x is string => x !== null))];
      const subs = events.length
        ? await this.connection
            .getRepository(ctx, FollowSubscriptionEntity)
            .createQueryBuilder('f')
            .where(`f.mode = 'events' AND f.confirmed_at IS NOT NULL AND f.unsubscribed_at IS NULL`)
            .andWhere(
              `((f.kind = 'council' AND f.target_id = ANY(:councils)) OR (f.kind = 'body' AND f.target_id = ANY(:bodies)) OR (f.kind = 'recommendation' AND f.target_id = ANY(:recommendations)))`,
              { councils: ids((e) => e.councilId), bodies: ids((e) => e.bodyId), recommendations: ids((e) => e.recommendationId) },
            )
            .getMany()
        : [];
      const letters: OutgoingMail[] = [];
      for (const e of events) {
        const seen = new Set<string>();
        for (const s of subs) {
          if (!this.matches(s, e) || seen.has(s.email)) continue;
          seen.add(s.email);
          const d = this.describe(e, isLocale(s.locale) ? s.locale : 'ru');
          letters.push(this.letter(s, `Kenes: ${d.text}`, [d.text, d.link]));
        }
      }
      const next = events.length === EVENTS_PER_RUN ? (events.at(-1)?.id ?? last) : (tip ?? last);
      await m.query(`UPDATE follow_cursor SET last_event_id = $1::bigint WHERE name = 'events'`, [next]);
      ctx.afterCommit(async () => {
        for (const l of letters) await this.mail.send(l);
      });
      return letters.length;
    });
  }

  /** Weekly followers whose week has passed get one letter with what happened since their last one. */
  async sendDigests(now: Date = new Date()): Promise<number> {
    const ctx = RequestContext.system();
    return this.connection.withTransaction(ctx, async () => {
      const m = this.connection.manager(ctx);
      const [{ locked }]: Array<{ locked: boolean }> = await m.query(`SELECT pg_try_advisory_xact_lock(hashtextextended('kenes:follow-digest', 0)) AS locked`);
      if (!locked) return 0;
      const due = await this.connection
        .getRepository(ctx, FollowSubscriptionEntity)
        .createQueryBuilder('f')
        .where(`f.mode = 'weekly' AND f.confirmed_at IS NOT NULL AND f.unsubscribed_at IS NULL AND (f.last_digest_at IS NULL OR f.last_digest_at <= :week)`, {
          week: new Date(now.getTime() - 7 * 86_400_000),
        })
        .getMany();
      const [{ tip }]: Array<{ tip: string | null }> = await m.query(`SELECT max(id)::text AS tip FROM audit_event`);
      const letters: OutgoingMail[] = [];
      for (const s of due) {
        // What concerns this follower only, so that unrelated events never crowd it out.
        const events = await this.events(ctx, s.digestAfter, DIGEST_LINES, { kind: s.kind, id: s.targetId });
        const l: Locale = isLocale(s.locale) ? s.locale : 'ru';
        if (events.length) {
          const lines = events.map((e) => {
            const d = this.describe(e, l);
            return `• ${d.text}\n  ${d.link}`;
          });
          letters.push(this.letter(s, `Kenes: ${WORDS[l]['digest']} (${events.length})`, lines));
        }
        // A full letter continues next week from its last line; otherwise everything up to now was seen.
        const after = events.length === DIGEST_LINES ? (events.at(-1)?.id ?? s.digestAfter) : (tip ?? s.digestAfter);
        await m.query(`UPDATE follow_subscription SET last_digest_at = $2, digest_after = GREATEST(digest_after, $3::bigint) WHERE id = $1`, [s.id, now, after]);
      }
      ctx.afterCommit(async () => {
        for (const l of letters) await this.mail.send(l);
      });
      return letters.length;
    });
  }
}
