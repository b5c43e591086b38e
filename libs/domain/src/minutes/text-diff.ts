export type DiffOp = 'same' | 'added' | 'removed';

export interface DiffLine {
  readonly op: DiffOp;
  readonly text: string;
}

/**
 * Line diff of two versions of a text, by longest common subsequence: what a reader sees as
 * removed and added between a published version and its correction. Quadratic in lines, which
 * is fine for minutes (hundreds of lines); very long inputs fall back to "all removed, all added".
 */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  if (n * m > 4_000_000) return [...before.map((text) => ({ op: 'removed' as const, text })), ...after.map((text) => ({ op: 'added' as const, text }))];
  // lcs[i][j]: length of the common subsequence of before[i..] and after[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ op: 'same', text: before[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      out.push({ op: 'removed', text: before[i++] });
    } else {
      out.push({ op: 'added', text: after[j++] });
    }
  }
  while (i < n) out.push({ op: 'removed', text: before[i++] });
  while (j < m) out.push({ op: 'added', text: after[j++] });
  return out;
}

/** Only the changed lines, each with one line of context around a change. */
export function changedLines(diff: readonly DiffLine[], context = 1): DiffLine[] {
  const keep = new Set<number>();
  diff.forEach((d, k) => {
    if (d.op === 'same') return;
    for (let c = Math.max(0, k - context); c <= Math.min(diff.length - 1, k + context); c++) keep.add(c);
  });
  return diff.filter((_, k) => keep.has(k));
}
