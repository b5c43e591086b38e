import type { Locale, LocalizedValue } from '@kenes/api/core';

export const pick = (v: LocalizedValue | null | undefined, locale: Locale): string => (v ? v[locale] || v.ru : '');

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Escapes text for XML content and attributes, dropping characters XML 1.0 forbids. */
export function xml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** RFC 4180: fields quoted when needed, quotes doubled, CRLF line ends; a BOM so spreadsheet programs read UTF-8. */
export function csv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  const field = (v: string | number | boolean | null | undefined): string => {
    const s = v === null || v === undefined ? '' : String(v);
    // A leading =, +, - or @ would be read as a formula by spreadsheet programs.
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return '\ufeff' + [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  updated: Date;
  summary: string;
}

export function atom(feed: { id: string; title: string; link: string; self: string; updated: Date; locale: Locale; entries: readonly FeedEntry[] }): string {
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" href="${xml(e.link)}"/>
    <updated>${e.updated.toISOString()}</updated>
    <summary>${xml(e.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.locale}">
  <id>${xml(feed.id)}</id>
  <title>${xml(feed.title)}</title>
  <link rel="alternate" href="${xml(feed.link)}"/>
  <link rel="self" href="${xml(feed.self)}"/>
  <updated>${feed.updated.toISOString()}</updated>
  <author><name>Kenes</name></author>
${entries}
</feed>
`;
}

export function rss(feed: { title: string; link: string; self: string; description: string; locale: Locale; entries: readonly FeedEntry[] }): string {
  const items = feed.entries
    .map(
      (e) => `    <item>
      <title>${xml(e.title)}</title>
      <link>${xml(e.link)}</link>
      <guid isPermaLink="false">${xml(e.id)}</guid>
      <pubDate>${e.updated.toUTCString()}</pubDate>
      <description>${xml(e.summary)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xml(feed.title)}</title>
    <link>${xml(feed.link)}</link>
    <atom:link href="${xml(feed.self)}" rel="self" type="application/rss+xml"/>
    <description>${xml(feed.description)}</description>
    <language>${feed.locale}</language>
${items}
  </channel>
</rss>
`;
}
