/** Ad payback model → sheet canvas: header, KPI block, Traffic payback table, changes, chart data. */
import type { AdPaybackModel, Change, Locale, MetricKey, PaybackRow } from '../model';
import { METRIC_LABELS, PAYBACK_LABELS, SHEET_NAMES } from '../i18n/reportLabels';
import { SOURCE_TYPE_LABELS } from '../i18n/common';
import { Canvas, type CellStyle } from './canvas';
import { COLORS, FORMAT, currencyFormat } from './formats';
import { writeHeader } from './header';

/** Table columns after Source and Type, in order. */
export const PAYBACK_COLUMNS: MetricKey[] = [
  'cost',
  'impressions',
  'actions',
  'leads',
  'deals',
  'won',
  'conversion',
  'revenue',
  'roi',
  'costPerAction',
  'costPerLead',
  'costPerDeal',
  'costPerWon',
  'leadToDeal',
  'dealToWon',
];

const MONEY: ReadonlySet<MetricKey> = new Set<MetricKey>([
  'cost',
  'revenue',
  'costPerAction',
  'costPerLead',
  'costPerDeal',
  'costPerWon',
]);
const PERCENT: ReadonlySet<MetricKey> = new Set<MetricKey>(['conversion', 'roi', 'leadToDeal', 'dealToWon']);

export function metricFormat(key: MetricKey, currency: string): string {
  if (MONEY.has(key)) return currencyFormat(currency);
  if (PERCENT.has(key)) return FORMAT.percent;
  return FORMAT.integer;
}

export function metricValue(row: PaybackRow, key: MetricKey): number | null {
  return key in row.counts
    ? row.counts[key as keyof PaybackRow['counts']]
    : row.ratios[key as keyof PaybackRow['ratios']];
}

function changeStyle(change: Change): CellStyle {
  const color = change.good === true ? COLORS.good : change.good === false ? COLORS.bad : COLORS.muted;
  return { format: FORMAT.change, color, bold: change.good !== null };
}

function rowStyle(row: PaybackRow): CellStyle {
  return row.kind === 'source' ? {} : { bold: true, background: COLORS.totalFill };
}

function sourceLabel(row: PaybackRow): string {
  return row.source;
}

function typeLabel(row: PaybackRow, locale: Locale): string {
  return row.type ? SOURCE_TYPE_LABELS[row.type][locale] : '';
}

export function layoutAdPayback(model: AdPaybackModel, generatedText: string): Canvas {
  const l = model.header.locale;
  const money = currencyFormat(model.header.baseCurrency);
  const canvas = new Canvas();
  let r = writeHeader(canvas, SHEET_NAMES.adPayback[l], model.header, generatedText);
  const compare = model.header.previous !== null;
  const head: CellStyle = { bold: true, background: COLORS.headerFill, wrap: true };

  // KPI block.
  canvas.text(r++, 0, PAYBACK_LABELS.kpiTitle[l], { bold: true });
  const kpiHead = [
    PAYBACK_LABELS.kpiMetric,
    PAYBACK_LABELS.current,
    PAYBACK_LABELS.previous,
    PAYBACK_LABELS.change,
  ];
  kpiHead.forEach((t, c) => canvas.text(r, c, t[l], head));
  r++;
  for (const kpi of model.kpis) {
    const label =
      kpi.key === 'costPerAction'
        ? PAYBACK_LABELS.avgCostPerAction
        : kpi.key === 'costPerDeal'
          ? PAYBACK_LABELS.costPerDeal
          : kpi.key === 'costPerWon'
            ? PAYBACK_LABELS.costPerWon
            : PAYBACK_LABELS.roi;
    const format = kpi.key === 'roi' ? FORMAT.percent : money;
    canvas.text(r, 0, label[l]);
    canvas.number(r, 1, kpi.current, { format, bold: true });
    if (compare) {
      canvas.number(r, 2, kpi.delta.previous, { format });
      canvas.number(r, 3, kpi.delta.change, changeStyle(kpi.delta));
    }
    r++;
  }
  r++;

  // Traffic payback table.
  canvas.text(r++, 0, PAYBACK_LABELS.tableTitle[l], { bold: true });
  const writeHead = (row: number): void => {
    canvas.text(row, 0, PAYBACK_LABELS.source[l], head);
    canvas.text(row, 1, PAYBACK_LABELS.type[l], head);
    PAYBACK_COLUMNS.forEach((k, i) => canvas.text(row, 2 + i, METRIC_LABELS[k][l], head));
  };
  writeHead(r++);
  for (const row of model.rows) {
    const st = rowStyle(row);
    canvas.text(r, 0, sourceLabel(row), st);
    canvas.text(r, 1, typeLabel(row, l), st);
    PAYBACK_COLUMNS.forEach((k, i) =>
      canvas.number(r, 2 + i, metricValue(row, k), {
        ...st,
        format: metricFormat(k, model.header.baseCurrency),
      }),
    );
    r++;
  }
  canvas.text(r++, 0, PAYBACK_LABELS.roiBlankNote[l], {});
  r++;

  // Changes vs the previous period, same columns, coloured by direction.
  if (compare) {
    canvas.text(r++, 0, PAYBACK_LABELS.changeTitle[l], { bold: true });
    writeHead(r++);
    for (const row of model.rows) {
      const st = rowStyle(row);
      canvas.text(r, 0, sourceLabel(row), st);
      canvas.text(r, 1, typeLabel(row, l), st);
      PAYBACK_COLUMNS.forEach((k, i) => {
        const ch = row.changes ? row.changes[k] : undefined;
        if (ch) canvas.number(r, 2 + i, ch.change, { ...st, ...changeStyle(ch), bold: st.bold === true });
        else canvas.style(r, 2 + i, st);
      });
      r++;
    }
    r++;
  }

  // Chart data: per source actions, leads, deals, won; the native chart sits beside it.
  canvas.text(r++, 0, PAYBACK_LABELS.chartTitle[l], { bold: true });
  const chartRow = r;
  const chartHead = [
    PAYBACK_LABELS.source[l],
    ...(['actions', 'leads', 'deals', 'won'] as const).map((k) => METRIC_LABELS[k][l]),
  ];
  chartHead.forEach((t, c) => canvas.text(r, c, t, head));
  r++;
  for (const p of model.chart) {
    canvas.text(r, 0, p.source);
    canvas.number(r, 1, p.actions, { format: FORMAT.integer });
    canvas.number(r, 2, p.leads, { format: FORMAT.integer });
    canvas.number(r, 3, p.deals, { format: FORMAT.integer });
    canvas.number(r, 4, p.won, { format: FORMAT.integer });
    r++;
  }
  canvas.chart = {
    row: chartRow,
    col: 0,
    numRows: model.chart.length + 1,
    numCols: 5,
    anchorRow: chartRow,
    anchorCol: 6,
    title: PAYBACK_LABELS.chartTitle[l],
  };
  // Room for the chart (about 20 rows tall) below its data.
  canvas.ensureRows(Math.max(r, chartRow + 20));

  canvas.frozenRows = 2;
  canvas.columnWidths.push(290);
  return canvas;
}
