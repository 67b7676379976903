/**
 * Ridge-regularised least squares: solves (XᵀX + λI) β = Xᵀy by Gaussian elimination with partial
 * pivoting. The intercept (column 0) is not penalised. Small dense problems only (≤ ~20 features).
 */
export function fitLeastSquares(rows: readonly number[][], y: readonly number[], lambda = 1e-3): number[] {
  if (rows.length === 0) throw new Error('least squares: no rows to fit');
  if (rows.length !== y.length) throw new Error(`least squares: ${rows.length} rows but ${y.length} targets`);
  const p = rows[0].length;
  const a = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  for (let r = 0; r < rows.length; r++) {
    const x = rows[r];
    for (let i = 0; i < p; i++) {
      const xi = x[i];
      if (xi === 0) continue;
      for (let j = i; j < p; j++) a[i][j] += xi * x[j];
      a[i][p] += xi * y[r];
    }
  }
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < i; j++) a[i][j] = a[j][i];
    if (i > 0) a[i][i] += lambda * rows.length;
  }
  return solve(a, p);
}

function solve(a: number[][], p: number): number[] {
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (Math.abs(a[pivot][col]) < 1e-12) throw new Error(`least squares: singular system at column ${col}`);
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = col + 1; r < p; r++) {
      const f = a[r][col] / a[col][col];
      if (f === 0) continue;
      for (let c = col; c <= p; c++) a[r][c] -= f * a[col][c];
    }
  }
  const beta = new Array<number>(p).fill(0);
  for (let r = p - 1; r >= 0; r--) {
    let s = a[r][p];
    for (let c = r + 1; c < p; c++) s -= a[r][c] * beta[c];
    beta[r] = s / a[r][r];
  }
  return beta;
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(z / Math.SQRT2));
  const erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-(z * z) / 2);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}
