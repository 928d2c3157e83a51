/**
 * What the benchmark times: reading the workbook into a Dataset, then building all three report models —
 * exactly the work a menu action does between `getValues()` and rendering.
 */
import type {
  AdPaybackModel,
  DataQualityModel,
  Dataset,
  ReportParams,
  TabData,
  TrafficInfluenceModel,
} from '../src/core/model';
import { readWorkbook } from '../src/core/read/workbook';
import { buildAdPayback } from '../src/core/reports/adPayback';
import { buildDataQuality } from '../src/core/reports/dataQuality';
import { buildTrafficInfluence } from '../src/core/reports/trafficInfluence';

export const BENCH_TIME_ZONE = 'Europe/Moscow';

export interface EngineRun {
  readMs: number;
  reportsMs: number;
  dataset: Dataset;
  models: { adPayback: AdPaybackModel; traffic: TrafficInfluenceModel; quality: DataQualityModel };
}

export function runEngine(tabs: TabData[], params: ReportParams): EngineRun {
  const t0 = performance.now();
  const dataset = readWorkbook(tabs, { timeZone: BENCH_TIME_ZONE, today: params.today });
  const t1 = performance.now();
  const adPayback = buildAdPayback(dataset, params);
  const traffic = buildTrafficInfluence(dataset, params);
  const quality = buildDataQuality(dataset, params);
  const t2 = performance.now();
  return { readMs: t1 - t0, reportsMs: t2 - t1, dataset, models: { adPayback, traffic, quality } };
}
