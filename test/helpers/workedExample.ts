/**
 * DESIGN.md's worked example as a dataset, January 2024:
 * - VK (paid): 96 leads, 10 of them became deals, 3 won for 20,000 + 25,000 + 25,000 = 70,000; cost 30,000
 *   from daily cost rows (plus one row in December, outside the period).
 * - Yandex (paid): 4 leads, 2 deals created directly with a UTM source, 1 won for 35,000; cost 16,000.
 * - SEO (organic): 20 leads, 1 direct won deal of 50,000, no cost.
 * - 5 leads with no source at all.
 * Paid: 46,000 → 105,000, ROI 128.26%.
 */
import type { Dataset, Deal, Lead } from '../../src/core/model';
import { cost, dataset, day, deal, lead, rule, times, wonDeal } from './dataset';

export function workedExample(): Dataset {
  const jan = (d: number) => day(`2024-01-${String(d).padStart(2, '0')}`);
  const leads: Lead[] = [
    ...times(96, (i) =>
      lead({ id: `VK${i}`, utmSource: 'vk', created: jan(1 + (i % 31)), responsible: 'Anna' }),
    ),
    ...times(4, (i) =>
      lead({ id: `YA${i}`, utmSource: 'yandex', created: jan(5 + i), responsible: 'Boris' }),
    ),
    ...times(20, (i) => lead({ id: `SEO${i}`, crmSource: 'seo', created: jan(10), responsible: 'Anna' })),
    ...times(5, (i) => lead({ id: `NS${i}`, created: jan(12) })),
  ];
  const vkWon = [20_000, 25_000, 25_000];
  const deals: Deal[] = [
    // VK deals carry no source: they inherit their lead's.
    ...times(10, (i) =>
      i < 3
        ? wonDeal(vkWon[i], { id: `DVK${i}`, leadId: `VK${i}`, created: jan(15), responsible: 'Anna' })
        : deal({ id: `DVK${i}`, leadId: `VK${i}`, created: jan(15), responsible: 'Anna' }),
    ),
    wonDeal(35_000, { id: 'DYA0', utmSource: 'Yandex', created: jan(20), responsible: 'Boris' }),
    deal({ id: 'DYA1', utmSource: 'yandex', created: jan(21), outcome: 'lost', responsible: 'Boris' }),
    wonDeal(50_000, { id: 'DSEO0', crmSource: 'SEO', created: jan(22), responsible: 'Anna' }),
  ];
  const costs = [
    ...times(30, (i) =>
      cost({ row: i + 2, date: jan(1 + i), source: 'vk', cost: 1000, impressions: 500, actions: 0 }),
    ),
    cost({ row: 40, date: day('2023-12-31'), source: 'vk', cost: 99_999 }),
    cost({ row: 41, date: jan(3), source: 'YANDEX', cost: 16_000 }),
  ];
  return dataset({
    leads,
    deals,
    costs,
    settings: {
      sources: [
        rule('VK', 'paid', ['vk']),
        rule('Yandex', 'paid', ['/yandex/']),
        rule('SEO', 'organic', ['seo']),
      ],
    },
  });
}
