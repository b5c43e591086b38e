import { atom, csv, pick, rss, xml } from './formats';

describe('export formats', () => {
  it('writes RFC 4180 CSV with a BOM, quoting what needs it and defusing spreadsheet formulas', () => {
    const out = csv(['a', 'b'], [
      ['plain', 'with, comma'],
      ['with "quotes"', 'line\nbreak'],
      ['=SUM(A1)', -3],
      [null, true],
    ]);
    expect(out).toBe('\ufeffa,b\r\nplain,"with, comma"\r\n"with ""quotes""","line\nbreak"\r\n\'=SUM(A1),\'-3\r\n,true\r\n');
  });

  it('escapes XML and drops characters XML forbids', () => {
    expect(xml(`<a href="x">&'\u0001</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });

  it('picks the language with a fallback to Russian', () => {
    expect(pick({ ru: 'Совет', kk: null }, 'kk')).toBe('Совет');
    expect(pick({ ru: 'Совет', kk: 'Кеңес' }, 'kk')).toBe('Кеңес');
    expect(pick(null, 'en')).toBe('');
  });

  it('builds Atom and RSS documents with escaped content', () => {
    const entry = { id: 'urn:x:1', title: 'A & B', link: 'https://k/1?a=1&b=2', updated: new Date('2026-06-11T05:00:00Z'), summary: '<b>' };
    const a = atom({ id: 'urn:x', title: 'T', link: 'https://k', self: 'https://k/f', updated: entry.updated, locale: 'kk', entries: [entry] });
    expect(a).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="kk">');
    expect(a).toContain('<title>A &amp; B</title>');
    expect(a).toContain('href="https://k/1?a=1&amp;b=2"');
    const r = rss({ title: 'T', link: 'https://k', self: 'https://k/f', description: 'D', locale: 'ru', entries: [entry] });
    expect(r).toContain('<pubDate>Thu, 11 Jun 2026 05:00:00 GMT</pubDate>');
    expect(r).toContain('<description>&lt;b&gt;</description>');
  });
});
