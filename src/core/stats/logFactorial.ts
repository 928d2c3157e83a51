/**
 * ln(n!) by an exact running sum of logarithms, kept in a growing table. Fisher's test needs ln(n!) up to the
 * number of trials (a few thousand leads per source at most in practice), so the table stays small, and sums
 * of logs avoid the overflow of n! itself.
 */
let table = new Float64Array([0, 0]);
let filled = 1;

export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`logFactorial: ${n} is not a non-negative integer`);
  if (n > filled) {
    if (n >= table.length) {
      const bigger = new Float64Array(Math.max(n + 1, table.length * 2));
      bigger.set(table);
      table = bigger;
    }
    for (let i = filled + 1; i <= n; i++) table[i] = table[i - 1] + Math.log(i);
    filled = n;
  }
  return table[n];
}
