import { snippetParts } from './search-snippet';

/** Writes a headline as ts_headline does with HEADLINE_OPTIONS: [match] and | between fragments. */
const h = (s: string) => s.replace(/\[/g, '\u0002').replace(/\]/g, '\u0003').replace(/ \| /g, '\u0004');
const asText = (parts: Array<{ text: string; match: boolean }>) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('search snippets', () => {
  it('split a headline into plain text with the matches marked', () => {
    const body = 'О льготах на проезд для пенсионеров';
    expect(snippetParts(h('О [льготах] на проезд для [пенсионеров]'), body)).toEqual([
      { text: 'О ', match: false },
      { text: 'льготах', match: true },
      { text: ' на проезд для ', match: false },
      { text: 'пенсионеров', match: true },
    ]);
  });

  it('keep markup from the content as text', () => {
    const body = '<script>alert(1)</script> бюджет';
    expect(snippetParts(h('<script>alert(1)</script> [бюджет]'), body)).toEqual([
      { text: '<script>alert(1)</script> ', match: false },
      { text: 'бюджет', match: true },
    ]);
    expect(snippetParts('', '')).toEqual([]);
  });

  it('start at the sentence PostgreSQL cut into, and end with its last word’s punctuation', () => {
    // What ts_headline made of a recommendation: it drops the leading «О» and the final period.
    const body = 'О льготах на проезд в общественном транспорте для отдельных категорий граждан — Рекомендовать акимату расширить льготы на проезд.';
    const parts = snippetParts(h('[льготах] на проезд в общественном транспорте для отдельных категорий граждан — Рекомендовать акимату расширить [льготы] на проезд'), body);
    expect(asText(parts)).toBe('О [льготах] на проезд в общественном транспорте для отдельных категорий граждан — Рекомендовать акимату расширить [льготы] на проезд.');
    expect(parts[0]).toEqual({ text: 'О ', match: false });
  });

  it('mark with an ellipsis what is left out before, between and after fragments', () => {
    const body =
      'Рекомендовать акимату расширить льготы на проезд. Распространить льготу на пенсионеров  с 63 лет, а также на студентов-очников; ввести электронно-цифровую карту льготника до 1 января. Много других слов здесь, чтобы фрагменты были разными и далеко друг от друга, ещё слова и ещё слова, и снова льготы.';
    // ts_headline's own answer for «льгота | студент | цифровой» (MaxWords=10, MinWords=5, MaxFragments=3).
    const headline = h('акимату расширить [льготы] на проезд. Распространить [льготу] на пенсионеров | также на [студентов]-очников; ввести электронно-[цифровую] карту льготника до | ещё слова, и снова [льготы]');
    expect(asText(snippetParts(headline, body))).toBe(
      'Рекомендовать акимату расширить [льготы] на проезд. Распространить [льготу] на пенсионеров … также на [студентов]-очников; ввести электронно-[цифровую] карту льготника до … ещё слова, и снова [льготы].',
    );
    const cut = 'Совет рассмотрел вопрос. Решение принято единогласно, без замечаний. Следующее заседание в декабре.';
    expect(asText(snippetParts(h('[Решение] принято единогласно'), cut))).toBe('… [Решение] принято единогласно, …');
  });

  it('never start inside a word: far from the sentence’s start, a fragment begins at its word', () => {
    const body = `Совет ${'обсуждал вопрос '.repeat(8)}и предложил электронно-цифровую карту льготника для пенсионеров`;
    const parts = snippetParts(h('[цифровую] карту льготника'), body);
    expect(asText(parts)).toBe('… электронно-[цифровую] карту льготника …');
    // Near the start of its sentence, the whole sentence is shown.
    expect(asText(snippetParts(h('[цифровую] карту'), 'Ввести электронно-цифровую карту.'))).toBe('Ввести электронно-[цифровую] карту.');
  });

  it('join fragments that touch, and start a new sentence after a line break', () => {
    const body = 'Первое предложение без точки\nВторое: льготы для студентов';
    expect(asText(snippetParts(h('[льготы] для | [студентов]'), body))).toBe('… Второе: [льготы] для [студентов]');
  });

  it('show a fragment PostgreSQL changed as it came (there is nothing to align it with)', () => {
    expect(asText(snippetParts(h('[бюджет] города'), 'Бюджет  города'))).toBe('[бюджет] города');
  });
});
