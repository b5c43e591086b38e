import type { MatrixEntry } from './permission-matrix';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const respond = { permission: 'obligation.respond' } as const;
const manage = { permission: 'meeting.manage' } as const;
const byObligation = (op: string) => ({ document: `mutation($id: ID!) { ${op}(obligationId: $id) { id } }`, variables: { id: NO_SUCH_ID } });
const input = (op: string, type: string, i: Record<string, unknown>, selection = '{ id }') => ({
  document: `mutation($i: ${type}!) { ${op}(input: $i) ${selection} }`,
  variables: { i },
});

/** The obligations capability's operations of /graphql and who may call them. */
export const OBLIGATIONS_MATRIX: Record<string, MatrixEntry> = {
  'Query.recommendations': { requires: { permission: 'council.read' }, document: '{ recommendations(slug: "no-such-council") { id } }' },
  'Query.recommendation': {
    requires: { permission: 'council.read' },
    document: 'query($id: ID!) { recommendation(councilId: $id, number: 1) { id } }',
    variables: { id: NO_SUCH_ID },
  },
  'Query.obligationInbox': { requires: respond, document: '{ obligationInbox { obligationId } }' },
  'Query.obligationRecommendation': { requires: respond, document: 'query($id: ID!) { obligationRecommendation(obligationId: $id) { id } }', variables: { id: NO_SUCH_ID } },
  'Query.holidayYears': { requires: { permission: 'registry.read' }, document: '{ holidayYears { id } }' },
  'Mutation.acknowledgeObligation': { requires: respond, ...byObligation('acknowledgeObligation') },
  'Mutation.requestClarification': { requires: respond, ...input('requestClarification', 'GroundsInput', { obligationId: NO_SUCH_ID, grounds: 'matrix' }) },
  'Mutation.requestExtension': { requires: respond, ...input('requestExtension', 'ExtensionInput', { obligationId: NO_SUCH_ID, grounds: 'matrix', workingDays: 5 }) },
  'Mutation.resumeObligationClock': { requires: manage, ...byObligation('resumeObligationClock') },
  'Mutation.extendObligation': { requires: manage, ...input('extendObligation', 'ExtensionInput', { obligationId: NO_SUCH_ID, grounds: 'matrix', workingDays: 5 }) },
  'Mutation.redirectObligation': { requires: manage, ...input('redirectObligation', 'RedirectInput', { obligationId: NO_SUCH_ID, grounds: 'matrix', toBodyId: NO_SUCH_ID }) },
  'Mutation.assessAnswer': { requires: manage, ...input('assessAnswer', 'AssessInput', { obligationId: NO_SUCH_ID, adequate: true }) },
  'Mutation.draftAnswer': { requires: respond, ...input('draftAnswer', 'DraftAnswerInput', { obligationId: NO_SUCH_ID, summary: '', points: [] }) },
  'Mutation.signAnswer': { requires: { permission: 'obligation.sign' }, ...byObligation('signAnswer') },
  'Mutation.reportOnCommitment': { requires: respond, ...input('reportOnCommitment', 'CommitmentReportInput', { commitmentId: NO_SUCH_ID, done: false, text: 'matrix', evidence: [] }) },
  'Mutation.disputeCommitment': {
    requires: { permission: 'council.read' },
    ...input('disputeCommitment', 'DisputeInput', { commitmentId: NO_SUCH_ID, text: 'matrix', evidence: [{ url: 'https://example.kz/x' }] }),
  },
  'Mutation.setHolidayYear': {
    requires: { permission: 'calendar.manage' },
    ...input('setHolidayYear', 'HolidayYearInput', { jurisdictionId: NO_SUCH_ID, year: 2027, datedHolidays: [], extraDaysOff: [], workingDays: [], confirmed: false }),
  },
};
