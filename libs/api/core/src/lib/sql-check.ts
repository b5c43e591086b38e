/**
 * `"column" IN ('a', 'b')` for a CHECK constraint that keeps a text column to a closed set of
 * values (the values are the code's own constants, never user input).
 */
export function checkIn(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`;
}
