import {
  addCounts,
  changeOf,
  conversion,
  costPer,
  emptyCounts,
  ratiosOf,
  roi,
} from '../../../src/core/engine/metrics';
import type { Counts } from '../../../src/core/model';

const counts = (p: Partial<Counts>): Counts => ({ ...emptyCounts(), ...p });

describe('scalar metrics', () => {
  test('ROI is (revenue − cost) ÷ cost, blank (null) at zero cost', () => {
    expect(roi(105_000, 46_000)).toBeCloseTo(1.2826, 4);
    expect(roi(0, 100)).toBe(-1);
    expect(roi(5000, 0)).toBeNull();
  });

  test('CONVERSION(from, to) is to ÷ from; cost per unit blank at zero count', () => {
    expect(conversion(96, 3)).toBe(0.03125);
    expect(conversion(0, 3)).toBeNull();
    expect(costPer(46_000, 4)).toBe(11_500);
    expect(costPer(46_000, 0)).toBeNull();
  });
});

describe('ratiosOf', () => {
  test('DESIGN worked example: VK 96 leads → 10 deals → 3 won', () => {
    const r = ratiosOf(counts({ leads: 96, deals: 10, won: 3 }));
    expect(r.leadToDeal).toBeCloseTo(10 / 96, 12);
    expect(r.dealToWon).toBeCloseTo(0.3, 12);
    // No actions: conversion is taken from leads, 3 ÷ 96 = 3.125% (DESIGN's "3%").
    expect(r.conversion).toBe(0.03125);
    expect(r.roi).toBeNull();
    expect(r.costPerLead).toBe(0); // no cost, 96 leads: 0 per lead (defined)
  });

  test('conversion base is the first non-zero of actions, leads, deals', () => {
    expect(ratiosOf(counts({ actions: 200, leads: 50, deals: 10, won: 4 })).conversion).toBe(0.02);
    expect(ratiosOf(counts({ leads: 0, deals: 8, won: 2 })).conversion).toBe(0.25);
    expect(ratiosOf(counts({ won: 2 })).conversion).toBeNull();
  });

  test('costs per action, lead, deal and won deal', () => {
    const r = ratiosOf(counts({ cost: 1200, actions: 400, leads: 40, deals: 12, won: 3, revenue: 3000 }));
    expect(r.costPerAction).toBe(3);
    expect(r.costPerLead).toBe(30);
    expect(r.costPerDeal).toBe(100);
    expect(r.costPerWon).toBe(400);
    expect(r.roi).toBe(1.5);
  });

  test('totals are ratios of sums, not averages of ratios', () => {
    const a = counts({ cost: 1000, revenue: 3000, leads: 10, won: 5 }); // ROI 200%, conversion 50%
    const b = counts({ cost: 9000, revenue: 9000, leads: 90, won: 9 }); // ROI 0%, conversion 10%
    const total = ratiosOf(addCounts(a, b));
    expect(total.roi).toBe(0.2); // (12000 − 10000) ÷ 10000, not (2 + 0) ÷ 2
    expect(total.conversion).toBe(0.14); // 14 ÷ 100, not 30%
  });
});

describe('changeOf', () => {
  test('counts, revenue, conversions and ROI up are good', () => {
    expect(changeOf('leads', 120, 100)).toEqual({ previous: 100, change: 0.2, good: true });
    expect(changeOf('revenue', 50, 100)).toEqual({ previous: 100, change: -0.5, good: false });
    expect(changeOf('conversion', 0.03, 0.02)?.good).toBe(true);
    expect(changeOf('roi', 1.5, 1)).toEqual({ previous: 1, change: 0.5, good: true });
  });

  test('costs per unit down are good; plain cost has no direction', () => {
    expect(changeOf('costPerDeal', 80, 100)).toEqual({ previous: 100, change: -0.2, good: true });
    expect(changeOf('costPerWon', 150, 100)).toEqual({ previous: 100, change: 0.5, good: false });
    expect(changeOf('cost', 150, 100)).toEqual({ previous: 100, change: 0.5, good: null });
  });

  test('blank where previous is 0 or missing; no colour for no change', () => {
    expect(changeOf('leads', 10, 0)).toEqual({ previous: 0, change: null, good: null });
    expect(changeOf('roi', 0.5, null)).toEqual({ previous: null, change: null, good: null });
    expect(changeOf('roi', null, 0.5)).toEqual({ previous: 0.5, change: null, good: null });
    expect(changeOf('leads', 10, 10)).toEqual({ previous: 10, change: 0, good: null });
  });

  test('a negative previous ROI that improves reads as a rise', () => {
    const c = changeOf('roi', 0.5, -0.5);
    expect(c.change).toBe(2);
    expect(c.good).toBe(true);
  });
});
