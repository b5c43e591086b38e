import ICAL from 'ical.js';
import fc from 'fast-check';
import { buildCalendar, type CalendarEvent } from './calendar';
import { IcalError, MAX_LINE_OCTETS, escapeText, foldLine, formatUtc, quoteParam, utf8Length } from './text';

/** Parses with ical.js (an independent implementation) and returns the VCALENDAR component. */
function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

function events(text: string): ICAL.Component[] {
  return parse(text).getAllSubcomponents('vevent');
}

/** The physical lines as raw bytes: each must be ≤ 75 octets and valid UTF-8 on its own. */
function physicalLines(text: string): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
    }
  }
  expect(start).toBe(bytes.length); // ends with CRLF
  return lines;
}

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space is removed. */
function unfold(text: string): string {
  return text.replace(/\r\n /g, '');
}

function expectWellFormed(text: string): void {
  expect(text).not.toMatch(/[^\r]\n/); // no bare LF
  expect(text).not.toMatch(/\r[^\n]/); // no bare CR
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (const line of physicalLines(text)) {
    expect(line.length).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    expect(() => strict.decode(line)).not.toThrow();
  }
}

const KK_TITLE = 'Қоғамдық кеңестің отырысы: әкімдіктің бюджетін талқылау';
const RU_TITLE = 'Заседание общественного совета: обсуждение бюджета акимата';

function meeting(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'meeting-1@kenes.kz',
    sequence: 0,
    start: new Date('2026-12-03T05:00:00Z'),
    end: new Date('2026-12-03T07:30:00Z'),
    summary: KK_TITLE,
    description: RU_TITLE,
    location: 'Көкшетау қ., Абай к-сі, 96, мәжіліс залы',
    url: 'https://kenes.kz/kk/councils/kokshetau/meetings/1',
    lastModified: new Date('2026-11-20T10:15:30Z'),
    ...overrides,
  };
}

describe('buildCalendar', () => {
  it('writes a calendar an independent parser reads back, Kazakh and Russian intact', () => {
    const text = buildCalendar({ prodId: '-//Kenes//Meetings//KK', name: 'Көкшетау қоғамдық кеңесі', events: [meeting()] });
    expectWellFormed(text);
    const cal = parse(text);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//Kenes//Meetings//KK');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Көкшетау қоғамдық кеңесі');
    expect(cal.getFirstPropertyValue('method')).toBeNull();
    const [vevent] = events(text);
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe('meeting-1@kenes.kz');
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe(KK_TITLE);
    expect(event.description).toBe(RU_TITLE);
    expect(event.location).toBe('Көкшетау қ., Абай к-сі, 96, мәжіліс залы');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T05:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-03T07:30:00.000Z');
    expect(event.startDate.zone.tzid).toBe('UTC');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://kenes.kz/kk/councils/kokshetau/meetings/1');
    expect(String(vevent.getFirstPropertyValue('last-modified'))).toBe('2026-11-20T10:15:30Z');
    // A feed (no METHOD) stamps each event with its last revision, so the text is stable.
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-11-20T10:15:30Z');
    expect(text).toContain('\r\nDTSTART:20261203T050000Z\r\n');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds a very long Kazakh line at 75 octets without splitting a letter', () => {
    const long = ('Әкімдіктің жауабы: ұсыныс қабылданды, өңірдегі әлеуметтік нысандар қаржыландырылады; ' +
      'Ғимараттар, көшелер, үйлер һәм ірі жобалар. ').repeat(12);
    const text = buildCalendar({ prodId: '-//Kenes//KK', events: [meeting({ description: long, summary: long })] });
    expectWellFormed(text);
    const lines = physicalLines(text);
    const continuation = lines.filter((l) => l[0] === 0x20);
    expect(continuation.length).toBeGreaterThan(30);
    // Lines are filled: a fold happens only when the next letter (2 octets) would not fit.
    lines.forEach((l, i) => {
      if (lines[i + 1]?.[0] === 0x20) expect(l.length).toBeGreaterThanOrEqual(MAX_LINE_OCTETS - 1);
    });
    const event = new ICAL.Event(events(text)[0]);
    expect(event.description).toBe(long);
    expect(event.summary).toBe(long);
  });

  it('folds four-byte characters whole too', () => {
    const text = buildCalendar({ prodId: 'x', events: [meeting({ summary: '🇰🇿 Қазақстан '.repeat(20) })] });
    expectWellFormed(text);
    expect(new ICAL.Event(events(text)[0]).summary).toBe('🇰🇿 Қазақстан '.repeat(20));
  });

  it('escapes backslash, comma, semicolon and every kind of line break', () => {
    const tricky = 'C:\\docs\\agenda; пункт 1, пункт 2\r\nЕкінші жол\nThird\rFourth';
    const text = buildCalendar({ prodId: 'x', events: [meeting({ summary: tricky, location: 'a,b;c\\d' })] });
    expectWellFormed(text);
    expect(unfold(text)).toContain('SUMMARY:C:\\\\docs\\\\agenda\\; пункт 1\\, пункт 2\\nЕкінші жол\\nThird\\nFourth');
    const event = new ICAL.Event(events(text)[0]);
    expect(event.summary).toBe('C:\\docs\\agenda; пункт 1, пункт 2\nЕкінші жол\nThird\nFourth');
    expect(event.location).toBe('a,b;c\\d');
  });

  it('cannot be made to inject a property through text', () => {
    const text = buildCalendar({ prodId: 'x', events: [meeting({ summary: 'Hi\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil' })] });
    expect(events(text)).toHaveLength(1);
    expect(new ICAL.Event(events(text)[0]).summary).toBe('Hi\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil');
  });

  it('writes several events in order', () => {
    const text = buildCalendar({
      prodId: 'x',
      method: 'PUBLISH',
      generatedAt: new Date('2026-11-28T00:00:00Z'),
      events: [1, 2, 3].map((n) =>
        meeting({
          uid: `meeting-${n}@kenes.kz`,
          sequence: n,
          summary: `${n}-отырыс`,
          start: new Date(Date.UTC(2026, 11, n, 5)),
          end: new Date(Date.UTC(2026, 11, n, 7)),
          status: n === 2 ? 'CANCELLED' : 'CONFIRMED',
        }),
      ),
    });
    expectWellFormed(text);
    expect(parse(text).getFirstPropertyValue('method')).toBe('PUBLISH');
    const parsed = events(text).map((v) => new ICAL.Event(v));
    expect(parsed.map((e) => [e.uid, e.sequence, e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
      ['meeting-1@kenes.kz', 1, '1-отырыс', '2026-12-01T05:00:00.000Z'],
      ['meeting-2@kenes.kz', 2, '2-отырыс', '2026-12-02T05:00:00.000Z'],
      ['meeting-3@kenes.kz', 3, '3-отырыс', '2026-12-03T05:00:00.000Z'],
    ]);
    expect(events(text).map((v) => v.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED', 'CONFIRMED']);
    expect(events(text).map((v) => String(v.getFirstPropertyValue('dtstamp')))).toEqual(Array(3).fill('2026-11-28T00:00:00Z'));
  });

  it('writes an invitation (METHOD:REQUEST) with organizer and attendees', () => {
    const text = buildCalendar({
      prodId: '-//Kenes//Meetings//RU',
      method: 'REQUEST',
      events: [
        meeting({
          sequence: 2,
          organizer: { name: 'Хатшы: Әлия Серікқызы', email: 'secretary@kenes.demo' },
          attendees: [
            { name: 'Нұрлан "Төраға" Ахметов, PhD', email: 'chair@kenes.demo', role: 'CHAIR' },
            { name: 'Мария Иванова; член совета', email: 'member@kenes.demo' },
            { email: 'guest@example.kz', role: 'OPT-PARTICIPANT', rsvp: false },
          ],
        }),
      ],
    });
    expectWellFormed(text);
    expect(parse(text).getFirstPropertyValue('method')).toBe('REQUEST');
    const [vevent] = events(text);
    const organizer = vevent.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:secretary@kenes.demo');
    expect(organizer.getParameter('cn')).toBe('Хатшы: Әлия Серікқызы');
    const attendees = vevent.getAllProperties('attendee').map((p) => ({
      value: p.getFirstValue(),
      cn: p.getParameter('cn'),
      role: p.getParameter('role'),
      rsvp: p.getParameter('rsvp'),
      partstat: p.getParameter('partstat'),
    }));
    expect(attendees).toEqual([
      { value: 'mailto:chair@kenes.demo', cn: 'Нұрлан "Төраға" Ахметов, PhD', role: 'CHAIR', rsvp: 'TRUE', partstat: 'NEEDS-ACTION' },
      { value: 'mailto:member@kenes.demo', cn: 'Мария Иванова; член совета', role: 'REQ-PARTICIPANT', rsvp: 'TRUE', partstat: 'NEEDS-ACTION' },
      { value: 'mailto:guest@example.kz', cn: undefined, role: 'OPT-PARTICIPANT', rsvp: 'FALSE', partstat: 'NEEDS-ACTION' },
    ]);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
    // An invitation is stamped when it is made.
    const stamp = (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime();
    expect(Math.abs(stamp - Date.now())).toBeLessThan(60_000);
  });

  it('marks the events of a cancellation CANCELLED', () => {
    const organizer = { email: 'secretary@kenes.demo' };
    const text = buildCalendar({ prodId: 'x', method: 'CANCEL', events: [meeting({ organizer, sequence: 3 })] });
    expect(events(text)[0].getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(parse(text).getFirstPropertyValue('method')).toBe('CANCEL');
  });

  it('writes an empty calendar', () => {
    const text = buildCalendar({ prodId: 'x', events: [] });
    expect(text).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n');
    expect(events(text)).toHaveLength(0);
  });

  it.each<[string, () => string]>([
    ['no PRODID', () => buildCalendar({ prodId: ' ', events: [] })],
    ['an end before the start', () => buildCalendar({ prodId: 'x', events: [meeting({ end: new Date('2026-12-03T04:00:00Z') })] })],
    ['an end equal to the start', () => buildCalendar({ prodId: 'x', events: [meeting({ end: meeting().start })] })],
    ['an invalid date', () => buildCalendar({ prodId: 'x', events: [meeting({ start: new Date('nope') })] })],
    ['a negative sequence', () => buildCalendar({ prodId: 'x', events: [meeting({ sequence: -1 })] })],
    ['a fractional sequence', () => buildCalendar({ prodId: 'x', events: [meeting({ sequence: 1.5 })] })],
    ['an empty UID', () => buildCalendar({ prodId: 'x', events: [meeting({ uid: '' })] })],
    ['a URL with a line break', () => buildCalendar({ prodId: 'x', events: [meeting({ url: 'https://x.kz/\r\nATTENDEE:mailto:e@x' })] })],
    ['a URL with a space', () => buildCalendar({ prodId: 'x', events: [meeting({ url: 'https://x.kz/a b' })] })],
    ['REQUEST without an organizer', () => buildCalendar({ prodId: 'x', method: 'REQUEST', events: [meeting({ attendees: [{ email: 'a@b.kz' }] })] })],
    ['REQUEST without attendees', () => buildCalendar({ prodId: 'x', method: 'REQUEST', events: [meeting({ organizer: { email: 'a@b.kz' } })] })],
    ['CANCEL without an organizer', () => buildCalendar({ prodId: 'x', method: 'CANCEL', events: [meeting()] })],
    ['an e-mail with a line break', () => buildCalendar({ prodId: 'x', events: [meeting({ organizer: { email: 'a@b.kz\r\nX:y' } })] })],
    ['an e-mail without @', () => buildCalendar({ prodId: 'x', events: [meeting({ organizer: { email: 'secretary' } })] })],
    ['an unknown method', () => buildCalendar({ prodId: 'x', method: 'PUBLISHX' as 'PUBLISH', events: [] })],
  ])('refuses %s', (_what, build) => {
    expect(build).toThrow(IcalError);
  });

  it('round-trips any text through an independent parser, within 75 octets a line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), (summary, description) => {
        const text = buildCalendar({ prodId: 'x', events: [meeting({ summary, description: description || undefined })] });
        expectWellFormed(text);
        const event = new ICAL.Event(events(text)[0]);
        // TEXT cannot carry control characters or a CR: line breaks become \n, the rest spaces.
        // eslint-disable-next-line no-control-regex -- the control characters TEXT cannot hold
        const expected = (s: string) => s.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
        expect(event.summary).toBe(expected(summary));
        if (description) expect(Buffer.from(event.description, 'utf8')).toEqual(Buffer.from(expected(description), 'utf8'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('text helpers', () => {
  it('counts UTF-8 octets', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('әғқңөұүһі')).toBe(18);
    expect(utf8Length('Жұмыс')).toBe(10);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('🇰🇿')).toBe(8);
    for (const s of ['әғқңөұүһі', 'ЁёЪъ', '€', '🇰🇿']) expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
  });

  it('does not fold a line of exactly 75 octets and folds one of 76', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    // 37 two-byte letters = 74 octets + 'X' = 75: fits; one more letter would be split, so it moves.
    expect(foldLine(`X${'ә'.repeat(37)}`)).toBe(`X${'ә'.repeat(37)}`);
    expect(foldLine(`XY${'ә'.repeat(37)}`)).toBe(`XY${'ә'.repeat(36)}\r\n ә`);
  });

  it('refuses to fold a string with a line break in it', () => {
    expect(() => foldLine('a\nb')).toThrow(IcalError);
  });

  it('escapes TEXT and quotes parameters', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(escapeText('tab\there\u0007')).toBe('tab here ');
    expect(quoteParam('Нұрлан "Төраға", PhD')).toBe(`"Нұрлан ^'Төраға^', PhD"`);
    expect(quoteParam('a^b\nc')).toBe('"a^^b^nc"');
  });

  it('formats UTC times and drops milliseconds', () => {
    expect(formatUtc(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z');
    expect(() => formatUtc(new Date(NaN))).toThrow(IcalError);
  });
});
