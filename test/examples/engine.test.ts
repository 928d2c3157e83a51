/**
 * The example read by the real engine: the problem rows come back as exactly the findings they were made for,
 * the settings tabs are understood, and the planted patterns (a weak manager on VK, an unmatched «Звонок»,
 * a currency without a rate) reach the reports.
 */
import { EXAMPLE_END_DAY, MESSY, generateWorkbook } from '../../examples/generate';
import type { ReportParams } from '../../src/core/model';
import { readWorkbook } from '../../src/core/read/workbook';
import { buildDataQuality } from '../../src/core/reports/dataQuality';
import { buildTrafficInfluence } from '../../src/core/reports/trafficInfluence';

const november: ReportParams = {
  period: { from: EXAMPLE_END_DAY - 29, to: EXAMPLE_END_DAY },
  compare: true,
  locale: 'ru',
  today: EXAMPLE_END_DAY,
  generatedAt: '2026-12-01T09:00:00.000Z',
};

describe('the example through the engine', () => {
  const ds = readWorkbook(generateWorkbook(), { timeZone: 'Europe/Moscow' });

  it('reads every tab and setting without refusals', () => {
    expect(ds.refusals).toEqual([]);
    expect(ds.rowCounts).toEqual({ leads: 2_001, deals: ds.deals.length, costs: 976 });
    expect(ds.settings.rates.USD).toBe(92.5);
    expect(ds.settings.rates.KZT).toBeUndefined();
    expect(ds.settings.wonStages).toContain('успешно реализовано');
    expect(ds.settings.unprocessedDays).toBe(7);
    expect(ds.settings.sources.map((s) => s.name)).toContain('Яндекс.Директ');
    expect(ds.settings.manualCosts.length).toBe(7);
  });

  it('reports exactly the planted problems', () => {
    const found = ds.findings.map((f) => `${f.kind}:${f.value ?? ''}`).sort();
    expect(found).toEqual(
      [
        `duplicateId:${ds.findings.find((f) => f.kind === 'duplicateId')?.value ?? ''}`,
        `unknownLead:${MESSY.unknownLeadId}`,
        `unknownStage:${MESSY.unknownStage}`,
        `unreadableValue:${MESSY.impossibleDate}`,
        `unreadableValue:${MESSY.unreadableAmount}`,
      ].sort(),
    );
  });

  it('flags Олег Соколов on VK in November and lists the unmatched «Звонок» and the KZT deal', () => {
    const traffic = buildTrafficInfluence(ds, november);
    const oleg = traffic.managers.find((m) => m.manager === 'Олег Соколов');
    const vk = oleg?.sources.find((s) => s.source === 'ВКонтакте');
    expect(vk?.cell.flag?.pValue).toBeLessThan(0.01);
    const quality = buildDataQuality(ds, november);
    expect(quality.unmatchedValues.map((u) => u.value)).toEqual(
      expect.arrayContaining(['Звонок', MESSY.phoneText, MESSY.htmlSource]),
    );
    expect(quality.checks.find((c) => c.key === 'unknownCurrencies')?.count).toBeGreaterThan(0);
    expect(quality.checks.find((c) => c.key === 'wonWithoutAmount')?.count).toBe(1);
  });
});
