import { renderMail, validityText } from './mail.service';

describe('mail wording', () => {
  it('says how long a link works, in each language, from the service’s own lifetime', () => {
    expect(validityText(168, 'ru')).toBe('7 дней');
    expect(validityText(48, 'ru')).toBe('2 дня');
    expect(validityText(24, 'ru')).toBe('1 день');
    expect(validityText(1, 'ru')).toBe('1 час');
    expect(validityText(168, 'kk')).toBe('7 күн');
    expect(validityText(1, 'kk')).toBe('1 сағат');
    expect(validityText(168, 'en')).toBe('7 days');
    expect(validityText(1, 'en')).toBe('1 hour');
  });

  it('puts the lifetime into the letter instead of a fixed number', () => {
    const letter = renderMail('passwordReset', 'ru', { name: 'Нина', link: 'http://x/reset', validHours: 2 });
    expect(letter.text).toContain('Ссылка действует 2 часа.');
    expect(letter.text).toContain('http://x/reset');
  });
});
