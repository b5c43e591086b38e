/** Low-level RFC 5545 text rules: escaping, parameter quoting, UTC times and line folding. */

/** Thrown for input that cannot be written as valid iCalendar (not for anything a user typed in text). */
export class IcalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IcalError';
  }
}

/** The longest a content line may be, in octets, not counting its CRLF (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

/* eslint-disable no-control-regex -- these patterns exist to find control characters */
/** C0 controls and DEL. */
const CONTROL = /[\u0000-\u001f\u007f]/g;
/** The same without LF, which TEXT writes as `\n`. */
const CONTROL_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f]/g;
/** Any control character or space or double quote: what a URI value here may not hold. */
const NOT_IN_URI = /[\u0000-\u0020\u007f"]/;
/* eslint-enable no-control-regex */

/** Octets a code point takes in UTF-8. */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** The length of a string in UTF-8 octets (what the 75-octet limit counts). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) n += utf8Octets(ch.codePointAt(0) ?? 0);
  return n;
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, and
 * every line break (CRLF, CR or LF) becomes `\n`. Other control characters, which a TEXT value
 * may not hold, become spaces.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(CONTROL_BUT_LF, ' ');
}

/**
 * A parameter value (e.g. `CN`), always quoted. A double quote cannot appear inside a quoted
 * value, so it and line breaks are written with RFC 6868 caret escapes (`^'`, `^n`, `^^`).
 */
export function quoteParam(value: string): string {
  const encoded = value
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'")
    .replace(CONTROL, ' ');
  return `"${encoded}"`;
}

/** A URI value (URL, mailto:) cannot be escaped, so anything that would break the line is refused. */
export function checkUri(what: string, value: string): string {
  if (!value || NOT_IN_URI.test(value)) {
    throw new IcalError(`${what}: a URI without spaces, quotes or control characters is required, got ${JSON.stringify(value)}`);
  }
  return value;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A DATE-TIME in UTC form, `YYYYMMDDTHHMMSSZ` (RFC 5545 §3.3.5, form #2); seconds are truncated. */
export function formatUtc(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new IcalError('invalid date');
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new IcalError(`year ${year} cannot be written in iCalendar`);
  return (
    `${pad(year, 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/**
 * Folds one content line so that no physical line is longer than 75 octets (RFC 5545 §3.1):
 * the first line holds up to 75 octets and each continuation line a space plus up to 74.
 * Splits only between code points, so a two-byte Kazakh or Cyrillic letter (or a four-byte
 * emoji) is never cut in half. Returns the lines joined with CRLF, without a trailing CRLF.
 */
export function foldLine(line: string): string {
  if (/[\r\n]/.test(line)) throw new IcalError('a content line must not contain a line break');
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}
