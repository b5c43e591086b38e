import type { MatrixEntry } from './permission-matrix';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const manage = { permission: 'meeting.manage' } as const;
const participate = { permission: 'meeting.participate' } as const;
const approve = { permission: 'minutes.approve' } as const;
const input = (op: string, type: string, i: Record<string, unknown>) => ({ document: `mutation($i: ${type}!) { ${op}(input: $i) { id } }`, variables: { i } });
const byMinutes = (op: string) => ({ document: `mutation($id: ID!) { ${op}(minutesId: $id) { id } }`, variables: { id: NO_SUCH_ID } });
const report = (op: string) => ({ document: `mutation($id: ID!) { ${op}(councilId: $id, year: 2026) { id } }`, variables: { id: NO_SUCH_ID } });

/** The minutes and annual report operations of /graphql and who may call them. */
export const MINUTES_MATRIX: Record<string, MatrixEntry> = {
  'Query.minutesOfMeeting': { requires: { permission: 'council.read' }, document: 'query($id: ID!) { minutesOfMeeting(meetingId: $id) { id } }', variables: { id: NO_SUCH_ID } },
  'Query.annualReport': { requires: { permission: 'council.read' }, document: 'query($id: ID!) { annualReport(councilId: $id, year: 2026) { id } }', variables: { id: NO_SUCH_ID } },
  'Mutation.generateMinutes': { requires: manage, document: 'mutation($id: ID!) { generateMinutes(meetingId: $id) { id } }', variables: { id: NO_SUCH_ID } },
  'Mutation.editMinutes': { requires: manage, ...input('editMinutes', 'EditMinutesInput', { minutesId: NO_SUCH_ID, summaries: [] }) },
  'Mutation.proposeMinutesCorrection': { requires: participate, ...input('proposeMinutesCorrection', 'ProposeMinutesCorrectionInput', { minutesId: NO_SUCH_ID, itemId: NO_SUCH_ID, text: 'matrix' }) },
  'Mutation.decideMinutesCorrection': { requires: manage, ...input('decideMinutesCorrection', 'DecideMinutesCorrectionInput', { correctionId: NO_SUCH_ID, accept: true }) },
  'Mutation.attachDissent': { requires: participate, ...input('attachDissent', 'AttachDissentInput', { minutesId: NO_SUCH_ID, text: 'matrix' }) },
  'Mutation.approveMinutes': { requires: approve, ...input('approveMinutes', 'ApproveMinutesInput', { minutesId: NO_SUCH_ID }) },
  'Mutation.signMinutes': { requires: manage, ...byMinutes('signMinutes') },
  'Mutation.publishMinutes': { requires: manage, ...byMinutes('publishMinutes') },
  'Mutation.publishMinutesCorrection': { requires: manage, ...input('publishMinutesCorrection', 'PublishMinutesCorrectionInput', { minutesId: NO_SUCH_ID, summaries: [], reason: 'matrix' }) },
  'Mutation.generateAnnualReport': { requires: manage, ...report('generateAnnualReport') },
  'Mutation.approveAnnualReport': { requires: approve, ...report('approveAnnualReport') },
  'Mutation.publishAnnualReport': { requires: manage, ...report('publishAnnualReport') },
};
