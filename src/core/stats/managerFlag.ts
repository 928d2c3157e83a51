/**
 * The Traffic influence flag: does one manager convert a source significantly worse than the other managers
 * together do on that same source?
 *
 * - Test: one-sided Fisher's exact test (./fisher.ts) on [manager won, manager not won; others won, others
 *   not won]. Exact at small counts, where a normal-approximation test of two proportions misleads.
 * - Trials: the conversion base, leads (or deals on a source with no leads at all; the caller picks one
 *   base per source and uses it for every manager). Won counts are capped at the trials, since a won deal
 *   need not come from a lead of the same cohort.
 * - Minimum sample: `minSample` trials for the manager AND for the others; below that the test does not run
 *   (a manager with 0 of 5 is not evidence).
 * - Significance: flagged when the manager's rate is below the others' and p < `alpha` (settings.alpha).
 */
import type { SignificanceFlag } from '../model';
import { fisherLowerTail } from './fisher';

export interface ManagerTestInput {
  managerWon: number;
  managerTrials: number;
  othersWon: number;
  othersTrials: number;
  alpha: number;
  minSample: number;
}

export function lowerConversionFlag(t: ManagerTestInput): SignificanceFlag | null {
  const min = Math.max(1, t.minSample);
  if (t.managerTrials < min || t.othersTrials < min) return null;
  const mWon = Math.min(t.managerWon, t.managerTrials);
  const oWon = Math.min(t.othersWon, t.othersTrials);
  const managerRate = mWon / t.managerTrials;
  const othersRate = oWon / t.othersTrials;
  if (managerRate >= othersRate) return null;
  const pValue = fisherLowerTail(mWon, t.managerTrials - mWon, oWon, t.othersTrials - oWon);
  if (!(pValue < t.alpha)) return null;
  return { pValue, managerRate, othersRate, managerTrials: t.managerTrials, othersTrials: t.othersTrials };
}
