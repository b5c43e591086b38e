import { Injectable } from '@nestjs/common';
import {
  AuditService,
  DomainError,
  ErrorCode,
  TransactionalConnection,
  translate,
  type ApiMessageKey,
  type LocalizedValue,
  type RequestContext,
} from '@kenes/api/core';
import { CompositionRepository, RuleSetService, domainLevel, kazakhstanToday } from '@kenes/api/composition';
import { CouncilEntity, CouncilService } from '@kenes/api/registry';
import {
  LOCALES,
  evaluateEligibility,
  evaluateWorkingGroup,
  formatBasis,
  formatMessage,
  rankApplications,
  withDefaultCandidateRules,
  type CheckResult,
  type IsoDate,
  type Permission,
  type RuleSet,
} from '@kenes/domain';
import {
  ApplicationEntity,
  CompetitionEntity,
  ReserveAppointmentEntity,
  ScoreEntity,
  WorkingGroupMemberEntity,
  type ApplicationStatusValue,
  type CompetitionStateValue,
  type StoredRefusal,
} from './selection.entities';
import type {
  AddWorkingGroupMemberInput,
  AdmitOrRefuseInput,
  CreateCompetitionInput,
  DecideCompetitionInput,
  ScoreApplicationInput,
  SubmitApplicationInput,
} from './selection.inputs';

/** A competition with everything the admin view shows. */
export interface CompetitionDetail {
  competition: CompetitionEntity;
  workingGroup: WorkingGroupMemberEntity[];
  applications: ApplicationEntity[];
  scores: ScoreEntity[];
  /** Reserve entries already used to fill a vacancy. */
  reserveAppointments: ReserveAppointmentEntity[];
  /** The working group against its own state-share rule (383-V art. 8 p. 1). */
  workingGroupCheck: CheckResult[];
}

/** A published competition with its council, for the public endpoint. */
export interface PublishedCompetition {
  competition: CompetitionEntity;
  applications: ApplicationEntity[];
  reserveAppointments: ReserveAppointmentEntity[];
}


const sameName = (a: string, b: string): boolean => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Competitions for the seats of a convocation (383-V art. 8–10): the call, the working group,
 * admission by the eligibility rules of the rule set, scoring, and the decision with reasons and
 * a reserve list. Every write locks the competition row, so transitions never race.
 */

/** A council runs a few competitions per term: the most recent ones are listed, never an unbounded set. */
const MAX_COMPETITIONS = 50;
@Injectable()
export class SelectionService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly composition: CompositionRepository,
    private readonly rules: RuleSetService,
    private readonly councils: CouncilService,
    private readonly audit: AuditService,
  ) {}

  async competitions(ctx: RequestContext, councilId: string): Promise<CompetitionDetail[]> {
    await this.composition.councilFor(ctx, councilId, 'council.read');
    const rows = await this.connection
      .getRepository(ctx, CompetitionEntity)
      .find({ where: { councilId }, order: { opensOn: 'DESC', createdAt: 'DESC' }, take: MAX_COMPETITIONS });
    return Promise.all(rows.map((c) => this.detail(ctx, c)));
  }

  async competition(ctx: RequestContext, id: string): Promise<CompetitionDetail> {
    const { competition } = await this.access(ctx, id, 'council.read');
    return this.detail(ctx, competition);
  }

  async create(ctx: RequestContext, input: CreateCompetitionInput): Promise<CompetitionDetail> {
    const council = await this.composition.councilFor(ctx, input.councilId, 'council.manage');
    const convocation = await this.composition.convocation(ctx, input.convocationId);
    if (!convocation || convocation.councilId !== council.id)
      throw DomainError.badInput([{ path: 'convocationId', messageKey: 'error.notFound', params: { entity: 'entity.convocation' } }]);
    if (input.closesOn < input.opensOn) throw DomainError.badInput([{ path: 'closesOn', messageKey: 'validation.invalid' }]);
    const repo = this.connection.getRepository(ctx, CompetitionEntity);
    const saved = await repo.save(
      repo.create({
        councilId: council.id,
        convocationId: convocation.id,
        seats: input.seats,
        callText: localized(input.callText),
        criteria: input.criteria.map(localized),
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        state: 'draft',
        decidedAt: null,
        publishedAt: null,
      }),
    );
    await this.record(ctx, council, 'competition.created', 'competition', saved.id, {
      convocationId: convocation.id,
      seats: saved.seats,
      opensOn: saved.opensOn,
      closesOn: saved.closesOn,
    });
    return this.detail(ctx, saved);
  }

  /** Adds a member to the working group while the competition is a draft; refused when the state share would break the rule. */
  async addWorkingGroupMember(ctx: RequestContext, input: AddWorkingGroupMemberInput): Promise<CompetitionDetail> {
    const { competition, council } = await this.locked(ctx, input.competitionId, ['draft']);
    if (input.isHead && input.stateLinked) throw DomainError.badInput([{ path: 'isHead', messageKey: 'selection.headStateLinked' }]);
    const repo = this.connection.getRepository(ctx, WorkingGroupMemberEntity);
    const group = await repo.find({ where: { competitionId: competition.id } });
    if (input.isHead && group.some((m) => m.isHead)) throw DomainError.conflict('selection.headTaken');
    const ruleSet = await this.ruleSet(ctx, council, kazakhstanToday());
    const after = [...group, { stateLinked: input.stateLinked }].map((m) => ({
      category: { code: m.stateLinked ? 'stateLinked' : 'civilSociety', stateLinked: m.stateLinked, supervisedByHost: false },
    }));
    const failed = evaluateWorkingGroup(after, ruleSet, kazakhstanToday()).find((r) => r.status === 'fail' && r.severity === 'hard');
    if (failed) {
      const rule = formatMessage(failed.name, ctx.locale);
      const explanation = formatMessage(failed.message, ctx.locale);
      const basis = formatBasis(failed.basis, ctx.locale);
      throw new DomainError(ErrorCode.CONFLICT, 'selection.workingGroupRule', { rule, explanation }, [], {
        ruleCode: failed.code,
        explanation,
        basis,
        figures: failed.figures,
      });
    }
    const saved = await repo.save(
      repo.create({ competitionId: competition.id, fullName: input.fullName.trim(), stateLinked: input.stateLinked, isHead: input.isHead }),
    );
    await this.record(ctx, council, 'competition.workingGroupMemberAdded', 'working_group_member', saved.id, {
      competitionId: competition.id,
      stateLinked: saved.stateLinked,
      isHead: saved.isHead,
    });
    return this.detail(ctx, competition);
  }

  async open(ctx: RequestContext, id: string): Promise<CompetitionDetail> {
    const { competition, council } = await this.locked(ctx, id, ['draft']);
    const members = await this.connection.getRepository(ctx, WorkingGroupMemberEntity).countBy({ competitionId: id });
    if (!members) throw DomainError.conflict('selection.emptyWorkingGroup');
    return this.transition(ctx, council, competition, 'open');
  }

  /** Closes the call: no more applications; the admitted ones go to the shortlist for scoring. */
  async close(ctx: RequestContext, id: string): Promise<CompetitionDetail> {
    const { competition, council } = await this.locked(ctx, id, ['open']);
    await this.connection.getRepository(ctx, ApplicationEntity).update({ competitionId: id, status: 'admitted' }, { status: 'shortlisted' });
    return this.transition(ctx, council, competition, 'closed');
  }

  /** An application as the secretary entered it from paper; it waits for the admission check. */
  async submit(ctx: RequestContext, input: SubmitApplicationInput): Promise<ApplicationEntity> {
    const { competition, council } = await this.locked(ctx, input.competitionId, ['open']);
    const group = await this.connection.getRepository(ctx, WorkingGroupMemberEntity).find({ where: { competitionId: competition.id } });
    const repo = this.connection.getRepository(ctx, ApplicationEntity);
    const saved = await repo.save(
      repo.create({
        competitionId: competition.id,
        fullName: input.fullName.trim(),
        birthDate: input.birthDate,
        residesInJurisdiction: input.residesInJurisdiction,
        citizen: input.citizen,
        convictionDeclared: input.convictionDeclared,
        mentalHealthCertificate: input.mentalHealthCertificate,
        criminalRecordCertificate: input.criminalRecordCertificate,
        documents: (input.documents ?? []).map((d) => d.trim()).filter(Boolean),
        nominatingOrgName: input.nominatingOrgName?.trim() || null,
        nominatingOrgBin: input.nominatingOrgBin ?? null,
        selfNominated: input.selfNominated,
        isWorkingGroupMember: input.isWorkingGroupMember || group.some((m) => sameName(m.fullName, input.fullName)),
        status: 'submitted',
        refusalReasons: [],
        rank: null,
        averageScore: null,
        reservePosition: null,
        decisionReasons: null,
      }),
    );
    await this.record(ctx, council, 'application.submitted', 'application', saved.id, {
      competitionId: competition.id,
      nominatingOrgBin: saved.nominatingOrgBin,
      selfNominated: saved.selfNominated,
    });
    return saved;
  }

  /**
   * Admits or refuses by the eligibility rules of the rule set in force on the closing date. The
   * secretary may only add a refusal (false information, for instance), never admit someone the
   * rules refuse.
   */
  async admitOrRefuse(ctx: RequestContext, input: AdmitOrRefuseInput): Promise<ApplicationEntity> {
    const first = await this.connection.getRepository(ctx, ApplicationEntity).findOneBy({ id: input.applicationId });
    if (!first) throw DomainError.notFound('entity.application');
    const { competition, council } = await this.locked(ctx, first.competitionId, ['open', 'closed'], 'entity.application');
    const app = await this.connection.getRepository(ctx, ApplicationEntity).findOneByOrFail({ id: input.applicationId });
    if (app.status !== 'submitted') throw DomainError.conflict('selection.wrongStatus', { status: app.status });

    const ruleSet = withDefaultCandidateRules(await this.ruleSet(ctx, council, competition.closesOn as IsoDate));
    const result = evaluateEligibility(
      {
        citizen: app.citizen,
        birthDate: app.birthDate as IsoDate,
        residesInJurisdiction: app.residesInJurisdiction,
        convictionDeclared: app.convictionDeclared,
        mentalHealthCertificate: app.mentalHealthCertificate,
        criminalRecordCertificate: app.criminalRecordCertificate,
        isWorkingGroupMember: app.isWorkingGroupMember,
        ...(app.nominatingOrgBin ? { nominatingOrgBin: app.nominatingOrgBin } : {}),
      },
      { level: domainLevel(council.level), closesOn: competition.closesOn as IsoDate, takenBins: await this.takenBins(ctx, competition) },
      ruleSet,
      competition.closesOn as IsoDate,
    );
    const reasons: StoredRefusal[] = result.refusals.map((r) => ({
      ruleCode: r.ruleCode,
      ground: r.ground,
      basis: r.basis,
      name: Object.fromEntries(LOCALES.map((l) => [l, formatMessage(r.name, l)])) as LocalizedValue,
      note: null,
    }));
    if (input.refuseOn) reasons.push({ ruleCode: null, ground: input.refuseOn, basis: null, name: null, note: input.note?.trim() || null });
    const status: ApplicationStatusValue = reasons.length ? 'refused' : competition.state === 'closed' ? 'shortlisted' : 'admitted';
    await this.connection.getRepository(ctx, ApplicationEntity).update({ id: app.id }, { status, refusalReasons: reasons });
    await this.record(ctx, council, status === 'refused' ? 'application.refused' : 'application.admitted', 'application', app.id, {
      competitionId: competition.id,
      reasons: reasons.map((r) => ({ ruleCode: r.ruleCode, ground: r.ground })),
      byHand: Boolean(input.refuseOn),
    });
    return this.connection.getRepository(ctx, ApplicationEntity).findOneByOrFail({ id: app.id });
  }

  /** One score per working-group member per application: scoring again replaces it, even when two requests race. */
  async score(ctx: RequestContext, input: ScoreApplicationInput): Promise<ScoreEntity> {
    const app = await this.connection.getRepository(ctx, ApplicationEntity).findOneBy({ id: input.applicationId });
    if (!app) throw DomainError.notFound('entity.application');
    const { competition, council } = await this.access(ctx, app.competitionId, 'council.manage', 'entity.application');
    // A shared lock: scores may be given side by side, never while the decision is being taken.
    await this.connection.manager(ctx).query('SELECT id FROM competition WHERE id = $1 FOR SHARE', [competition.id]);
    const state = (await this.connection.getRepository(ctx, CompetitionEntity).findOneByOrFail({ id: competition.id })).state;
    if (state !== 'closed') throw DomainError.conflict('selection.wrongState', { state });
    if (app.status !== 'shortlisted') throw DomainError.conflict('selection.wrongStatus', { status: app.status });
    const scorer = await this.connection.getRepository(ctx, WorkingGroupMemberEntity).findOneBy({ id: input.scorerId });
    if (!scorer || scorer.competitionId !== competition.id)
      throw DomainError.badInput([{ path: 'scorerId', messageKey: 'error.notFound', params: { entity: 'entity.workingGroupMember' } }]);
    const rows: Array<{ id: string }> = await this.connection.manager(ctx).query(
      `INSERT INTO score (application_id, scorer_id, value, comment) VALUES ($1, $2, $3, $4)
       ON CONFLICT (application_id, scorer_id) DO UPDATE SET value = EXCLUDED.value, comment = EXCLUDED.comment, updated_at = now()
       RETURNING id`,
      [app.id, scorer.id, input.value, input.comment?.trim() || null],
    );
    const id = rows[0]?.id;
    await this.record(ctx, council, 'application.scored', 'score', id, {
      competitionId: competition.id,
      applicationId: app.id,
      scorerId: scorer.id,
      value: input.value,
    });
    return this.connection.getRepository(ctx, ScoreEntity).findOneByOrFail({ id });
  }

  /**
   * Ranks the shortlist by average score, selects `seats`, puts the next ones on the reserve list
   * in order (383-V art. 9 p. 7, 9) and writes the reasons of every outcome in kk / ru / en.
   */
  async decide(ctx: RequestContext, input: DecideCompetitionInput): Promise<CompetitionDetail> {
    const { competition, council } = await this.locked(ctx, input.competitionId, ['closed']);
    const appRepo = this.connection.getRepository(ctx, ApplicationEntity);
    const apps = await appRepo.find({ where: { competitionId: competition.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const pending = apps.filter((a) => a.status === 'submitted' || a.status === 'admitted').length;
    if (pending) throw DomainError.conflict('selection.pendingApplications', { count: pending });
    const shortlisted = apps.filter((a) => a.status === 'shortlisted');
    const scores = await this.scoresOf(ctx, shortlisted.map((a) => a.id));
    const ranked = rankApplications(
      shortlisted.map((a) => ({ id: a.id, scores: scores.filter((s) => s.applicationId === a.id).map((s) => s.value), submittedOrder: apps.indexOf(a) })),
      competition.seats,
      input.reserveSize,
    );
    for (const r of ranked) {
      const status: ApplicationStatusValue = r.outcome === 'notSelected' ? 'not_selected' : r.outcome;
      const params = {
        average: r.average === null ? '' : r.average.toFixed(2),
        count: r.scoreCount,
        rank: r.rank,
        seats: competition.seats,
        position: r.reservePosition ?? '',
      };
      const key: ApiMessageKey =
        r.average === null
          ? 'selection.reasonNotScored'
          : r.outcome === 'selected'
            ? 'selection.reasonSelected'
            : r.outcome === 'reserve'
              ? 'selection.reasonReserve'
              : 'selection.reasonNotSelected';
      const reasons = Object.fromEntries(LOCALES.map((l) => [l, translate(key, params, l)])) as LocalizedValue;
      await appRepo.update(
        { id: r.id },
        {
          status,
          rank: r.average === null ? null : r.rank,
          averageScore: r.average === null ? null : r.average.toFixed(2),
          reservePosition: r.reservePosition,
          decisionReasons: reasons,
        },
      );
    }
    await this.connection.getRepository(ctx, CompetitionEntity).update({ id: competition.id }, { decidedAt: new Date() });
    return this.transition(ctx, council, competition, 'decided', {
      selected: ranked.filter((r) => r.outcome === 'selected').map((r) => r.id),
      reserve: ranked.filter((r) => r.outcome === 'reserve').map((r) => r.id),
    });
  }

  async publish(ctx: RequestContext, id: string): Promise<CompetitionDetail> {
    const { competition, council } = await this.locked(ctx, id, ['decided']);
    await this.connection.getRepository(ctx, CompetitionEntity).update({ id }, { publishedAt: new Date() });
    return this.transition(ctx, council, competition, 'published');
  }

  /**
   * Published competitions of a published council, newest first; null when the council is not
   * public. Four statements whatever the number of competitions and applications.
   */
  async published(ctx: RequestContext, slug: string): Promise<PublishedCompetition[] | null> {
    const council = await this.councils.findPublishedBySlug(ctx, slug);
    if (!council) return null;
    const rows = await this.connection
      .getRepository(ctx, CompetitionEntity)
      .find({ where: { councilId: council.id, state: 'published' }, order: { closesOn: 'DESC', createdAt: 'DESC' }, take: MAX_COMPETITIONS });
    if (!rows.length) return [];
    const ids = rows.map((c) => c.id);
    const applications = await this.connection
      .getRepository(ctx, ApplicationEntity)
      .createQueryBuilder('a')
      .where('a.competition_id = ANY(:ids)', { ids })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    const used = await this.connection
      .getRepository(ctx, ReserveAppointmentEntity)
      .createQueryBuilder('r')
      .where('r.competition_id = ANY(:ids)', { ids })
      .getMany();
    return rows.map((competition) => ({
      competition,
      applications: applications.filter((a) => a.competitionId === competition.id),
      reserveAppointments: used.filter((r) => r.competitionId === competition.id),
    }));
  }

  private async detail(ctx: RequestContext, competition: CompetitionEntity): Promise<CompetitionDetail> {
    const fresh = (await this.connection.getRepository(ctx, CompetitionEntity).findOneBy({ id: competition.id })) ?? competition;
    const workingGroup = await this.connection
      .getRepository(ctx, WorkingGroupMemberEntity)
      .find({ where: { competitionId: competition.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const applications = await this.connection
      .getRepository(ctx, ApplicationEntity)
      .find({ where: { competitionId: competition.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const reserveAppointments = await this.connection
      .getRepository(ctx, ReserveAppointmentEntity)
      .find({ where: { competitionId: competition.id }, order: { createdAt: 'ASC' } });
    const council = await this.connection.getRepository(ctx, CouncilEntity).findOneByOrFail({ id: fresh.councilId });
    const today = kazakhstanToday();
    const workingGroupCheck = workingGroup.length
      ? evaluateWorkingGroup(
          workingGroup.map((m) => ({
            category: { code: m.stateLinked ? 'stateLinked' : 'civilSociety', stateLinked: m.stateLinked, supervisedByHost: false },
          })),
          await this.ruleSet(ctx, council, today),
          today,
        )
      : [];
    return {
      competition: fresh,
      workingGroup,
      applications,
      scores: await this.scoresOf(ctx, applications.map((a) => a.id)),
      reserveAppointments,
      workingGroupCheck,
    };
  }

  private scoresOf(ctx: RequestContext, applicationIds: string[]): Promise<ScoreEntity[]> {
    if (!applicationIds.length) return Promise.resolve([]);
    return this.connection
      .getRepository(ctx, ScoreEntity)
      .createQueryBuilder('s')
      .where('s.application_id = ANY(:ids)', { ids: applicationIds })
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  /** BINs with a running seat in the convocation, or already selected for it by a competition. */
  private async takenBins(ctx: RequestContext, competition: CompetitionEntity): Promise<string[]> {
    const rows: Array<{ bin: string }> = await this.connection.manager(ctx).query(
      `SELECT m.nominating_org_bin AS bin FROM membership m
        WHERE m.convocation_id = $1 AND m.ends_on IS NULL AND m.nominating_org_bin IS NOT NULL
       UNION ALL
       SELECT a.nominating_org_bin FROM application a JOIN competition c ON c.id = a.competition_id
        WHERE c.convocation_id = $1 AND a.status = 'selected' AND a.nominating_org_bin IS NOT NULL`,
      [competition.convocationId],
    );
    return rows.map((r) => r.bin);
  }

  private async ruleSet(ctx: RequestContext, council: CouncilEntity, onDate: IsoDate): Promise<RuleSet> {
    return (await this.rules.forJurisdiction(ctx, council.jurisdictionId, onDate)).ruleSet;
  }

  /** The competition, if the caller holds `permission` on its council (otherwise reported as not found). */
  private async access(
    ctx: RequestContext,
    id: string,
    permission: Permission,
    notFound: ApiMessageKey = 'entity.competition',
  ): Promise<{ competition: CompetitionEntity; council: CouncilEntity }> {
    const competition = await this.connection.getRepository(ctx, CompetitionEntity).findOneBy({ id });
    if (!competition) throw DomainError.notFound(notFound);
    const council = await this.composition.councilFor(ctx, competition.councilId, permission, notFound);
    return { competition, council };
  }

  /** Access first (no probing), then the row lock, then a fresh read and the state check. */
  private async locked(
    ctx: RequestContext,
    id: string,
    states: CompetitionStateValue[],
    notFound: ApiMessageKey = 'entity.competition',
  ): Promise<{ competition: CompetitionEntity; council: CouncilEntity }> {
    const { council } = await this.access(ctx, id, 'council.manage', notFound);
    await this.connection.manager(ctx).query('SELECT id FROM competition WHERE id = $1 FOR UPDATE', [id]);
    const competition = await this.connection.getRepository(ctx, CompetitionEntity).findOneByOrFail({ id });
    if (!states.includes(competition.state)) throw DomainError.conflict('selection.wrongState', { state: competition.state });
    return { competition, council };
  }

  private async transition(
    ctx: RequestContext,
    council: CouncilEntity,
    competition: CompetitionEntity,
    state: CompetitionStateValue,
    data: Record<string, unknown> = {},
  ): Promise<CompetitionDetail> {
    await this.connection.getRepository(ctx, CompetitionEntity).update({ id: competition.id }, { state });
    await this.record(ctx, council, `competition.${state}`, 'competition', competition.id, { from: competition.state, ...data });
    return this.detail(ctx, competition);
  }

  private record(ctx: RequestContext, council: CouncilEntity, action: string, entityType: string, entityId: string, data: Record<string, unknown>) {
    return this.audit.record(ctx, {
      chain: council.jurisdictionId,
      action,
      entityType,
      entityId,
      actorId: ctx.user?.id,
      data: { councilId: council.id, ...data },
    });
  }
}

function localized(v: { kk?: string | null; ru: string; en?: string | null }): LocalizedValue {
  return { ru: v.ru.trim(), kk: v.kk?.trim() || null, en: v.en?.trim() || null };
}

