import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AuditService, DomainError, TransactionalConnection, type RequestContext } from '@kenes/api/core';
import { CompositionRepository, MemberRole, MembershipService, SelectionMethod, type ChangeOutcome } from '@kenes/api/composition';
import type { CouncilEntity } from '@kenes/api/registry';
import { ApplicationEntity, CompetitionEntity, ReserveAppointmentEntity, UQ_RESERVE_APPLICATION } from './selection.entities';
import type { FillVacancyFromReserveInput } from './selection.inputs';

/** A vacancy filled from the reserve list: the entry used and the composition change it made. */
export interface ReserveFillOutcome {
  application: ApplicationEntity;
  change: ChangeOutcome;
}

/** The reserve list of a decided competition, used to fill vacancies of its convocation. */
@Injectable()
export class ReserveService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly composition: CompositionRepository,
    private readonly memberships: MembershipService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Fills a vacancy with the next unused entry of a decided competition's reserve list (383-V
   * art. 9 p. 7): the person is appointed through the composition rules like any appointment
   * (a change that breaks a hard rule is refused), and the entry is marked used; the database
   * refuses to use an entry twice.
   */
  async fillVacancyFromReserve(ctx: RequestContext, input: FillVacancyFromReserveInput): Promise<ReserveFillOutcome> {
    const { competition, council } = await this.locked(ctx, input.competitionId);
    const next: Array<{ id: string }> = await this.connection.manager(ctx).query(
      `SELECT a.id FROM application a
        WHERE a.competition_id = $1 AND a.status = 'reserve'
          AND NOT EXISTS (SELECT 1 FROM reserve_appointment r WHERE r.application_id = a.id)
        ORDER BY a.reserve_position ASC, a.id ASC LIMIT 1`,
      [competition.id],
    );
    const id = next[0]?.id;
    if (!id) throw DomainError.conflict('selection.reserveEmpty');
    // The secretary saw someone as next; if another change used that entry meanwhile, say so.
    if (input.applicationId && input.applicationId !== id) throw DomainError.conflict('selection.wrongStatus', { status: 'used' });
    const app = await this.connection.getRepository(ctx, ApplicationEntity).findOneByOrFail({ id });
    const change = await this.memberships.appoint(ctx, {
      convocationId: competition.convocationId,
      categoryId: input.categoryId,
      role: MemberRole.MEMBER,
      selectionMethod: SelectionMethod.RESERVE_LIST,
      startsOn: input.startsOn,
      person: { fullName: app.fullName, birthDate: app.birthDate, ...(input.gender ? { gender: input.gender } : {}), isCivilServant: input.isCivilServant },
      ...(app.nominatingOrgName ? { nominatingOrgName: app.nominatingOrgName } : {}),
      ...(app.nominatingOrgBin ? { nominatingOrgBin: app.nominatingOrgBin } : {}),
    });
    const repo = this.connection.getRepository(ctx, ReserveAppointmentEntity);
    try {
      await repo.insert({ applicationId: app.id, competitionId: competition.id, membershipId: change.membership.id });
    } catch (e) {
      const constraint = e instanceof QueryFailedError ? (e.driverError as { constraint?: string }).constraint : undefined;
      if (constraint === UQ_RESERVE_APPLICATION) throw DomainError.conflict('selection.wrongStatus', { status: 'used' });
      throw e;
    }
    await this.record(ctx, council, 'competition.reserveUsed', app.id, {
      competitionId: competition.id,
      reservePosition: app.reservePosition,
      membershipId: change.membership.id,
      convocationId: competition.convocationId,
      startsOn: input.startsOn,
    });
    return { application: app, change };
  }

  /** Access first (no probing), then the competition row lock; only a decided competition has a reserve list. */
  private async locked(ctx: RequestContext, id: string): Promise<{ competition: CompetitionEntity; council: CouncilEntity }> {
    const first = await this.connection.getRepository(ctx, CompetitionEntity).findOneBy({ id });
    if (!first) throw DomainError.notFound('entity.competition');
    const council = await this.composition.councilFor(ctx, first.councilId, 'council.manage', 'entity.competition');
    await this.connection.manager(ctx).query('SELECT id FROM competition WHERE id = $1 FOR UPDATE', [id]);
    const competition = await this.connection.getRepository(ctx, CompetitionEntity).findOneByOrFail({ id });
    if (competition.state !== 'decided' && competition.state !== 'published') {
      throw DomainError.conflict('selection.wrongState', { state: competition.state });
    }
    return { competition, council };
  }

  private record(ctx: RequestContext, council: CouncilEntity, action: string, entityId: string, data: Record<string, unknown>) {
    return this.audit.record(ctx, {
      chain: council.jurisdictionId,
      action,
      entityType: 'application',
      entityId,
      actorId: ctx.user?.id,
      data: { councilId: council.id, ...data },
    });
  }
}
