import { Injectable } from '@nestjs/common';
import {
  DomainError,
  TransactionalConnection,
  assertAllowed,
  jurisdictionPath,
  type ApiMessageKey,
  type RequestContext,
} from '@kenes/api/core';
import type { CouncilLevel as DomainCouncilLevel, Composition, IsoDate, Membership as DomainMembership } from '@kenes/domain';
import { CouncilEntity, type CouncilLevelValue } from '@kenes/api/registry';
import type { Permission } from '@kenes/domain';
import { AffiliationCategoryEntity, ConvocationEntity, MembershipEntity, PersonEntity } from './composition.entities';

/** Registry levels are snake_case in the database; the domain's are camelCase. */
export function domainLevel(level: CouncilLevelValue): DomainCouncilLevel {
  return level === 'quasi_public' ? 'quasiPublic' : level;
}

/** A membership row with the person and category it needs for the rules. */
export type SeatedMembership = MembershipEntity & { person: PersonEntity; category: AffiliationCategoryEntity };

/** Per person: terms in a row on this council, and seats on other councils, when known. */
export interface MemberHistory {
  consecutiveTerms: Map<string, number>;
  otherSeats: Map<string, Array<{ councilId: string; level: DomainCouncilLevel }>>;
}

/**
 * The SQL of the composition feature. Services hold the logic and the rules; this class holds
 * the queries, the row locks and the row-level access decision for councils.
 */
@Injectable()
export class CompositionRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  /**
   * The council, if the caller holds `permission` on it. A council outside the caller's grants
   * is reported as `notFound` (the entity the caller asked about), so ids cannot be probed.
   */
  async councilFor(
    ctx: RequestContext,
    councilId: string,
    permission: Permission,
    notFound: ApiMessageKey = 'entity.council',
  ): Promise<CouncilEntity> {
    const council = await this.connection.getRepository(ctx, CouncilEntity).findOneBy({ id: councilId });
    if (!council) throw DomainError.notFound(notFound);
    if (!ctx.isSystem) {
      const path = await jurisdictionPath(this.connection.manager(ctx), council.jurisdictionId);
      assertAllowed(
        ctx,
        permission,
        { kind: 'council', councilId: council.id, hostBodyId: council.hostBodyId, jurisdictionPath: path },
        () => DomainError.notFound(notFound),
      );
    }
    return council;
  }

  /**
   * Serialises every composition change of a convocation: quotas are checked against what the
   * others committed, never against a stale picture.
   */
  async lockConvocation(ctx: RequestContext, convocationId: string): Promise<void> {
    await this.connection.manager(ctx).query('SELECT id FROM convocation WHERE id = $1 FOR UPDATE', [convocationId]);
  }

  /** Serialises the opening of convocations of one council (numbering, overlap). */
  async lockCouncil(ctx: RequestContext, councilId: string): Promise<void> {
    await this.connection.manager(ctx).query('SELECT id FROM council WHERE id = $1 FOR UPDATE', [councilId]);
  }

  convocation(ctx: RequestContext, id: string): Promise<ConvocationEntity | null> {
    return this.connection.getRepository(ctx, ConvocationEntity).findOneBy({ id });
  }

  /** The convocation whose term covers the date (terms of one council never overlap). */
  convocationOn(ctx: RequestContext, councilId: string, onDate: IsoDate): Promise<ConvocationEntity | null> {
    return this.connection
      .getRepository(ctx, ConvocationEntity)
      .createQueryBuilder('v')
      .where('v.council_id = :councilId AND v.starts_on <= :d AND v.ends_on > :d', { councilId, d: onDate })
      .getOne();
  }

  convocationsOf(ctx: RequestContext, councilId: string): Promise<ConvocationEntity[]> {
    return this.connection.getRepository(ctx, ConvocationEntity).find({ where: { councilId }, order: { number: 'ASC' } });
  }

  membership(ctx: RequestContext, id: string): Promise<SeatedMembership | null> {
    return this.connection
      .getRepository(ctx, MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.person', 'p')
      .innerJoinAndSelect('m.category', 'cat')
      .where('m.id = :id', { id })
      .getOne() as Promise<SeatedMembership | null>;
  }

  /** Everyone seated in the convocation on the date (the secretary too), in a stable order. */
  seatedOn(ctx: RequestContext, convocationId: string, onDate: IsoDate): Promise<SeatedMembership[]> {
    return this.connection
      .getRepository(ctx, MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.person', 'p')
      .innerJoinAndSelect('m.category', 'cat')
      .where('m.convocation_id = :convocationId AND m.starts_on <= :d AND (m.ends_on IS NULL OR m.ends_on > :d)', {
        convocationId,
        d: onDate,
      })
      .orderBy(`CASE m.role WHEN 'chair' THEN 0 WHEN 'deputyChair' THEN 1 WHEN 'member' THEN 2 ELSE 3 END`)
      .addOrderBy('p.full_name', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany() as Promise<SeatedMembership[]>;
  }

  /** Whether the person holds a running (not ended) seat in the convocation. */
  isSeated(ctx: RequestContext, convocationId: string, personId: string): Promise<boolean> {
    return this.connection
      .getRepository(ctx, MembershipEntity)
      .createQueryBuilder('m')
      .where('m.convocation_id = :convocationId AND m.person_id = :personId AND m.ends_on IS NULL', { convocationId, personId })
      .getExists();
  }

  /** A person who sits or sat on this council: the only people a council's secretary may reseat. */
  personOfCouncil(ctx: RequestContext, personId: string, councilId: string): Promise<PersonEntity | null> {
    return this.connection
      .getRepository(ctx, PersonEntity)
      .createQueryBuilder('p')
      .where('p.id = :personId', { personId })
      .andWhere(
        'EXISTS (SELECT 1 FROM membership m JOIN convocation v ON v.id = m.convocation_id WHERE m.person_id = p.id AND v.council_id = :councilId)',
        {
          councilId,
        },
      )
      .getOne();
  }

  /**
   * Categories a council in the jurisdiction may use: those of the jurisdiction and of every one
   * above it, the nearest definition of a code winning.
   */
  async categoriesFor(ctx: RequestContext, jurisdictionId: string): Promise<AffiliationCategoryEntity[] | null> {
    const path = await jurisdictionPath(this.connection.manager(ctx), jurisdictionId);
    if (!path.length) return null;
    const rows = await this.connection
      .getRepository(ctx, AffiliationCategoryEntity)
      .createQueryBuilder('c')
      .where('c.jurisdiction_id = ANY(:path)', { path })
      .getMany();
    const nearest = new Map<string, AffiliationCategoryEntity>();
    for (const id of [...path].reverse()) for (const c of rows.filter((r) => r.jurisdictionId === id)) nearest.set(c.code, c);
    return [...nearest.values()].sort((a, b) => Number(a.stateLinked) - Number(b.stateLinked) || a.name.ru.localeCompare(b.name.ru, 'ru'));
  }

  /** History the rules need for these people: consecutive terms here, seats elsewhere on the date. */
  async historyOf(
    ctx: RequestContext,
    councilId: string,
    currentNumber: number,
    personIds: string[],
    onDate: IsoDate,
  ): Promise<MemberHistory> {
    const history: MemberHistory = { consecutiveTerms: new Map(), otherSeats: new Map() };
    if (!personIds.length) return history;
    const manager = this.connection.manager(ctx);
    const terms: Array<{ person_id: string; number: number }> = await manager.query(
      `SELECT DISTINCT m.person_id, v.number FROM membership m JOIN convocation v ON v.id = m.convocation_id
        WHERE v.council_id = $1 AND v.number <= $2 AND m.person_id = ANY($3::uuid[]) AND m.role <> 'secretary'`,
      [councilId, currentNumber, personIds],
    );
    const seats: Array<{ person_id: string; council_id: string; level: CouncilLevelValue }> = await manager.query(
      `SELECT DISTINCT m.person_id, c.id AS council_id, c.level FROM membership m
         JOIN convocation v ON v.id = m.convocation_id JOIN council c ON c.id = v.council_id
        WHERE m.person_id = ANY($1::uuid[]) AND c.id <> $2 AND m.role <> 'secretary'
          AND v.starts_on <= $3 AND v.ends_on > $3 AND m.starts_on <= $3 AND (m.ends_on IS NULL OR m.ends_on > $3)`,
      [personIds, councilId, onDate],
    );
    for (const personId of personIds) {
      const numbers = new Set(terms.filter((t) => t.person_id === personId).map((t) => t.number));
      numbers.add(currentNumber);
      let run = 0;
      while (numbers.has(currentNumber - run)) run++;
      history.consecutiveTerms.set(personId, run);
      history.otherSeats.set(
        personId,
        seats.filter((s) => s.person_id === personId).map((s) => ({ councilId: s.council_id, level: domainLevel(s.level) })),
      );
    }
    return history;
  }

  /** The composition the law engine reads, built from the rows seated on the date. */
  async domainComposition(
    ctx: RequestContext,
    council: CouncilEntity,
    convocation: ConvocationEntity | null,
    seated: SeatedMembership[],
    onDate: IsoDate,
  ): Promise<Composition> {
    const history = convocation
      ? await this.historyOf(ctx, council.id, convocation.number, [...new Set(seated.map((m) => m.personId))], onDate)
      : undefined;
    return {
      council: { id: council.id, level: domainLevel(council.level), hostBodyId: council.hostBodyId },
      members: seated.map((m) => toDomainMember(m, m.person, m.category, convocation?.endsOn ?? m.endsOn, history)),
    };
  }
}

export function toDomainMember(
  m: Pick<MembershipEntity, 'personId' | 'role' | 'isVotingMember' | 'nominatingOrgBin' | 'startsOn' | 'endsOn'>,
  person: PersonEntity,
  category: AffiliationCategoryEntity,
  convocationEndsOn: string | null,
  history?: MemberHistory,
): DomainMembership {
  const end = m.endsOn ?? convocationEndsOn;
  const terms = history?.consecutiveTerms.get(m.personId);
  const seats = history?.otherSeats.get(m.personId);
  return {
    personId: m.personId,
    role: m.role,
    isVotingMember: m.isVotingMember,
    category: { code: category.code, stateLinked: category.stateLinked, supervisedByHost: category.supervisedByHost },
    isCivilServant: person.isCivilServant,
    start: m.startsOn as IsoDate,
    ...(end ? { end: end as IsoDate } : {}),
    ...(m.nominatingOrgBin ? { nominatingOrgBin: m.nominatingOrgBin } : {}),
    ...(person.birthDate ? { birthDate: person.birthDate as IsoDate } : {}),
    ...(person.gender ? { gender: person.gender } : {}),
    ...(terms !== undefined ? { consecutiveTerms: terms } : {}),
    ...(seats !== undefined ? { concurrentSeats: seats } : {}),
  };
}
