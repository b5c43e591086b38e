import type { DataSource } from 'typeorm';
import { AuditService, RequestContext, TransactionalConnection, type AuthenticatedUser } from '@kenes/api/core';
import { CouncilEntity, CouncilService, JurisdictionEntity, StateBodyEntity } from '@kenes/api/registry';
import { permissionsOf, type ActiveGrant } from '@kenes/domain';
import { AffiliationCategoryEntity } from '../composition.entities';
import type { AppointMemberInput } from '../composition.inputs';
import { Gender, MemberRole, SelectionMethod } from '../composition.models';
import { CompositionRepository } from '../composition.repository';
import { CompositionService } from '../composition.service';
import { ConvocationService } from '../convocation.service';
import { MembershipService } from '../membership.service';
import { RuleSetService } from '../rule-set.service';
import { PopulationReferenceService } from '../population-reference.service';

/** The services of the feature wired by hand on a test database (what Nest does in the app). */
export interface CompositionServices {
  conn: TransactionalConnection;
  audit: AuditService;
  repo: CompositionRepository;
  ruleSets: RuleSetService;
  compositions: CompositionService;
  memberships: MembershipService;
  convocations: ConvocationService;
  population: PopulationReferenceService;
}

export function compositionServices(ds: DataSource): CompositionServices {
  const conn = new TransactionalConnection(ds);
  const audit = new AuditService(conn);
  const repo = new CompositionRepository(conn);
  const ruleSets = new RuleSetService(conn, audit);
  const population = new PopulationReferenceService(conn, audit);
  const compositions = new CompositionService(repo, ruleSets, new CouncilService(conn, audit), population);
  return {
    conn,
    audit,
    repo,
    ruleSets,
    compositions,
    memberships: new MembershipService(conn, repo, ruleSets, audit),
    convocations: new ConvocationService(conn, repo, ruleSets, audit),
    population,
  };
}

let requests = 0;

/** A fresh context per transaction (a context carries its transaction), acting as the system. */
export function systemCtx(locale: 'kk' | 'ru' | 'en' = 'ru'): RequestContext {
  return new RequestContext(locale, `test-${++requests}`, undefined, true);
}

/** A signed-in caller holding these grants. */
export function userCtx(grants: ActiveGrant[], locale: 'kk' | 'ru' | 'en' = 'ru'): RequestContext {
  const ctx = new RequestContext(locale, `test-${++requests}`);
  const user: AuthenticatedUser = {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    sessionId: 'session',
    displayName: 'Test caller',
    grants,
    permissions: permissionsOf(grants),
    jurisdictionClosure: {},
  };
  ctx.user = user;
  return ctx;
}

export interface CouncilFixture {
  jurisdiction: JurisdictionEntity;
  council: CouncilEntity;
  /** Category id by code: state, ngo, citizen, assembly (supervised), business. */
  categories: Record<'state' | 'ngo' | 'citizen' | 'assembly' | 'business', string>;
}

/** A jurisdiction with its own categories, a host body and a published local council. */
export async function addCouncil(ds: DataSource, code: string): Promise<CouncilFixture> {
  const jurisdiction = await ds
    .getRepository(JurisdictionEntity)
    .save({ code, kind: 'city_oblast', name: { ru: `Город ${code}` }, parentId: null });
  const body = await ds
    .getRepository(StateBodyEntity)
    .save({ jurisdictionId: jurisdiction.id, parentId: null, kind: 'akimat', name: { ru: `Акимат ${code}` }, bin: null });
  const council = await ds.getRepository(CouncilEntity).save({
    slug: code.toLowerCase(),
    jurisdictionId: jurisdiction.id,
    hostBodyId: body.id,
    level: 'local',
    name: { ru: `Общественный совет ${code}` },
    publishedAt: new Date(),
  });
  const category = (c: string, stateLinked: boolean, supervisedByHost = false) =>
    ds
      .getRepository(AffiliationCategoryEntity)
      .save({ jurisdictionId: jurisdiction.id, code: c, name: { ru: c }, stateLinked, supervisedByHost });
  const categories = {
    state: (await category('state_body_representative', true)).id,
    ngo: (await category('ngo', false)).id,
    citizen: (await category('citizen', false)).id,
    assembly: (await category('assembly_of_people', false, true)).id,
    business: (await category('business', false)).id,
  };
  return { jurisdiction, council, categories };
}

let names = 0;

/** An appointment of a new (fictional) person; override what the test is about. */
export function appointment(convocationId: string, categoryId: string, over: Partial<AppointMemberInput> = {}): AppointMemberInput {
  names++;
  return {
    convocationId,
    categoryId,
    person: {
      fullName: `Тестовый Член ${names}`,
      birthDate: '1970-05-01',
      gender: names % 2 ? Gender.MALE : Gender.FEMALE,
      isCivilServant: false,
    },
    role: MemberRole.MEMBER,
    selectionMethod: SelectionMethod.COMPETITION,
    startsOn: '2025-02-01',
    ...over,
  };
}
