// The public surface of @kenes/ical: RFC 5545 iCalendar text, pure TypeScript, no imports.

export * from './lib/calendar';
export * from './lib/text';
