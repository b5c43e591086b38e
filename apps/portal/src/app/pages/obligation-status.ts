import type { Pub } from '@kenes/client/graphql';

type Obligation = Pub.PublicRecommendationQuery['publicRecommendation']['obligations'][number];

/** A sentence of the status line: a message key with its parameters (dates as YYYY-MM-DD). */
export interface StatusPart {
  key: string;
  params: Record<string, string | number>;
}

export interface ObligationStatus {
  /** ok: answered on time or adequate; late: answered late; bad: overdue; wait: not yet due or stopped. */
  tone: 'ok' | 'late' | 'bad' | 'wait';
  parts: StatusPart[];
}

/**
 * What an addressee's obligation stands at, in sentences: the state first, then what followed
 * (escalation, the council's assessment, an extension). Escalation is read from the trail's dated
 * notices, so the words say exactly who has been told.
 */
export function obligationStatus(o: Obligation): ObligationStatus {
  const steps = new Set(o.trail.map((s) => s.type));
  const parts: StatusPart[] = [];
  let tone: ObligationStatus['tone'] = 'wait';
  if (o.state === 'REOPENED') {
    parts.push({ key: 'status.reopened', params: { due: o.due } });
    tone = o.overdue ? 'bad' : 'wait';
  } else if ((o.state === 'ANSWERED' || o.state === 'CLOSED') && o.answeredOn) {
    const late = o.answeredOn > o.due;
    parts.push(late ? { key: 'status.late', params: { date: o.answeredOn, due: o.due } } : { key: 'status.onTime', params: { date: o.answeredOn } });
    tone = late ? 'late' : 'ok';
    if (o.adequate === true) parts.push({ key: 'status.adequate', params: {} });
  } else if (o.clockStoppedOn) {
    parts.push({ key: 'status.stopped', params: { date: o.clockStoppedOn } });
  } else if (o.overdue || o.state === 'OVERDUE' || o.state === 'ESCALATED') {
    parts.push({ key: 'status.overdue', params: { due: o.due } });
    tone = 'bad';
    if (steps.has('supervisorNotice')) parts.push({ key: 'status.escalatedSupervisor', params: {} });
    else if (steps.has('headNotice') || o.state === 'ESCALATED') parts.push({ key: 'status.escalatedHead', params: {} });
    if (steps.has('nextAgenda')) parts.push({ key: 'status.onAgenda', params: {} });
  } else if (o.state === 'RECEIVED') {
    parts.push({ key: 'status.received', params: { due: o.due } });
  } else {
    parts.push({ key: 'status.dispatched', params: { sent: o.dispatchedOn, due: o.due } });
  }
  if (o.extendedWorkingDays > 0) parts.push({ key: 'status.extended', params: { n: o.extendedWorkingDays } });
  return { tone, parts };
}

const NOTICES = new Set(['headNotice', 'supervisorNotice']);

/**
 * The trail without the bare "escalated" step that the notice of the same day says better
 * ("notice to the head of the body"): one line per thing that happened.
 */
export function readableTrail<T extends { type: string; date: string }>(trail: readonly T[]): T[] {
  return trail.filter((s, i) => !(s.type === 'escalate' && trail.some((n, j) => j > i && n.date === s.date && NOTICES.has(n.type))));
}

/** Dates written as YYYY-MM-DD inside API text, for re-wording. */
export const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/g;
/** The trail's new due date after a step ("Recommendation sent to the body → 2026-12-28"). */
export const DUE_ARROW = / → (\d{4}-\d{2}-\d{2})\b/g;
