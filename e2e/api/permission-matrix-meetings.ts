import type { MatrixEntry } from './permission-matrix';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const id = { id: NO_SUCH_ID };
const manage = { permission: 'meeting.manage' } as const;
const read = { permission: 'council.read' } as const;
const participate = { permission: 'meeting.participate' } as const;
const input = (op: string, type: string, selection = '{ id }') => `mutation($i: ${type}!) { ${op}(input: $i) ${selection} }`;
const details = { type: 'REGULAR', startsAt: '2027-01-01T10:00:00Z' };
const item = { title: { ru: 'Вопрос' }, category: 'OTHER' };

/** The meetings capability's operations of /graphql and who may call them. */
export const MEETINGS_MATRIX: Record<string, MatrixEntry> = {
  'Query.meetings': { requires: read, document: 'query($id: ID!) { meetings(councilId: $id) { id } }', variables: id },
  'Query.meeting': { requires: read, document: 'query($id: ID!) { meeting(id: $id) { id } }', variables: id },
  'Query.meetingFrequency': { requires: read, document: 'query($id: ID!) { meetingFrequency(councilId: $id) { status } }', variables: id },
  'Query.myParticipation': { requires: read, document: 'query($id: ID!) { myParticipation(meetingId: $id) { canVote } }', variables: id },
  'Query.meetingInvitees': { requires: manage, document: 'query($id: ID!) { meetingInvitees(meetingId: $id) { id } }', variables: id },
  'Query.agendaProposals': { requires: read, document: 'query($id: ID!) { agendaProposals(councilId: $id) { id } }', variables: id },
  'Query.itemComments': { requires: read, document: 'query($id: ID!) { itemComments(itemId: $id) { id } }', variables: id },
  'Query.pendingPublicComments': { requires: manage, document: 'query($id: ID!) { pendingPublicComments(councilId: $id) { id } }', variables: id },
  'Mutation.createMeeting': { requires: manage, document: input('createMeeting', 'CreateMeetingInput'), variables: { i: { councilId: NO_SUCH_ID, ...details } } },
  'Mutation.updateMeeting': { requires: manage, document: input('updateMeeting', 'UpdateMeetingInput'), variables: { i: { meetingId: NO_SUCH_ID, ...details } } },
  'Mutation.announceMeeting': { requires: manage, document: 'mutation($id: ID!) { announceMeeting(id: $id) { notified } }', variables: id },
  'Mutation.cancelMeeting': { requires: manage, document: input('cancelMeeting', 'CancelMeetingInput'), variables: { i: { meetingId: NO_SUCH_ID, reason: 'matrix' } } },
  'Mutation.openMeeting': { requires: manage, document: 'mutation($id: ID!) { openMeeting(id: $id) { id } }', variables: id },
  'Mutation.closeMeeting': { requires: manage, document: 'mutation($id: ID!) { closeMeeting(id: $id) { id } }', variables: id },
  'Mutation.addAgendaItem': { requires: manage, document: input('addAgendaItem', 'AddAgendaItemInput'), variables: { i: { meetingId: NO_SUCH_ID, ...item } } },
  'Mutation.updateAgendaItem': { requires: manage, document: input('updateAgendaItem', 'UpdateAgendaItemInput'), variables: { i: { itemId: NO_SUCH_ID, ...item } } },
  'Mutation.removeAgendaItem': { requires: manage, document: 'mutation($id: ID!) { removeAgendaItem(itemId: $id) { id } }', variables: id },
  'Mutation.moveAgendaItem': { requires: manage, document: input('moveAgendaItem', 'MoveAgendaItemInput'), variables: { i: { itemId: NO_SUCH_ID, position: 1 } } },
  'Mutation.setCurrentItem': { requires: manage, document: input('setCurrentItem', 'SetCurrentItemInput'), variables: { i: { meetingId: NO_SUCH_ID } } },
  'Mutation.recordAttendance': {
    requires: manage,
    document: input('recordAttendance', 'RecordAttendanceInput'),
    variables: { i: { meetingId: NO_SUCH_ID, personId: NO_SUCH_ID, status: 'IN_PERSON' } },
  },
  'Mutation.createMotion': {
    requires: manage,
    document: input('createMotion', 'CreateMotionInput'),
    variables: { i: { itemId: NO_SUCH_ID, kind: 'DECISION', text: 'Текст', points: ['Пункт'] } },
  },
  'Mutation.withdrawMotion': { requires: manage, document: 'mutation($id: ID!) { withdrawMotion(motionId: $id) }', variables: id },
  'Mutation.openVote': { requires: manage, document: 'mutation($id: ID!) { openVote(motionId: $id) { id } }', variables: id },
  'Mutation.closeVote': { requires: manage, document: 'mutation($id: ID!) { closeVote(motionId: $id) { id } }', variables: id },
  'Mutation.correctVoteResult': {
    requires: manage,
    document: input('correctVoteResult', 'CorrectResultInput'),
    variables: { i: { motionId: NO_SUCH_ID, for: 1, against: 0, abstain: 0, reason: 'matrix' } },
  },
  'Mutation.castVote': { requires: participate, document: input('castVote', 'CastVoteInput', '{ choice }'), variables: { i: { motionId: NO_SUCH_ID, choice: 'FOR' } } },
  'Mutation.declareConflict': { requires: participate, document: 'mutation($i: DeclareConflictInput!) { declareConflict(input: $i) }', variables: { i: { itemId: NO_SUCH_ID, reason: 'matrix' } } },
  'Mutation.addItemComment': { requires: read, document: input('addItemComment', 'AddCommentInput'), variables: { i: { itemId: NO_SUCH_ID, body: 'matrix' } } },
  'Mutation.proposeAgendaItem': {
    requires: { permission: 'agenda.propose' },
    document: input('proposeAgendaItem', 'ProposeAgendaItemInput'),
    variables: { i: { councilId: NO_SUCH_ID, title: 'matrix', description: 'matrix', category: 'OTHER' } },
  },
  'Mutation.acceptAgendaProposal': {
    requires: manage,
    document: input('acceptAgendaProposal', 'AcceptProposalInput'),
    variables: { i: { proposalId: NO_SUCH_ID, meetingId: NO_SUCH_ID } },
  },
  'Mutation.declineAgendaProposal': {
    requires: manage,
    document: input('declineAgendaProposal', 'DeclineProposalInput'),
    variables: { i: { proposalId: NO_SUCH_ID, reason: 'matrix' } },
  },
  'Mutation.moderatePublicComment': {
    requires: manage,
    document: input('moderatePublicComment', 'ModerateCommentInput'),
    variables: { i: { commentId: NO_SUCH_ID, approve: true } },
  },
  'Mutation.linkMemberAccount': {
    requires: { permission: 'council.manage' },
    document: 'mutation($c: ID!, $i: LinkMemberAccountInput!) { linkMemberAccount(councilId: $c, input: $i) }',
    variables: { c: NO_SUCH_ID, i: { personId: NO_SUCH_ID, userId: NO_SUCH_ID } },
  },
};
