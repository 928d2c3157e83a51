/**
 * Fisher's exact test on a 2×2 table, one-sided ("is the first row's rate lower?"):
 *
 *                 success   failure
 *     row 1          a         b
 *     row 2          c         d
 *
 * With all margins fixed, the count in cell a follows the hypergeometric distribution
 * P(X = x) = C(a+b, x) · C(c+d, k−x) ÷ C(n, k), where k = a + c and n = a + b + c + d.
 * The one-sided p-value is P(X ≤ a): the chance of row 1 doing this badly or worse if both rows shared one
 * rate. Exact (a finite sum, each term from log-factorials), valid at any sample size, unlike a z-test.
 */
import { logFactorial as lf } from './logFactorial';

function logChoose(n: number, k: number): number {
  return lf(n) - lf(k) - lf(n - k);
}

/** One-sided p-value P(X ≤ a) of Fisher's exact test (lower tail: row 1 has fewer successes). */
export function fisherLowerTail(a: number, b: number, c: number, d: number): number {
  for (const v of [a, b, c, d]) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`fisherLowerTail: cell ${v} is not a count`);
  }
  const r1 = a + b;
  const r2 = c + d;
  const k = a + c;
  const n = r1 + r2;
  const logTotal = logChoose(n, k);
  const xMin = Math.max(0, k - r2);
  let p = 0;
  for (let x = xMin; x <= a; x++) p += Math.exp(logChoose(r1, x) + logChoose(r2, k - x) - logTotal);
  return Math.min(1, p);
}
