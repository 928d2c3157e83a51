/** The header every report states: its period, the comparison period, the base currency, when it was made. */
import type { Dataset, ReportHeader, ReportParams } from '../model';
import { previousPeriod } from '../time/days';

export function reportHeader(ds: Dataset, params: ReportParams): ReportHeader {
  return {
    period: { from: params.period.from, to: params.period.to },
    previous: params.compare ? previousPeriod(params.period) : null,
    baseCurrency: ds.settings.baseCurrency,
    generatedAt: params.generatedAt,
    locale: params.locale,
  };
}
