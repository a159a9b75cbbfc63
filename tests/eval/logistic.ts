/**
 * Logistic regression with an L2 penalty, fitted by Newton's method (iteratively reweighted least squares) on
 * standardised inputs: small, exact and repeatable (no random start), for the same-story model (train-same.ts).
 */

/** A fitted model on standardised inputs. */
export interface Logistic {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** Fits `y` (0/1) on rows `x`, each row optionally weighed; `l2` penalises the weights (not the bias). */
export function fitLogistic(
  x: readonly number[][],
  y: readonly number[],
  l2 = 1,
  rowWeights?: readonly number[],
): Logistic {
  const d = x[0]?.length ?? 0;
  const n = x.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of x) row.forEach((v, j) => (mean[j] = (mean[j] as number) + v / n));
  for (const row of x) row.forEach((v, j) => (scale[j] = (scale[j] as number) + (v - (mean[j] as number)) ** 2 / n));
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j] as number) || 1;
  const z = x.map((row) => [1, ...row.map((v, j) => (v - (mean[j] as number)) / (scale[j] as number))]);
  const beta = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    // Gradient and Hessian of the penalised log-likelihood.
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    z.forEach((row, i) => {
      const w = rowWeights?.[i] ?? 1;
      let t = 0;
      for (let j = 0; j <= d; j++) t += (beta[j] as number) * (row[j] as number);
      const p = 1 / (1 + Math.exp(-t));
      const r = w * ((y[i] as number) - p);
      const s = w * p * (1 - p);
      for (let j = 0; j <= d; j++) {
        grad[j] = (grad[j] as number) + r * (row[j] as number);
        const hj = hess[j] as number[];
        for (let k = j; k <= d; k++) hj[k] = (hj[k] as number) + s * (row[j] as number) * (row[k] as number);
      }
    });
    for (let j = 1; j <= d; j++) {
      grad[j] = (grad[j] as number) - l2 * (beta[j] as number);
      (hess[j] as number[])[j] = ((hess[j] as number[])[j] as number) + l2;
    }
    for (let j = 0; j <= d; j++)
      for (let k = 0; k < j; k++) (hess[j] as number[])[k] = (hess[k] as number[])[j] as number;
    const step = solve(hess, grad);
    let change = 0;
    for (let j = 0; j <= d; j++) {
      beta[j] = (beta[j] as number) + (step[j] as number);
      change = Math.max(change, Math.abs(step[j] as number));
    }
    if (change < 1e-8) break;
  }
  return { mean, scale, weights: beta.slice(1), bias: beta[0] as number };
}

/** The model's probability for one row. */
export function predictLogistic(m: Logistic, row: readonly number[]): number {
  let t = m.bias;
  row.forEach((v, j) => (t += (m.weights[j] as number) * ((v - (m.mean[j] as number)) / (m.scale[j] as number))));
  return 1 / (1 + Math.exp(-t));
}

/** Solves a · s = b for symmetric positive definite a (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const pr = m[c] as number[];
    const pv = (pr[c] as number) || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const row = m[r] as number[];
      const f = (row[c] as number) / pv;
      for (let k = c; k <= n; k++) row[k] = (row[k] as number) - f * (pr[k] as number);
    }
  }
  const s = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r] as number[];
    let t = row[n] as number;
    for (let k = r + 1; k < n; k++) t -= (row[k] as number) * (s[k] as number);
    s[r] = t / ((row[r] as number) || 1e-12);
  }
  return s;
}
