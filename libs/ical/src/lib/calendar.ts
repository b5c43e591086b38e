import { IcalError, checkUri, escapeText, foldLine, formatUtc, quoteParam } from './text';

/** RFC 5546 methods: a feed (`PUBLISH`), an invitation (`REQUEST`) or its cancellation (`CANCEL`). */
export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export type EventStatus = 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';

/** RFC 5545 §3.2.16 participation roles. */
export type AttendeeRole = 'CHAIR' | 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT' | 'NON-PARTICIPANT';

export interface CalendarPerson {
  /** Display name (`CN`); any text, quoted and caret-escaped as needed. */
  name?: string;
  email: string;
}

export interface CalendarAttendee extends CalendarPerson {
  role?: AttendeeRole;
  /** Ask for a reply. Defaults to true in a `REQUEST`, false otherwise. */
  rsvp?: boolean;
}

export interface CalendarEvent {
  /** Globally unique and stable for the life of the event (e.g. `meeting-<id>@kenes.kz`). */
  uid: string;
  /** Revision number; increase it on every significant change (time, place, cancellation). */
  sequence: number;
  /** Start and end instants, written in UTC. */
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  /** A link to the event's page. */
  url?: string;
  organizer?: CalendarPerson;
  attendees?: readonly CalendarAttendee[];
  /** Defaults to `CANCELLED` under `METHOD:CANCEL`; otherwise omitted unless given. */
  status?: EventStatus;
  lastModified: Date;
  created?: Date;
}

export interface CalendarInput {
  /** PRODID, e.g. `-//Kenes//Meetings//KK`. */
  prodId: string;
  /** Calendar name shown by clients (`NAME` of RFC 7986 and `X-WR-CALNAME`). */
  name?: string;
  method?: CalendarMethod;
  events: readonly CalendarEvent[];
  /**
   * DTSTAMP of every event. When absent: with a METHOD, the time of the call (RFC 5545: when
   * the message was created); without one, each event's `lastModified` (so that a feed is the
   * same text until something changes, which keeps ETags and caches useful).
   */
  generatedAt?: Date;
}

const METHODS: readonly CalendarMethod[] = ['PUBLISH', 'REQUEST', 'CANCEL'];
const STATUSES: readonly EventStatus[] = ['CONFIRMED', 'CANCELLED', 'TENTATIVE'];
const ROLES: readonly AttendeeRole[] = ['CHAIR', 'REQ-PARTICIPANT', 'OPT-PARTICIPANT', 'NON-PARTICIPANT'];

function mailto(what: string, email: string): string {
  if (!/^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+$/.test(email)) {
    throw new IcalError(`${what}: not an e-mail address: ${JSON.stringify(email)}`);
  }
  return checkUri(what, `mailto:${email}`);
}

function person(property: 'ORGANIZER' | 'ATTENDEE', p: CalendarPerson, params: string[] = []): string {
  const cn = p.name?.trim() ? [`CN=${quoteParam(p.name.trim())}`] : [];
  return `${[property, ...cn, ...params].join(';')}:${mailto(property, p.email)}`;
}

function eventLines(event: CalendarEvent, method: CalendarMethod | undefined, dtStamp: Date | undefined): string[] {
  const where = `event ${JSON.stringify(event.uid)}`;
  if (!event.uid?.trim()) throw new IcalError('event: a UID is required');
  if (!Number.isInteger(event.sequence) || event.sequence < 0) throw new IcalError(`${where}: SEQUENCE must be a whole number ≥ 0`);
  if (!(event.end.getTime() > event.start.getTime())) throw new IcalError(`${where}: the end must be after the start`);
  if (event.status !== undefined && !STATUSES.includes(event.status)) throw new IcalError(`${where}: unknown STATUS ${event.status}`);
  if ((method === 'REQUEST' || method === 'CANCEL') && !event.organizer) {
    throw new IcalError(`${where}: METHOD:${method} needs an ORGANIZER (RFC 5546)`);
  }
  if (method === 'REQUEST' && !event.attendees?.length) {
    throw new IcalError(`${where}: METHOD:REQUEST needs at least one ATTENDEE (RFC 5546)`);
  }

  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${formatUtc(dtStamp ?? event.lastModified)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${checkUri(`${where} URL`, event.url)}`);
  if (event.organizer) lines.push(person('ORGANIZER', event.organizer));
  for (const a of event.attendees ?? []) {
    const role = a.role ?? 'REQ-PARTICIPANT';
    if (!ROLES.includes(role)) throw new IcalError(`${where}: unknown attendee ROLE ${role}`);
    const rsvp = a.rsvp ?? method === 'REQUEST';
    lines.push(person('ATTENDEE', a, [`ROLE=${role}`, 'PARTSTAT=NEEDS-ACTION', `RSVP=${rsvp ? 'TRUE' : 'FALSE'}`]));
  }
  const status = event.status ?? (method === 'CANCEL' ? 'CANCELLED' : undefined);
  if (status) lines.push(`STATUS:${status}`);
  if (event.created) lines.push(`CREATED:${formatUtc(event.created)}`);
  lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`, 'END:VEVENT');
  return lines;
}

/**
 * Builds an iCalendar object (RFC 5545) with one VEVENT per event: CRLF line endings, lines
 * folded at 75 octets without splitting a UTF-8 character, TEXT values escaped, times in UTC.
 * Throws `IcalError` for input that cannot be valid (end before start, REQUEST without
 * attendees, a URL with spaces, …).
 */
export function buildCalendar(input: CalendarInput): string {
  if (!input.prodId?.trim()) throw new IcalError('PRODID is required');
  if (input.method !== undefined && !METHODS.includes(input.method)) throw new IcalError(`unknown METHOD ${input.method}`);
  const dtStamp = input.generatedAt ?? (input.method ? new Date() : undefined);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(input.prodId)}`, 'CALSCALE:GREGORIAN'];
  if (input.method) lines.push(`METHOD:${input.method}`);
  if (input.name) lines.push(`NAME:${escapeText(input.name)}`, `X-WR-CALNAME:${escapeText(input.name)}`);
  for (const event of input.events) lines.push(...eventLines(event, input.method, dtStamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
