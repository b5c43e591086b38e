import { checkIn } from './sql-check';

describe('checkIn', () => {
  it('writes the CHECK expression of a closed set of values, as the migrations hold it', () => {
    expect(checkIn('state', ['draft', 'published'])).toBe(`"state" IN ('draft', 'published')`);
  });
  it('doubles a quote inside a value', () => {
    expect(checkIn('kind', ["o'clock"])).toBe(`"kind" IN ('o''clock')`);
  });
});
