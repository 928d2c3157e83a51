// Temporary probe entry; replaced by the real public surface.
declare const global: Record<string, unknown>;

/**
 * Return on marketing investment: (revenue − cost) ÷ cost.
 * @param {number} revenue Revenue.
 * @param {number} cost Cost.
 * @return {number} ROI as a fraction.
 * @customfunction
 * @preserve
 */
global.MARKETING_ROI = function (revenue: number, cost: number): number {
  return (revenue - cost) / cost;
};
