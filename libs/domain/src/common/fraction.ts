/** A share such as 2/3, kept as integers so that 10 of 15 compares exactly equal to 2/3. */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

export function isValidFraction(f: Fraction): boolean {
  return (
    Number.isInteger(f.numerator) &&
    Number.isInteger(f.denominator) &&
    f.denominator > 0 &&
    f.numerator >= 0 &&
    f.numerator <= f.denominator
  );
}

/** ceil(a / b) for non-negative integers a and positive integers b. */
export function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

/** Smallest integer k with k / total >= fraction. */
export function minCountForShare(f: Fraction, total: number): number {
  return ceilDiv(f.numerator * total, f.denominator);
}

/** Largest integer k with k / total <= fraction. */
export function maxCountForShare(f: Fraction, total: number): number {
  return Math.floor((f.numerator * total) / f.denominator);
}

/** Percentage rounded to two decimals, for display only; decisions never use it. */
export function percent(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Math.round((part * 10000) / whole) / 100;
}
