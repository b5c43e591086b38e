import { snippetParts } from './search.service';

describe('search snippets', () => {
  it('split a headline into plain text with the matches marked', () => {
    expect(snippetParts('О \u0002льготах\u0003 на проезд для \u0002пенсионеров\u0003')).toEqual([
      { text: 'О ', match: false },
      { text: 'льготах', match: true },
      { text: ' на проезд для ', match: false },
      { text: 'пенсионеров', match: true },
    ]);
  });

  it('keep markup from the content as text', () => {
    expect(snippetParts('<script>alert(1)</script> \u0002бюджет\u0003')).toEqual([
      { text: '<script>alert(1)</script> ', match: false },
      { text: 'бюджет', match: true },
    ]);
    expect(snippetParts('')).toEqual([]);
  });
});
