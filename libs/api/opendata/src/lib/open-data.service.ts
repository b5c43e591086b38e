import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, DomainError, type AppConfig, type Locale, type RequestContext } from '@kenes/api/core';
import { buildCalendar } from '@kenes/ical';
import { atom, csv, pick, rss, type FeedEntry } from './formats';
import { OpenDataRepository, type CouncilRow } from './open-data.repository';

const TYPE: Record<Locale, Record<string, string>> = {
  kk: { regular: 'Кезекті отырыс', extraordinary: 'Кезектен тыс отырыс', publicHearing: 'Қоғамдық тыңдау', constituent: 'Құрылтай отырысы' },
  ru: { regular: 'Очередное заседание', extraordinary: 'Внеочередное заседание', publicHearing: 'Общественные слушания', constituent: 'Первое заседание' },
  en: { regular: 'Regular meeting', extraordinary: 'Extraordinary meeting', publicHearing: 'Public hearing', constituent: 'Constituent meeting' },
};
const ADOPTED: Record<Locale, [string, string]> = { kk: ['Қабылданды', 'Қабылданбады'], ru: ['Принято', 'Не принято'], en: ['Adopted', 'Not adopted'] };
const DUE: Record<Locale, string> = { kk: 'Жауап беру мерзімі', ru: 'Срок ответа', en: 'Response due' };
const DECISIONS: Record<Locale, string> = { kk: 'шешімдері мен ұсынымдары', ru: 'решения и рекомендации', en: 'decisions and recommendations' };

/** Popolo vote options. */
const OPTION: Record<string, string> = { for: 'yes', against: 'no', abstain: 'abstain' };

export const POPOLO_SCHEMA_PATH = '/open-data/schema/popolo-kenes.schema.json';

/**
 * Feeds and exports of the published record: iCalendar, Atom and RSS, CSV, and Popolo JSON with
 * Kenes's extension for recommendations, obligations, answers and commitments (schema in
 * docs/open-data). Stable output for unchanged data, so ETags hold.
 */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly repo: OpenDataRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get base(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '');
  }

  async council(ctx: RequestContext, slug: string): Promise<CouncilRow> {
    const c = await this.repo.council(ctx, slug);
    if (!c) throw DomainError.notFound('entity.council');
    return c;
  }

  async meetingsCalendar(ctx: RequestContext, slug: string, locale: Locale): Promise<string> {
    const council = await this.council(ctx, slug);
    const meetings = await this.repo.meetings(ctx, council.id);
    return buildCalendar({
      prodId: `-//Kenes//Meetings//${locale.toUpperCase()}`,
      name: pick(council.name, locale),
      method: 'PUBLISH',
      events: meetings.map((m) => ({
        uid: `meeting-${m.id}@kenes`,
        sequence: m.revision,
        start: m.starts_at,
        end: m.ends_at ?? new Date(m.starts_at.getTime() + 2 * 3600_000),
        summary: `${TYPE[locale][m.type] ?? m.type} №${m.number} — ${pick(council.name, locale)}`,
        description: m.cancel_reason ?? undefined,
        location: [pick(m.place, locale), m.online_url].filter(Boolean).join(' · ') || undefined,
        url: `${this.base}/${locale}/councils/${council.slug}/meetings/${m.number}`,
        status: m.state === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
        lastModified: m.announced_at ?? m.starts_at,
      })),
    });
  }

  async deadlinesCalendar(ctx: RequestContext, bodyId: string, locale: Locale): Promise<string> {
    const body = await this.repo.body(ctx, bodyId);
    if (!body) throw DomainError.notFound('entity.stateBody');
    const obligations = await this.repo.obligations(ctx, { bodyId });
    return buildCalendar({
      prodId: `-//Kenes//Deadlines//${locale.toUpperCase()}`,
      name: `${DUE[locale]} — ${pick(body.name, locale)}`,
      method: 'PUBLISH',
      events: obligations.map((o) => {
        // The working day of the due date, office hours in Kazakhstan (UTC+5).
        const start = new Date(`${o.due}T09:00:00+05:00`);
        return {
          uid: `obligation-${o.id}@kenes`,
          sequence: 0,
          start,
          end: new Date(start.getTime() + 9 * 3600_000),
          summary: `${DUE[locale]}: №${o.recommendation_number} ${pick(o.title, locale)}`,
          description: `${o.state}${o.answered_on ? ` · ${o.answered_on}` : ''}`,
          url: `${this.base}/${locale}/councils/${o.council_slug}/recommendations/${o.recommendation_number}`,
          status: 'CONFIRMED' as const,
          lastModified: new Date(`${o.answered_on ?? o.dispatched_on}T12:00:00+05:00`),
        };
      }),
    });
  }

  private async decisionEntries(ctx: RequestContext, council: CouncilRow, locale: Locale): Promise<FeedEntry[]> {
    const [meetings, motions] = await Promise.all([this.repo.meetings(ctx, council.id), this.repo.motions(ctx, council.id)]);
    const number = new Map(meetings.map((m) => [m.id, m.number]));
    return motions
      .filter((m) => m.state === 'closed' && m.result && m.closed_at)
      .map((m) => {
        const r = m.result as NonNullable<typeof m.result>;
        const verdict = ADOPTED[locale][r.adopted ? 0 : 1];
        return {
          id: `urn:kenes:motion:${m.id}`,
          title: `${verdict}: ${pick(m.item_title, locale)}`,
          link: `${this.base}/${locale}/councils/${council.slug}/meetings/${number.get(m.meeting_id) ?? ''}`,
          updated: m.closed_at as Date,
          summary: `${m.text} (${r.for} / ${r.against} / ${r.abstain})`,
        };
      })
      .sort((a, b) => b.updated.getTime() - a.updated.getTime());
  }

  async decisionsAtom(ctx: RequestContext, slug: string, locale: Locale): Promise<string> {
    const council = await this.council(ctx, slug);
    const entries = await this.decisionEntries(ctx, council, locale);
    return atom({
      id: `urn:kenes:council:${council.id}:decisions:${locale}`,
      title: `${pick(council.name, locale)} — ${DECISIONS[locale]}`,
      link: `${this.base}/${locale}/councils/${council.slug}`,
      self: `${this.base}/feeds/councils/${council.slug}/decisions.atom?lang=${locale}`,
      updated: entries[0]?.updated ?? council.published_at,
      locale,
      entries,
    });
  }

  async decisionsRss(ctx: RequestContext, slug: string, locale: Locale): Promise<string> {
    const council = await this.council(ctx, slug);
    return rss({
      title: `${pick(council.name, locale)} — ${DECISIONS[locale]}`,
      link: `${this.base}/${locale}/councils/${council.slug}`,
      self: `${this.base}/feeds/councils/${council.slug}/decisions.rss?lang=${locale}`,
      description: `${pick(council.name, locale)}: ${DECISIONS[locale]}`,
      locale,
      entries: await this.decisionEntries(ctx, council, locale),
    });
  }

  async votesCsv(ctx: RequestContext, slug: string, locale: Locale): Promise<string> {
    const council = await this.council(ctx, slug);
    const [meetings, motions, votes] = await Promise.all([this.repo.meetings(ctx, council.id), this.repo.motions(ctx, council.id), this.repo.votes(ctx, council.id)]);
    const meeting = new Map(meetings.map((m) => [m.id, m]));
    const motion = new Map(motions.map((m) => [m.id, m]));
    return csv(
      ['meeting_number', 'meeting_date', 'item', 'motion_number', 'motion_kind', 'adopted', 'member', 'vote'],
      votes.map((v) => {
        const mo = motion.get(v.motion_id);
        const me = mo ? meeting.get(mo.meeting_id) : undefined;
        return [me?.number, me?.starts_at.toISOString().slice(0, 10), pick(mo?.item_title, locale), mo?.number, mo?.kind, mo?.result?.adopted, v.full_name, v.choice];
      }),
    );
  }

  async obligationsCsv(ctx: RequestContext, slug: string, locale: Locale): Promise<string> {
    const council = await this.council(ctx, slug);
    const rows = await this.repo.obligations(ctx, { councilId: council.id });
    return csv(
      ['recommendation_number', 'recommendation', 'body', 'lead', 'state', 'dispatched_on', 'due', 'answered_on', 'escalation_level', 'adequate'],
      rows.map((o) => [o.recommendation_number, pick(o.title, locale), pick(o.body_name, locale), o.lead, o.state, o.dispatched_on, o.due, o.answered_on, o.escalation_level, o.adequate]),
    );
  }

  async jurisdiction(ctx: RequestContext, code: string, locale: Locale) {
    const councils = await this.repo.councilsOfJurisdiction(ctx, code);
    if (!councils.length) throw DomainError.notFound('entity.jurisdiction');
    return {
      jurisdiction: code,
      councils: councils.map((c) => ({
        slug: c.slug,
        name: pick(c.name, locale),
        level: c.level,
        jurisdiction: c.jurisdiction_code,
        meetings: Number(c.meetings),
        recommendations: Number(c.recommendations),
        popolo: `${this.base}/open-data/councils/${c.slug}.json?lang=${locale}`,
        page: `${this.base}/${locale}/councils/${c.slug}`,
      })),
    };
  }

  /** The council as Popolo (persons, organizations, memberships, events, motions, vote events) with Kenes's extension. */
  async popolo(ctx: RequestContext, slug: string, locale: Locale) {
    const council = await this.council(ctx, slug);
    const [bodies, memberships, meetings, motions, votes, recommendations, obligations, answers, commitments, trail] = await Promise.all([
      this.repo.bodies(ctx, council.id),
      this.repo.memberships(ctx, council.id),
      this.repo.meetings(ctx, council.id),
      this.repo.motions(ctx, council.id),
      this.repo.votes(ctx, council.id),
      this.repo.recommendations(ctx, council.id),
      this.repo.obligations(ctx, { councilId: council.id }),
      this.repo.answers(ctx, council.id),
      this.repo.commitments(ctx, council.id),
      this.repo.trail(ctx, council.id),
    ]);
    const org = (id: string) => `organization/${id}`;
    const persons = new Map<string, string>();
    for (const m of memberships) persons.set(m.person_id, m.full_name);
    for (const v of votes) persons.set(v.person_id, v.full_name);
    return {
      $schema: `${this.base}${POPOLO_SCHEMA_PATH}`,
      language: locale,
      organizations: [
        { id: org(council.id), name: pick(council.name, locale), classification: 'public council', parent_id: org(council.host_body_id), 'kenes:level': council.level, 'kenes:jurisdiction': council.jurisdiction_code },
        ...bodies.map((b) => ({ id: org(b.id), name: pick(b.name, locale), classification: 'state body', ...(b.parent_id ? { parent_id: org(b.parent_id) } : {}), 'kenes:kind': b.kind })),
      ],
      persons: [...persons.entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => ({ id: `person/${id}`, name })),
      memberships: memberships.map((m) => ({
        id: `membership/${m.id}`,
        person_id: `person/${m.person_id}`,
        organization_id: org(council.id),
        role: m.role,
        start_date: m.starts_on,
        ...(m.ends_on ? { end_date: m.ends_on, 'kenes:end_reason': m.end_reason } : {}),
        'kenes:category': pick(m.category, locale),
        'kenes:state_linked': m.state_linked,
      })),
      events: meetings.map((m) => ({
        id: `event/${m.id}`,
        name: `${TYPE[locale][m.type] ?? m.type} №${m.number}`,
        classification: m.type,
        start_date: m.starts_at.toISOString(),
        ...(m.ends_at ? { end_date: m.ends_at.toISOString() } : {}),
        organization_id: org(council.id),
        'kenes:state': m.state,
      })),
      motions: motions.map((m) => ({
        id: `motion/${m.id}`,
        organization_id: org(council.id),
        legislative_session_id: `event/${m.meeting_id}`,
        text: m.text,
        classification: m.kind,
        'kenes:points': m.points,
        'kenes:item': pick(m.item_title, locale),
        ...(m.opened_at ? { date: m.opened_at.toISOString() } : {}),
        ...(m.result ? { result: m.result.adopted ? 'pass' : 'fail' } : {}),
      })),
      vote_events: motions
        .filter((m) => m.state === 'closed' && m.result)
        .map((m) => {
          const r = m.result as NonNullable<typeof m.result>;
          return {
            id: `vote-event/${m.id}`,
            motion_id: `motion/${m.id}`,
            organization_id: org(council.id),
            legislative_session_id: `event/${m.meeting_id}`,
            ...(m.opened_at ? { start_date: m.opened_at.toISOString() } : {}),
            ...(m.closed_at ? { end_date: m.closed_at.toISOString() } : {}),
            result: r.adopted ? 'pass' : 'fail',
            counts: [
              { option: 'yes', value: r.for },
              { option: 'no', value: r.against },
              { option: 'abstain', value: r.abstain },
              { option: 'kenes:recused', value: r.recused },
            ],
            votes: votes.filter((v) => v.motion_id === m.id).map((v) => ({ voter_id: `person/${v.person_id}`, option: OPTION[v.choice] ?? v.choice })),
          };
        }),
      'kenes:recommendations': recommendations.map((r) => ({
        id: `recommendation/${r.id}`,
        number: r.number,
        motion_id: `motion/${r.motion_id}`,
        title: pick(r.title, locale),
        text: r.text,
        adopted_on: r.adopted_on,
        document_type: r.document_type,
        points: r.points,
        obligations: obligations
          .filter((o) => o.recommendation_id === r.id)
          .map((o) => ({
            id: `obligation/${o.id}`,
            organization_id: org(o.body_id),
            lead: o.lead,
            state: o.state,
            dispatched_on: o.dispatched_on,
            due: o.due,
            answered_on: o.answered_on,
            escalation_level: o.escalation_level,
            adequate: o.adequate,
            trail: trail.filter((t) => t.obligation_id === o.id).map((t) => ({ type: t.type, date: t.date })),
            responses: answers
              .filter((a) => a.obligation_id === o.id)
              .map((a) => ({ version: a.version, point: a.point_number, verdict: a.verdict, scope: a.scope, reasons: a.reasons, study_until: a.study_until, signed_by: a.signed_by_name, signed_at: a.signed_at.toISOString() })),
            commitments: commitments
              .filter((c) => c.obligation_id === o.id)
              .map((c) => ({
                id: `commitment/${c.id}`,
                point: c.point_number,
                title: c.title,
                owner: c.owner,
                due: c.due,
                state: c.state,
                done_on: c.done_on,
                evidence: c.evidence.map((e) => (e.fileId ? `${this.base}/files/evidence/${e.fileId}` : (e.url ?? ''))).filter(Boolean),
              })),
          })),
      })),
    };
  }
}
