import type { Permission, Role } from '@kenes/domain';
import { MEETINGS_MATRIX } from './permission-matrix-meetings';
import { OBLIGATIONS_MATRIX } from './permission-matrix-obligations';
import { MINUTES_MATRIX } from './permission-matrix-minutes';

/** What each operation of /graphql requires at the door (the guard). Row checks come after. */
export type Requirement = { public: true } | { authenticated: true } | { permission: Permission };

export interface MatrixEntry {
  requires: Requirement;
  /** A complete operation document; variables chosen so a caller who passes the door meets a row-level or input error, never a guard one. */
  document: string;
  variables?: Record<string, unknown>;
}

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Every root field of the admin schema. The matrix test fails when the schema has an
 * operation this table does not list: adding an operation means deciding who may call it.
 */
export const MATRIX: Record<string, MatrixEntry> = {
  ...MEETINGS_MATRIX,
  ...OBLIGATIONS_MATRIX,
  ...MINUTES_MATRIX,
  'Query.currentUser': { requires: { public: true }, document: '{ currentUser { id } }' },
  'Query.councils': { requires: { permission: 'council.read' }, document: '{ councils { total } }' },
  'Query.council': { requires: { permission: 'council.read' }, document: 'query($id: ID!) { council(id: $id) { id } }', variables: { id: NO_SUCH_ID } },
  'Query.jurisdictions': { requires: { permission: 'registry.read' }, document: '{ jurisdictions { total } }' },
  'Query.stateBodies': { requires: { permission: 'registry.read' }, document: '{ stateBodies { total } }' },
  'Query.mySessions': { requires: { authenticated: true }, document: '{ mySessions { id } }' },
  'Query.users': { requires: { permission: 'user.manage' }, document: '{ users { total } }' },
  'Mutation.createCouncil': {
    requires: { permission: 'registry.manage' },
    document: 'mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }',
    variables: { i: { hostBodyId: NO_SUCH_ID, level: 'LOCAL', slug: 'matrix-council', name: { ru: 'Совет' } } },
  },
  'Mutation.publishCouncil': { requires: { permission: 'council.manage' }, document: 'mutation($id: ID!) { publishCouncil(id: $id) { id } }', variables: { id: NO_SUCH_ID } },
  'Mutation.signIn': {
    requires: { public: true },
    document: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
    variables: { i: { email: 'matrix-nobody@example.kz', password: 'not-the-password' } },
  },
  'Mutation.signOut': { requires: { authenticated: true }, document: 'mutation { signOut }' },
  'Mutation.revokeSession': { requires: { authenticated: true }, document: 'mutation($id: ID!) { revokeSession(id: $id) }', variables: { id: NO_SUCH_ID } },
  'Mutation.requestPasswordReset': { requires: { public: true }, document: 'mutation { requestPasswordReset(email: "matrix-nobody@example.kz") }' },
  'Mutation.resetPassword': {
    requires: { public: true },
    document: 'mutation($i: SetPasswordInput!) { resetPassword(input: $i) }',
    variables: { i: { token: 'no-such-token', password: 'a-long-enough-password' } },
  },
  'Mutation.acceptInvitation': {
    requires: { public: true },
    document: 'mutation($i: SetPasswordInput!) { acceptInvitation(input: $i) { id } }',
    variables: { i: { token: 'no-such-token', password: 'a-long-enough-password' } },
  },
  'Mutation.inviteUser': {
    requires: { permission: 'user.manage' },
    document: 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
    variables: { i: { email: 'matrix@example.kz', displayName: 'Matrix', role: 'councilMember', scopeId: NO_SUCH_ID } },
  },
  'Mutation.revokeGrant': { requires: { permission: 'user.manage' }, document: 'mutation($id: ID!) { revokeGrant(id: $id) { id } }', variables: { id: NO_SUCH_ID } },
  'Query.composition': {
    requires: { permission: 'council.read' },
    document: 'query($id: ID!) { composition(councilId: $id) { councilId } }',
    variables: { id: NO_SUCH_ID },
  },
  'Query.affiliationCategories': {
    requires: { permission: 'registry.read' },
    document: 'query($id: ID!) { affiliationCategories(jurisdictionId: $id) { id } }',
    variables: { id: NO_SUCH_ID },
  },
  'Query.ruleSets': { requires: { permission: 'registry.read' }, document: '{ ruleSets { version } }' },
  'Mutation.updateRuleSet': {
    requires: { permission: 'registry.manage' },
    document: 'mutation($i: UpdateRuleSetInput!) { updateRuleSet(input: $i) { id } }',
    variables: { i: { jurisdictionId: NO_SUCH_ID, effectiveFrom: '2031-01-01', rules: [] } },
  },
  'Mutation.openConvocation': {
    requires: { permission: 'council.manage' },
    document: 'mutation($i: OpenConvocationInput!) { openConvocation(input: $i) { id } }',
    variables: { i: { councilId: NO_SUCH_ID, startsOn: '2027-01-15' } },
  },
  'Mutation.appointMember': {
    requires: { permission: 'council.manage' },
    document: 'mutation($i: AppointMemberInput!) { appointMember(input: $i) { membership { id } } }',
    variables: {
      i: { convocationId: NO_SUCH_ID, categoryId: NO_SUCH_ID, person: { fullName: 'Matrix' }, role: 'MEMBER', selectionMethod: 'COMPETITION', startsOn: '2026-06-01' },
    },
  },
  'Mutation.endMembership': {
    requires: { permission: 'council.manage' },
    document: 'mutation($i: EndMembershipInput!) { endMembership(input: $i) { membership { id } } }',
    variables: { i: { membershipId: NO_SUCH_ID, endsOn: '2026-06-01', reason: 'OWN_APPLICATION' } },
  },
  'Mutation.changeMemberCategory': {
    requires: { permission: 'council.manage' },
    document: 'mutation($i: ChangeMemberCategoryInput!) { changeMemberCategory(input: $i) { membership { id } } }',
    variables: { i: { membershipId: NO_SUCH_ID, categoryId: NO_SUCH_ID, effectiveOn: '2026-06-01' } },
  },
  'Mutation.electChair': {
    requires: { permission: 'council.manage' },
    document: 'mutation($i: ElectChairInput!) { electChair(input: $i) { membership { id } } }',
    variables: { i: { membershipId: NO_SUCH_ID, electedOn: '2026-06-01' } },
  },
  'Query.competitions': {
    requires: { permission: 'council.read' },
    document: 'query($id: ID!) { competitions(councilId: $id) { id } }',
    variables: { id: NO_SUCH_ID },
  },
  'Query.competition': { requires: { permission: 'council.read' }, document: 'query($id: ID!) { competition(id: $id) { id } }', variables: { id: NO_SUCH_ID } },
  'Mutation.createCompetition': {
    requires: { permission: 'council.manage' },
    document: 'mutation($i: CreateCompetitionInput!) { createCompetition(input: $i) { id } }',
    variables: {
      i: { councilId: NO_SUCH_ID, convocationId: NO_SUCH_ID, seats: 1, callText: { ru: 'Конкурс' }, criteria: [], opensOn: '2026-06-01', closesOn: '2026-06-15' },
    },
  },
  'Mutation.addWorkingGroupMember': {
    requires: { permission: 'council.manage' },
    document: 'mutation($i: AddWorkingGroupMemberInput!) { addWorkingGroupMember(input: $i) { id } }',
    variables: { i: { competitionId: NO_SUCH_ID, fullName: 'Matrix', stateLinked: false } },
  },
  'Mutation.openCompetition': { requires: { permission: 'council.manage' }, document: 'mutation($id: ID!) { openCompetition(id: $id) { id } }', variables: { id: NO_SUCH_ID } },
  'Mutation.closeCompetition': { requires: { permission: 'council.manage' }, document: 'mutation($id: ID!) { closeCompetition(id: $id) { id } }', variables: { id: NO_SUCH_ID } },
  'Mutation.submitApplication': {
    requires: { permission: 'council.manage' },
    document: 'mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id } }',
    variables: {
      i: {
        competitionId: NO_SUCH_ID,
        fullName: 'Matrix',
        birthDate: '1980-01-01',
        residesInJurisdiction: true,
        citizen: true,
        convictionDeclared: false,
        mentalHealthCertificate: true,
        criminalRecordCertificate: true,
        selfNominated: true,
      },
    },
  },
  'Mutation.admitOrRefuse': {
    requires: { permission: 'council.manage' },
    document: 'mutation($i: AdmitOrRefuseInput!) { admitOrRefuse(input: $i) { id } }',
    variables: { i: { applicationId: NO_SUCH_ID } },
  },
  'Mutation.scoreApplication': {
    requires: { permission: 'council.manage' },
    document: 'mutation($i: ScoreApplicationInput!) { scoreApplication(input: $i) { id } }',
    variables: { i: { applicationId: NO_SUCH_ID, scorerId: NO_SUCH_ID, value: 5 } },
  },
  'Mutation.decideCompetition': {
    requires: { permission: 'council.manage' },
    document: 'mutation($i: DecideCompetitionInput!) { decideCompetition(input: $i) { id } }',
    variables: { i: { competitionId: NO_SUCH_ID } },
  },
  'Mutation.publishCompetition': { requires: { permission: 'council.manage' }, document: 'mutation($id: ID!) { publishCompetition(id: $id) { id } }', variables: { id: NO_SUCH_ID } },
  'Mutation.fillVacancyFromReserve': {
    requires: { permission: 'council.manage' },
    document: 'mutation($i: FillVacancyFromReserveInput!) { fillVacancyFromReserve(input: $i) { application { id } } }',
    variables: { i: { competitionId: NO_SUCH_ID, categoryId: NO_SUCH_ID, startsOn: '2026-12-01' } },
  },
  'Query.populationReferences': {
    requires: { permission: 'registry.read' },
    document: 'query($id: ID!) { populationReferences(jurisdictionId: $id) { id } }',
    variables: { id: NO_SUCH_ID },
  },
  'Mutation.setPopulationReference': {
    requires: { permission: 'population.manage' },
    document: 'mutation($i: SetPopulationReferenceInput!) { setPopulationReference(input: $i) { id } }',
    variables: {
      i: {
        jurisdictionId: NO_SUCH_ID,
        asOf: '2025-01-01',
        ageBands: [
          { band: '18-34', percent: 40 },
          { band: '35-49', percent: 30 },
          { band: '50-64', percent: 20 },
          { band: '65+', percent: 10 },
        ],
        femalePercent: 52,
        source: 'Matrix',
      },
    },
  },
};

/** The demo account of each role (see libs/api/demo/src/lib/demo-people.ts). */
export const ROLE_ACCOUNTS: Record<Role, string> = {
  platformAdmin: 'admin@kenes.demo',
  authorizedBodyOperator: 'operator@kenes.demo',
  councilSecretary: 'secretary@kenes.demo',
  councilChair: 'chair@kenes.demo',
  councilMember: 'member@kenes.demo',
  workingGroupMember: 'wg@kenes.demo',
  stateBodyOfficer: 'officer@kenes.demo',
  stateBodyHead: 'head@kenes.demo',
};
