/*
 * Linear least squares for the few unknowns of a georeferencing transform (at most 8): the normal equations
 * solved by Gaussian elimination with partial pivoting. The callers centre and scale their coordinates
 * first, so the normal matrix stays well conditioned even with МСК coordinates in the millions.
 */

/** Solves min ‖A·x − b‖² for x; null when the columns of A are dependent (the points fix no unique x). */
export function solveLeastSquares(rows: readonly (readonly number[])[], rhs: readonly number[]): number[] | null {
  const n = rows[0]?.length ?? 0;
  const normal = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
  rows.forEach((row, k) => {
    const b = rhs[k] ?? 0;
    for (let i = 0; i < n; i += 1) {
      const target = normal[i] as number[];
      const ai = row[i] ?? 0;
      for (let j = 0; j < n; j += 1) target[j] = (target[j] ?? 0) + ai * (row[j] ?? 0);
      target[n] = (target[n] ?? 0) + ai * b;
    }
  });
  return solveAugmented(normal, n);
}

function solveAugmented(m: number[][], n: number): number[] | null {
  const scale = Math.max(1e-300, ...m.map((row) => Math.max(...row.slice(0, n).map(Math.abs))));
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    const pivotRow = m[pivot] as number[];
    // Relative to the matrix's size: a pivot this small means dependent columns (collinear points, say).
    if (Math.abs(pivotRow[col] ?? 0) <= scale * 1e-12) return null;
    [m[col], m[pivot]] = [pivotRow, m[col] as number[]];
    const lead = m[col] as number[];
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const row = m[r] as number[];
      const factor = (row[col] ?? 0) / (lead[col] ?? 1);
      if (factor === 0) continue;
      for (let c = col; c <= n; c += 1) row[c] = (row[c] ?? 0) - factor * (lead[c] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}
