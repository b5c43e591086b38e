import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AuditService, DomainError, ErrorCode, TransactionalConnection, type RequestContext } from '@kenes/api/core';
import type { CouncilEntity } from '@kenes/api/registry';
import {
  checkChange,
  evaluateComposition,
  findRule,
  isAfter,
  isBefore,
  msg,
  ruleName,
  type CheckResult,
  type Composition,
  type IsoDate,
  type Membership as DomainMembership,
  type RuleSet,
} from '@kenes/domain';
import {
  MembershipEntity,
  PersonEntity,
  UQ_ACTIVE_BIN,
  UQ_ACTIVE_PERSON,
  type ConvocationEntity,
  type EndReasonValue,
} from './composition.entities';
import type { AppointMemberInput, ChangeMemberCategoryInput, ElectChairInput, EndMembershipInput } from './composition.inputs';
import { MemberRole } from './composition.models';
import { CompositionRepository, toDomainMember, type SeatedMembership } from './composition.repository';
import { RuleSetService } from './rule-set.service';
import { ruleViolationError } from './rule-views';

/** What a change did: the row it wrote, the rows it ended, and what still needs attention. */
export interface ChangeOutcome {
  membership: SeatedMembership;
  ended: SeatedMembership[];
  issues: CheckResult[];
}

/** A running membership, its convocation and council, with the convocation locked. */
interface LockedSeat {
  row: SeatedMembership;
  convocation: ConvocationEntity;
  council: CouncilEntity;
}

/**
 * Changes to who sits on a council. Each one locks the convocation, asks the law engine whether
 * the composition after the change breaks (or worsens a breach of) a hard rule, and refuses it if
 * so; history is never rewritten: rows are ended and continued, not edited.
 */
@Injectable()
export class MembershipService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly repo: CompositionRepository,
    private readonly rules: RuleSetService,
    private readonly audit: AuditService,
  ) {}

  async appoint(ctx: RequestContext, input: AppointMemberInput): Promise<ChangeOutcome> {
    const convocation = await this.repo.convocation(ctx, input.convocationId);
    if (!convocation) throw DomainError.notFound('entity.convocation');
    const council = await this.repo.councilFor(ctx, convocation.councilId, 'council.manage', 'entity.convocation');
    if (input.role === MemberRole.CHAIR) throw DomainError.badInput([{ path: 'role', messageKey: 'composition.chairViaElection' }]);
    if (Boolean(input.personId) === Boolean(input.person))
      throw DomainError.badInput([{ path: 'person', messageKey: 'validation.required' }]);
    const date = input.startsOn as IsoDate;
    assertWithin(convocation, date, 'startsOn');
    await this.repo.lockConvocation(ctx, convocation.id);

    const category = (await this.repo.categoriesFor(ctx, council.jurisdictionId))?.find((c) => c.id === input.categoryId);
    if (!category)
      throw DomainError.badInput([{ path: 'categoryId', messageKey: 'error.notFound', params: { entity: 'entity.affiliationCategory' } }]);
    const people = this.connection.getRepository(ctx, PersonEntity);
    let person: PersonEntity | null;
    if (input.personId) {
      person = await this.repo.personOfCouncil(ctx, input.personId, council.id);
      if (!person) throw DomainError.badInput([{ path: 'personId', messageKey: 'error.notFound', params: { entity: 'entity.person' } }]);
      if (await this.repo.isSeated(ctx, convocation.id, person.id)) throw DomainError.conflict('composition.alreadyMember');
    } else {
      const p = input.person as NonNullable<AppointMemberInput['person']>;
      person = await people.save(
        people.create({
          fullName: p.fullName.trim(),
          birthDate: p.birthDate ?? null,
          gender: p.gender ?? null,
          isCivilServant: p.isCivilServant,
        }),
      );
    }

    const ruleSet = (await this.rules.forJurisdiction(ctx, council.jurisdictionId, date)).ruleSet;
    const before = await this.compositionOn(ctx, council, convocation, date);
    const draft = {
      convocationId: convocation.id,
      personId: person.id,
      role: input.role,
      isVotingMember: input.role !== MemberRole.SECRETARY,
      categoryId: category.id,
      nominatingOrgName: input.nominatingOrgName?.trim() || null,
      nominatingOrgBin: input.nominatingOrgBin ?? null,
      selectionMethod: input.selectionMethod,
      startsOn: date,
      endsOn: null,
      endReason: null,
      previousId: null,
    };
    const history = await this.repo.historyOf(ctx, council.id, convocation.number, [person.id], date);
    const after = withMembers(before, [...before.members, toDomainMember(draft, person, category, convocation.endsOn, history)]);
    this.assertLawful(ctx, before, after, ruleSet, date);

    const saved = await this.insert(ctx, draft, ruleSet);
    await this.record(ctx, council, 'membership.appointed', saved.id, {
      convocationId: convocation.id,
      personId: person.id,
      role: draft.role,
      category: category.code,
      nominatingOrgBin: draft.nominatingOrgBin,
      selectionMethod: draft.selectionMethod,
      startsOn: date,
    });
    return this.outcome(ctx, saved.id, [], after, ruleSet, date);
  }

  /**
   * Ends a seat. Never refused by the quota rules: people die, resign and are excluded whatever
   * the quotas say (383-V art. 15); what the vacancy breaks comes back among the issues, to be
   * filled from the reserve list.
   */
  async end(ctx: RequestContext, input: EndMembershipInput): Promise<ChangeOutcome> {
    const { row, convocation, council } = await this.lockedSeat(ctx, input.membershipId);
    const date = input.endsOn as IsoDate;
    if (isBefore(date, row.startsOn as IsoDate)) {
      throw DomainError.badInput([{ path: 'endsOn', messageKey: 'composition.dateBeforeStart', params: { startsOn: row.startsOn } }]);
    }
    if (isAfter(date, convocation.endsOn as IsoDate)) {
      throw DomainError.badInput([
        {
          path: 'endsOn',
          messageKey: 'composition.outsideConvocation',
          params: { startsOn: convocation.startsOn, endsOn: convocation.endsOn },
        },
      ]);
    }
    const ruleSet = (await this.rules.forJurisdiction(ctx, council.jurisdictionId, date)).ruleSet;
    const before = await this.compositionOn(ctx, council, convocation, date);
    const after = withMembers(
      before,
      before.members.filter((m) => m.personId !== row.personId),
    );
    await this.endRow(ctx, row.id, date, input.reason);
    await this.record(ctx, council, 'membership.ended', row.id, {
      convocationId: convocation.id,
      personId: row.personId,
      endsOn: date,
      reason: input.reason,
    });
    return this.outcome(ctx, row.id, [], after, ruleSet, date);
  }

  async changeCategory(ctx: RequestContext, input: ChangeMemberCategoryInput): Promise<ChangeOutcome> {
    const { row, convocation, council } = await this.lockedSeat(ctx, input.membershipId);
    const date = input.effectiveOn as IsoDate;
    assertFrom(row, date, 'effectiveOn');
    assertWithin(convocation, date, 'effectiveOn');
    const category = (await this.repo.categoriesFor(ctx, council.jurisdictionId))?.find((c) => c.id === input.categoryId);
    if (!category)
      throw DomainError.badInput([{ path: 'categoryId', messageKey: 'error.notFound', params: { entity: 'entity.affiliationCategory' } }]);
    if (category.id === row.categoryId) throw DomainError.badInput([{ path: 'categoryId', messageKey: 'composition.sameCategory' }]);

    const ruleSet = (await this.rules.forJurisdiction(ctx, council.jurisdictionId, date)).ruleSet;
    const before = await this.compositionOn(ctx, council, convocation, date);
    const next = {
      ...continuation(row, date),
      categoryId: category.id,
      nominatingOrgName: input.nominatingOrgName?.trim() || null,
      nominatingOrgBin: input.nominatingOrgBin ?? null,
    };
    const after = replaceMember(before, row.personId, (m) => ({
      ...toDomainMember(next, row.person, category, convocation.endsOn),
      consecutiveTerms: m.consecutiveTerms,
      concurrentSeats: m.concurrentSeats,
    }));
    this.assertLawful(ctx, before, after, ruleSet, date);

    await this.endRow(ctx, row.id, date, 'categoryChanged');
    const saved = await this.insert(ctx, next, ruleSet);
    await this.record(ctx, council, 'membership.categoryChanged', saved.id, {
      previousId: row.id,
      personId: row.personId,
      from: row.category.code,
      to: category.code,
      nominatingOrgBin: next.nominatingOrgBin,
      effectiveOn: date,
    });
    return this.outcome(ctx, saved.id, [row.id], after, ruleSet, date);
  }

  async electChair(ctx: RequestContext, input: ElectChairInput): Promise<ChangeOutcome> {
    const { row, convocation, council } = await this.lockedSeat(ctx, input.membershipId);
    const date = input.electedOn as IsoDate;
    if (row.role === 'secretary') throw DomainError.badInput([{ path: 'membershipId', messageKey: 'composition.secretaryNotElectable' }]);
    assertFrom(row, date, 'electedOn');
    assertWithin(convocation, date, 'electedOn');
    const ruleSet = (await this.rules.forJurisdiction(ctx, council.jurisdictionId, date)).ruleSet;
    const before = await this.compositionOn(ctx, council, convocation, date);
    if (row.role === 'chair') return this.outcome(ctx, row.id, [], before, ruleSet, date);

    const seated = await this.repo.seatedOn(ctx, convocation.id, date);
    const previousChair = seated.find((m) => m.role === 'chair' && m.endsOn === null);
    const after = withMembers(
      before,
      before.members.map((m) =>
        m.personId === row.personId
          ? { ...m, role: 'chair' as const }
          : m.personId === previousChair?.personId
            ? { ...m, role: 'member' as const }
            : m,
      ),
    );
    this.assertLawful(ctx, before, after, ruleSet, date);

    const ended: string[] = [];
    if (previousChair) {
      await this.endRow(ctx, previousChair.id, date, 'roleChanged');
      await this.insert(ctx, { ...continuation(previousChair, date), role: MemberRole.MEMBER }, ruleSet);
      ended.push(previousChair.id);
    }
    await this.endRow(ctx, row.id, date, 'roleChanged');
    const chair = await this.insert(ctx, { ...continuation(row, date), role: MemberRole.CHAIR }, ruleSet);
    ended.push(row.id);
    await this.record(ctx, council, 'membership.chairElected', chair.id, {
      convocationId: convocation.id,
      personId: row.personId,
      previousChairPersonId: previousChair?.personId ?? null,
      electedOn: date,
    });
    return this.outcome(ctx, chair.id, ended, after, ruleSet, date);
  }

  /**
   * Refuses a change that introduces or worsens a hard-rule failure, naming the rule, explaining
   * it in the caller's language and citing its legal basis.
   */
  assertLawful(ctx: RequestContext, before: Composition, after: Composition, ruleSet: RuleSet, date: IsoDate): void {
    const check = checkChange(before, after, ruleSet, date);
    if (!check.allowed) throw ruleViolationError(check.violations, ctx.locale);
  }

  private async compositionOn(
    ctx: RequestContext,
    council: CouncilEntity,
    convocation: ConvocationEntity,
    date: IsoDate,
  ): Promise<Composition> {
    return this.repo.domainComposition(ctx, council, convocation, await this.repo.seatedOn(ctx, convocation.id, date), date);
  }

  /** Loads a running membership for a change: access first (no probing), then the lock, then a fresh read. */
  private async lockedSeat(ctx: RequestContext, membershipId: string): Promise<LockedSeat> {
    const first = await this.repo.membership(ctx, membershipId);
    const convocation = first && (await this.repo.convocation(ctx, first.convocationId));
    if (!first || !convocation) throw DomainError.notFound('entity.membership');
    const council = await this.repo.councilFor(ctx, convocation.councilId, 'council.manage', 'entity.membership');
    await this.repo.lockConvocation(ctx, convocation.id);
    const row = await this.repo.membership(ctx, membershipId);
    if (!row) throw DomainError.notFound('entity.membership');
    if (row.endsOn !== null) throw DomainError.conflict('composition.membershipEnded');
    return { row, convocation, council };
  }

  private async endRow(ctx: RequestContext, id: string, endsOn: IsoDate, reason: EndReasonValue): Promise<void> {
    await this.connection.getRepository(ctx, MembershipEntity).update({ id }, { endsOn, endReason: reason });
  }

  /** Inserts a row; the database's partial unique indexes are the last word, translated into the rule they guard. */
  private async insert(ctx: RequestContext, row: Omit<MembershipEntity, 'id' | 'createdAt'>, ruleSet: RuleSet): Promise<MembershipEntity> {
    const repo = this.connection.getRepository(ctx, MembershipEntity);
    try {
      return await repo.save(repo.create(row));
    } catch (e) {
      const constraint = e instanceof QueryFailedError ? (e.driverError as { constraint?: string }).constraint : undefined;
      if (constraint === UQ_ACTIVE_BIN) throw this.binTaken(ctx, ruleSet, row.nominatingOrgBin ?? '');
      if (constraint === UQ_ACTIVE_PERSON) throw DomainError.conflict('composition.alreadyMember');
      throw e;
    }
  }

  /** The BIN index fired: say so in the words of the rule it backs. */
  private binTaken(ctx: RequestContext, ruleSet: RuleSet, bin: string): DomainError {
    const rule = findRule(ruleSet, 'composition.maxPerOrganisation');
    if (!rule) return new DomainError(ErrorCode.CONFLICT, 'error.duplicate', { field: 'nominatingOrgBin' });
    const { max } = rule.value;
    const result: CheckResult = {
      code: rule.code,
      kind: rule.value.kind,
      status: 'fail',
      severity: rule.severity,
      figures: { organisationsOverLimit: 1, replace: 1 },
      shortfall: 1,
      name: ruleName(rule),
      message: msg('composition.maxPerOrganisation', { max, violations: [{ bin, count: max + 1 }], basis: rule.basis }),
      remedy: msg('remedy.maxPerOrganisation', { max, replace: 1 }),
      basis: rule.basis,
      notes: [],
    };
    return ruleViolationError([{ change: 'introduced', result }], ctx.locale);
  }

  private async outcome(
    ctx: RequestContext,
    id: string,
    endedIds: string[],
    after: Composition,
    ruleSet: RuleSet,
    date: IsoDate,
  ): Promise<ChangeOutcome> {
    const membership = await this.repo.membership(ctx, id);
    if (!membership) throw new Error(`membership ${id} vanished inside its own transaction`);
    const ended = await Promise.all(endedIds.map((e) => this.repo.membership(ctx, e)));
    const issues = evaluateComposition(after, ruleSet, date).filter((r) => r.status === 'fail' || r.status === 'warning');
    return { membership, ended: ended.filter((m): m is SeatedMembership => m !== null), issues };
  }

  private record(
    ctx: RequestContext,
    council: CouncilEntity,
    action: string,
    entityId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(ctx, {
      chain: council.jurisdictionId,
      action,
      entityType: 'membership',
      entityId,
      actorId: ctx.user?.id,
      data: { councilId: council.id, ...data },
    });
  }
}

function withMembers(c: Composition, members: DomainMembership[]): Composition {
  return { ...c, members };
}

function replaceMember(c: Composition, personId: string, replace: (m: DomainMembership) => DomainMembership): Composition {
  return withMembers(
    c,
    c.members.map((m) => (m.personId === personId ? replace(m) : m)),
  );
}

/** The new row that continues `row` from `date`, everything else unchanged. */
function continuation(row: MembershipEntity, date: IsoDate): Omit<MembershipEntity, 'id' | 'createdAt'> {
  return {
    convocationId: row.convocationId,
    personId: row.personId,
    role: row.role,
    isVotingMember: row.isVotingMember,
    categoryId: row.categoryId,
    nominatingOrgName: row.nominatingOrgName,
    nominatingOrgBin: row.nominatingOrgBin,
    selectionMethod: row.selectionMethod,
    startsOn: date,
    endsOn: null,
    endReason: null,
    previousId: row.id,
  };
}

function assertWithin(convocation: ConvocationEntity, date: IsoDate, path: string): void {
  if (isBefore(date, convocation.startsOn as IsoDate) || !isBefore(date, convocation.endsOn as IsoDate)) {
    throw DomainError.badInput([
      { path, messageKey: 'composition.outsideConvocation', params: { startsOn: convocation.startsOn, endsOn: convocation.endsOn } },
    ]);
  }
}

function assertFrom(row: MembershipEntity, date: IsoDate, path: string): void {
  if (isBefore(date, row.startsOn as IsoDate))
    throw DomainError.badInput([{ path, messageKey: 'composition.dateBeforeStart', params: { startsOn: row.startsOn } }]);
}
