/**
 * A tiny seeded PRNG (mulberry32) and the few draws the generator needs. Written here rather than imported so
 * the generator stays pure and bundleable, and the same seed gives the same workbook on every machine.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function makeRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/** Cumulative weights for repeated weighted picks; `pickIndex` is a linear scan (the lists are short). */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i];
    out[i] = sum;
  }
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}

export function pickIndex(cum: Float64Array, r: number): number {
  for (let i = 0; i < cum.length - 1; i++) if (r < cum[i]) return i;
  return cum.length - 1;
}

/** Roughly normal with mean 0 and sd 1 (sum of three uniforms, rescaled): cheap and bounded. */
export function roughNormal(rng: Rng): number {
  return (rng.next() + rng.next() + rng.next() - 1.5) * 2;
}
