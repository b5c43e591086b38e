import type { IsoDate } from '../dates/iso-date';
import type { MessageRef } from '../i18n/message-params';
import type { DeadlineDocumentType } from '../rules/rule-types';

export const OBLIGATION_STATES = [
  'dispatched',
  'received',
  'answered',
  'overdue',
  'escalated',
  'reopened',
  'closed',
] as const;
export type ObligationState = (typeof OBLIGATION_STATES)[number];

export const OBLIGATION_EVENT_TYPES = [
  'receive',
  'answer',
  'markOverdue',
  'escalate',
  'assess',
  'stopClock',
  'resumeClock',
  'redirect',
  'extend',
] as const;
export type ObligationEventType = (typeof OBLIGATION_EVENT_TYPES)[number];

export type ObligationEvent =
  | { readonly type: 'receive'; readonly date: IsoDate }
  | { readonly type: 'answer'; readonly date: IsoDate }
  | { readonly type: 'markOverdue'; readonly date: IsoDate }
  | { readonly type: 'escalate'; readonly date: IsoDate; readonly toBodyId?: string }
  /** The council's vote on whether the answer is adequate. */
  | { readonly type: 'assess'; readonly date: IsoDate; readonly adequate: boolean }
  | { readonly type: 'stopClock'; readonly date: IsoDate; readonly grounds: string }
  | { readonly type: 'resumeClock'; readonly date: IsoDate }
  | { readonly type: 'redirect'; readonly date: IsoDate; readonly toBodyId: string; readonly grounds: string }
  | { readonly type: 'extend'; readonly date: IsoDate; readonly workingDays: number; readonly grounds: string };

/** A state body's duty to answer one recommendation (or document) by a legal deadline. */
export interface ResponseObligation {
  readonly documentType: DeadlineDocumentType;
  readonly addresseeBodyId: string;
  readonly state: ObligationState;
  readonly dispatchedOn: IsoDate;
  /** The day the running clock started (dispatch, redirect or reopening). */
  readonly clockStart: IsoDate;
  readonly due: IsoDate;
  readonly clockStoppedOn?: IsoDate;
  readonly escalationLevel: number;
  readonly extendedWorkingDays: number;
  readonly answeredOn?: IsoDate;
  readonly lastEventOn: IsoDate;
  /** How the current due date came about, step by step, including extensions and stops. */
  readonly explanation: readonly MessageRef[];
}

export type ObligationErrorKind =
  | 'impossibleTransition'
  | 'clockAlreadyStopped'
  | 'clockNotStopped'
  | 'clockStopped'
  | 'notYetOverdue'
  | 'extensionAfterDue'
  | 'extensionExceedsLimit'
  | 'dateBeforeLastEvent'
  | 'invalidAmount'
  | 'sameAddressee';

export interface ObligationError {
  readonly kind: ObligationErrorKind;
  readonly state: ObligationState;
  readonly event: ObligationEventType;
  readonly message: MessageRef;
}
