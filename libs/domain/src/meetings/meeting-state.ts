import { err, ok } from '../common/result';
import type { Result } from '../common/result';
import { msg } from '../i18n/message-params';
import type { MessageRef } from '../i18n/message-params';

export const MEETING_STATES = [
  'draft',
  'announced',
  'inSession',
  'closed',
  'minutesApproved',
  'published',
  'cancelled',
] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/** A meeting that has started can no longer be cancelled: what happened there must be minuted. */
const MEETING_TRANSITIONS: { readonly [S in MeetingState]: readonly MeetingState[] } = {
  draft: ['announced', 'cancelled'],
  announced: ['inSession', 'cancelled'],
  inSession: ['closed'],
  closed: ['minutesApproved'],
  minutesApproved: ['published'],
  published: [],
  cancelled: [],
};

export interface MeetingTransitionError {
  readonly kind: 'impossibleTransition';
  readonly from: MeetingState;
  readonly to: MeetingState;
  readonly allowed: readonly MeetingState[];
  readonly message: MessageRef;
}

export function allowedMeetingTransitions(from: MeetingState): readonly MeetingState[] {
  return MEETING_TRANSITIONS[from];
}

export function canTransitionMeeting(from: MeetingState, to: MeetingState): boolean {
  return MEETING_TRANSITIONS[from].includes(to);
}

export function transitionMeeting(from: MeetingState, to: MeetingState): Result<MeetingState, MeetingTransitionError> {
  if (canTransitionMeeting(from, to)) return ok(to);
  const allowed = MEETING_TRANSITIONS[from];
  return err({ kind: 'impossibleTransition', from, to, allowed, message: msg('meeting.transitionRefused', { from, to, allowed }) });
}
