import { Injectable } from '@nestjs/common';
import {
  AuditService,
  DomainError,
  ErrorCode,
  TransactionalConnection,
  assertAllowed,
  jurisdictionPath,
  type FieldProblem,
  type LocalizedValue,
  type RequestContext,
} from '@kenes/api/core';
import {
  COUNCIL_LEVELS,
  evaluateComposition,
  formatMessage,
  isBefore,
  ruleName,
  rulesOfKind,
  selectRuleSet,
  validateRuleSet,
  type IsoDate,
  type RuleSet,
} from '@kenes/domain';
import { RuleSetEntity } from './composition.entities';
import type { UpdateRuleSetInput } from './composition.inputs';
import { kazakhstanToday } from './kazakhstan-today';
import { ruleSetShapeProblems } from './rule-set-shape';

/** selectRuleSet keys rule sets by jurisdiction; the national default has none. */
const NATIONAL = 'national';

/**
 * `UQ_membership_active_bin` lets one running seat per BIN per convocation. A rule set that
 * allowed more would be overruled by the database, so it is refused when stored.
 */
export const DATABASE_MAX_PER_BIN = 1;

export interface SelectedRuleSet {
  ruleSet: RuleSet;
  row: RuleSetEntity;
  /** False when no version was in force on the date and the earliest one was applied. */
  inForce: boolean;
}

export function toDomainRuleSet(row: RuleSetEntity): RuleSet {
  // The body was validated when it was stored; the columns are authoritative for the rest.
  const body = row.body as unknown as RuleSet;
  return {
    ...body,
    id: row.id,
    jurisdiction: row.jurisdictionId ?? NATIONAL,
    version: row.version,
    effectiveFrom: row.effectiveFrom as IsoDate,
  };
}

@Injectable()
export class RuleSetService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  /**
   * The rules for a council's jurisdiction on a date: the newest version in force of the nearest
   * jurisdiction that has one (the council's own, then each one above it), else the national
   * default. Before the first version took effect, the earliest national version is applied and
   * flagged as such, so history can still be read against the law as the system knows it.
   */
  async forJurisdiction(ctx: RequestContext, jurisdictionId: string, onDate: IsoDate): Promise<SelectedRuleSet> {
    const manager = this.connection.manager(ctx);
    const path = await jurisdictionPath(manager, jurisdictionId);
    const rows = await this.connection
      .getRepository(ctx, RuleSetEntity)
      .createQueryBuilder('r')
      .where('(r.jurisdiction_id = ANY(:path) OR r.jurisdiction_id IS NULL)', { path })
      .orderBy('r.version', 'ASC')
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const key of [...path, NATIONAL]) {
      const candidates = rows.filter((r) => (r.jurisdictionId ?? NATIONAL) === key).map(toDomainRuleSet);
      const selected = selectRuleSet(candidates, key, onDate);
      const row = selected && byId.get(selected.id);
      if (selected && row) return { ruleSet: selected, row, inForce: true };
    }
    const earliest = rows
      .filter((r) => r.jurisdictionId === null)
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.version - b.version))[0];
    if (!earliest) throw new DomainError(ErrorCode.CONFLICT, 'composition.noRuleSet');
    return { ruleSet: toDomainRuleSet(earliest), row: earliest, inForce: false };
  }

  /** Every version of one jurisdiction's rules (or the national default's), newest first. */
  async versions(ctx: RequestContext, jurisdictionId: string | undefined): Promise<RuleSetEntity[]> {
    const qb = this.connection.getRepository(ctx, RuleSetEntity).createQueryBuilder('r');
    if (jurisdictionId) qb.where('r.jurisdiction_id = :jid', { jid: jurisdictionId });
    else qb.where('r.jurisdiction_id IS NULL');
    return qb.orderBy('r.version', 'DESC').getMany();
  }

  /** Stores the next version; versions are never edited, so past evaluations stay as they were. */
  async addVersion(ctx: RequestContext, input: UpdateRuleSetInput): Promise<RuleSetEntity> {
    const manager = this.connection.manager(ctx);
    const jurisdictionId = input.jurisdictionId ?? null;
    if (jurisdictionId) {
      const path = await jurisdictionPath(manager, jurisdictionId);
      if (!path.length) throw DomainError.notFound('entity.jurisdiction');
      assertAllowed(ctx, 'registry.manage', { kind: 'jurisdiction', jurisdictionPath: path }, () =>
        DomainError.notFound('entity.jurisdiction'),
      );
    } else if (!ctx.isSystem) {
      assertAllowed(ctx, 'registry.manage', { kind: 'platform' }, () => DomainError.forbidden());
    }
    const today = kazakhstanToday();
    if (isBefore(input.effectiveFrom as IsoDate, today)) {
      throw DomainError.badInput([{ path: 'effectiveFrom', messageKey: 'composition.ruleSetBackdated', params: { today } }]);
    }
    const key = jurisdictionId ?? NATIONAL;
    // Two editors at once must not both take the same version number.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`rule-set:${key}`]);
    const repo = this.connection.getRepository(ctx, RuleSetEntity);
    const previous = (await this.versions(ctx, input.jurisdictionId))[0];
    const fallbackName = previous ? undefined : (await this.versions(ctx, undefined))[0];
    const name: LocalizedValue | undefined = input.name
      ? { kk: input.name.kk ?? input.name.ru, ru: input.name.ru, en: input.name.en ?? input.name.ru }
      : ((previous ?? fallbackName)?.body['name'] as LocalizedValue | undefined);
    if (!name) throw DomainError.badInput([{ path: 'name', messageKey: 'validation.required' }]);
    const version = (previous?.version ?? 0) + 1;
    const candidate = {
      id: 'candidate',
      name,
      jurisdiction: key,
      version,
      effectiveFrom: input.effectiveFrom,
      rules: input.rules,
    } as unknown as RuleSet;
    this.assertUsable(ctx, candidate, input.effectiveFrom as IsoDate);

    const saved = await repo.save(
      repo.create({
        jurisdictionId,
        version,
        effectiveFrom: input.effectiveFrom,
        body: { ...candidate, id: undefined } as unknown as Record<string, unknown>,
      }),
    );
    await this.audit.record(ctx, {
      chain: jurisdictionId ?? 'platform',
      action: 'ruleSet.versionAdded',
      entityType: 'ruleSet',
      entityId: saved.id,
      actorId: ctx.user?.id,
      data: { jurisdictionId, version, effectiveFrom: input.effectiveFrom, rules: candidate.rules.map((r) => r.code) },
    });
    return saved;
  }

  /** Shape, then the domain's own validation, then a dry run of every evaluator and name. */
  private assertUsable(ctx: RequestContext, candidate: RuleSet, effectiveFrom: IsoDate): void {
    const shape = ruleSetShapeProblems(candidate.rules);
    if (shape.length)
      throw DomainError.badInput(shape.map((p) => ({ path: p ? `rules.${p}` : 'rules', messageKey: 'validation.invalid' })));
    let problems: ReturnType<typeof validateRuleSet>;
    try {
      problems = validateRuleSet(candidate);
    } catch {
      // An unknown value kind, say: the domain has no branch for it.
      throw DomainError.badInput([{ path: 'rules', messageKey: 'validation.invalid' }]);
    }
    if (problems.length) {
      throw DomainError.badInput(
        problems.map((p): FieldProblem => ({
          path: ['rules', p.ruleCode, p.field].filter(Boolean).join('.'),
          messageKey: 'composition.ruleSetInvalid',
          params: { problems: formatMessage(p.message, ctx.locale) },
        })),
      );
    }
    for (const rule of rulesOfKind(candidate, 'maxPerOrganisation')) {
      if (rule.value.max > DATABASE_MAX_PER_BIN) {
        throw DomainError.badInput([
          { path: `rules.${rule.code}.max`, messageKey: 'composition.ruleSetBinLimit', params: { max: DATABASE_MAX_PER_BIN } },
        ]);
      }
    }
    try {
      for (const level of COUNCIL_LEVELS)
        evaluateComposition({ council: { level, hostBodyId: 'dry-run' }, members: [] }, candidate, effectiveFrom);
      for (const rule of candidate.rules) formatMessage(ruleName(rule), ctx.locale);
    } catch {
      throw DomainError.badInput([{ path: 'rules', messageKey: 'validation.invalid' }]);
    }
  }
}
