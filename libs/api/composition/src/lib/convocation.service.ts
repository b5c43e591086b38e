import { Injectable } from '@nestjs/common';
import { AuditService, DomainError, TransactionalConnection, type RequestContext } from '@kenes/api/core';
import { addMonthsClamped, isAfter, isBefore, requireRule, type IsoDate } from '@kenes/domain';
import { ConvocationEntity, type ConvocationStatusValue } from './composition.entities';
import type { OpenConvocationInput } from './composition.inputs';
import { CompositionRepository } from './composition.repository';
import { kazakhstanToday } from './kazakhstan-today';
import { RuleSetService } from './rule-set.service';

/** Where a term stands today, by its dates. */
export function statusOn(startsOn: string, endsOn: string, today: IsoDate): ConvocationStatusValue {
  if (isBefore(today, startsOn as IsoDate)) return 'forming';
  return isBefore(today, endsOn as IsoDate) ? 'active' : 'ended';
}

@Injectable()
export class ConvocationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly repo: CompositionRepository,
    private readonly rules: RuleSetService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Opens the council's next term. Its length is the rule set's term (383-V art. 9 p. 8) unless a
   * shorter end is given; terms of one council never overlap.
   */
  async open(ctx: RequestContext, input: OpenConvocationInput): Promise<ConvocationEntity> {
    const council = await this.repo.councilFor(ctx, input.councilId, 'council.manage');
    await this.repo.lockCouncil(ctx, council.id);
    const startsOn = input.startsOn as IsoDate;
    const { ruleSet } = await this.rules.forJurisdiction(ctx, council.jurisdictionId, startsOn);
    const longest = addMonthsClamped(startsOn, 12 * requireRule(ruleSet, 'term.years', startsOn).value.years);
    const endsOn = (input.endsOn as IsoDate | undefined) ?? longest;
    if (!isAfter(endsOn, startsOn)) throw DomainError.badInput([{ path: 'endsOn', messageKey: 'validation.invalid' }]);
    if (isAfter(endsOn, longest))
      throw DomainError.badInput([{ path: 'endsOn', messageKey: 'composition.termTooLong', params: { max: longest } }]);

    const existing = await this.repo.convocationsOf(ctx, council.id);
    const overlapping = existing.find((c) => isBefore(c.startsOn as IsoDate, endsOn) && isAfter(c.endsOn as IsoDate, startsOn));
    if (overlapping) throw DomainError.conflict('composition.convocationOverlap', { number: overlapping.number });

    const today = kazakhstanToday();
    const repo = this.connection.getRepository(ctx, ConvocationEntity);
    const saved = await repo.save(
      repo.create({
        councilId: council.id,
        number: Math.max(0, ...existing.map((c) => c.number)) + 1,
        startsOn,
        endsOn,
        status: statusOn(startsOn, endsOn, today),
      }),
    );
    // Keep the stored stage of the council's other terms in step with the calendar.
    for (const c of existing) {
      const status = statusOn(c.startsOn, c.endsOn, today);
      if (status !== c.status) await repo.update({ id: c.id }, { status });
    }
    await this.audit.record(ctx, {
      chain: council.jurisdictionId,
      action: 'convocation.opened',
      entityType: 'convocation',
      entityId: saved.id,
      actorId: ctx.user?.id,
      data: { councilId: council.id, number: saved.number, startsOn, endsOn },
    });
    return saved;
  }
}
