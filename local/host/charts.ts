/**
 * Embedded charts. The builder validates and records a chart spec; `Sheet.insertChart` stores it on the sheet.
 * Charts are not rendered and exceljs cannot write them, so they live in the host's memory only.
 */
import { a1Of, quoteSheetName } from './a1';
import type { Env } from './env';
import type { Implements } from './gas-types';
import type { ChartSpec, HostSheet } from './model';

/** Charts.ChartType (also reachable as SpreadsheetApp's chart type in the host). */
export const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;

export function chartTypeEnum(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of CHART_TYPES) out[t] = t;
  return Object.freeze(out);
}

interface RangeLike {
  _sheet: HostSheet;
  _row: number;
  _col: number;
  _rows: number;
  _cols: number;
}

function isRangeLike(v: unknown): v is RangeLike {
  return typeof v === 'object' && v !== null && '_sheet' in v && '_row' in v;
}

type BuilderApi = Implements<
  GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  | 'addRange'
  | 'clearRanges'
  | 'setChartType'
  | 'setPosition'
  | 'setOption'
  | 'build'
  | 'setNumHeaders'
  | 'setTransposeRowsAndColumns'
>;

export class GasChartBuilder implements BuilderApi {
  _spec: ChartSpec;

  constructor(
    private readonly _env: Env,
    sheet: HostSheet,
    from: ChartSpec | null,
  ) {
    this._spec = from
      ? { ...from, ranges: [...from.ranges], options: { ...from.options }, position: { ...from.position } }
      : {
          id: 0,
          chartType: 'COLUMN',
          ranges: [],
          position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
          options: {},
          numHeaders: -1,
          transposeRowsAndColumns: false,
        };
    void sheet;
    return _env.ctx.expose(this, 'EmbeddedChartBuilder');
  }

  addRange(range: unknown): GasChartBuilder {
    if (!isRangeLike(range)) this._env.ctx.fail('Invalid argument: range');
    this._spec.ranges.push(
      `${quoteSheetName(range._sheet.name)}!${a1Of(range._row, range._col, range._rows, range._cols)}`,
    );
    return this;
  }

  clearRanges(): GasChartBuilder {
    this._spec.ranges = [];
    return this;
  }

  setChartType(type: unknown): GasChartBuilder {
    const t = String(type);
    if (!(CHART_TYPES as readonly string[]).includes(t)) this._env.ctx.fail(`Invalid argument: type (${t})`);
    this._spec.chartType = t;
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GasChartBuilder {
    for (const n of [anchorRowPos, anchorColPos])
      if (!Number.isInteger(n) || n < 1) this._env.ctx.fail(`Invalid argument: position (${n})`);
    this._spec.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): GasChartBuilder {
    this._spec.options[String(option)] = value;
    return this;
  }

  setNumHeaders(headers: number): GasChartBuilder {
    this._spec.numHeaders = headers;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): GasChartBuilder {
    this._spec.transposeRowsAndColumns = Boolean(transpose);
    return this;
  }

  // Typed chart builders (asColumnChart…) keep to the same spec: the typed setters are options.
  asColumnChart(): GasChartBuilder {
    return this.setChartType('COLUMN');
  }

  asBarChart(): GasChartBuilder {
    return this.setChartType('BAR');
  }

  asLineChart(): GasChartBuilder {
    return this.setChartType('LINE');
  }

  asPieChart(): GasChartBuilder {
    return this.setChartType('PIE');
  }

  setTitle(title: string): GasChartBuilder {
    return this.setOption('title', title);
  }

  setXAxisTitle(title: string): GasChartBuilder {
    return this.setOption('hAxis.title', title);
  }

  setYAxisTitle(title: string): GasChartBuilder {
    return this.setOption('vAxis.title', title);
  }

  setLegendPosition(position: unknown): GasChartBuilder {
    return this.setOption('legend.position', String(position).toLowerCase());
  }

  setStacked(): GasChartBuilder {
    return this.setOption('isStacked', true);
  }

  setColors(colors: string[]): GasChartBuilder {
    return this.setOption('colors', [...colors]);
  }

  build(): GasEmbeddedChart {
    if (this._spec.ranges.length === 0)
      this._env.ctx.fail('A chart needs at least one data range: call addRange before build.');
    return new GasEmbeddedChart(this._env, {
      ...this._spec,
      ranges: [...this._spec.ranges],
      options: { ...this._spec.options },
    });
  }
}

type ChartApi = Implements<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId' | 'getOptions'>;

export class GasEmbeddedChart implements Partial<ChartApi> {
  constructor(
    private readonly _env: Env,
    public _spec: ChartSpec,
  ) {
    return _env.ctx.expose(this, 'EmbeddedChart');
  }

  getChartId(): number | null {
    return this._spec.id === 0 ? null : this._spec.id;
  }

  getType(): string {
    return this._spec.chartType;
  }

  /** The ranges as A1 notation with sheet names (the host's stand-in for `getRanges()`). */
  getRangeNotations(): string[] {
    return [...this._spec.ranges];
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this._spec.options;
    return { get: (key: string) => options[key] ?? null } as GoogleAppsScript.Charts.ChartOptions;
  }

  modify(): GasChartBuilder {
    const sheet = this._env.ss.sheets.find((s) => s.charts.some((c) => c.id === this._spec.id));
    if (!sheet) return this._env.ctx.fail('The chart does not exist.');
    return new GasChartBuilder(this._env, sheet, this._spec);
  }
}
