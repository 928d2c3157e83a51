/** Traffic influence model → canvas. Every non-zero count is a HYPERLINK to its records on the details sheet. */
import type { InfluenceCell, TrafficInfluenceModel } from '../model';
import { INFLUENCE_LABELS, METRIC_LABELS, SHEET_NAMES, fill } from '../i18n/reportLabels';
import { Canvas, type CellStyle } from './canvas';
import { COLORS, FORMAT, currencyFormat } from './formats';
import { writeHeader } from './header';
import { internalLink } from './a1';
import { type ListKind, type SpanIndex, spanKey, spanRange } from './detailsLayout';

function pct(x: number): string {
  return (Math.round(x * 1000) / 10).toFixed(1) + '%';
}

function pValueText(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

export function layoutTrafficInfluence(
  model: TrafficInfluenceModel,
  generatedText: string,
  detailsGid: number,
  spans: SpanIndex,
): Canvas {
  const l = model.header.locale;
  const canvas = new Canvas();
  let r = writeHeader(canvas, SHEET_NAMES.trafficInfluence[l], model.header, generatedText);
  canvas.text(r++, 0, fill(INFLUENCE_LABELS.method[l], { alpha: model.alpha, min: model.minSample }), {});
  r++;
  const head: CellStyle = { bold: true, background: COLORS.headerFill, wrap: true };
  const headers = [
    INFLUENCE_LABELS.manager[l],
    INFLUENCE_LABELS.source[l],
    METRIC_LABELS.leads[l],
    METRIC_LABELS.deals[l],
    METRIC_LABELS.won[l],
    METRIC_LABELS.conversion[l],
    METRIC_LABELS.revenue[l],
    fill(INFLUENCE_LABELS.unprocessed[l], {}) + ` (> ${model.unprocessedDays})`,
    INFLUENCE_LABELS.flag[l],
  ];
  headers.forEach((t, c) => canvas.text(r, c, t, head));
  canvas.frozenRows = r + 1;
  r++;
  const money = currencyFormat(model.header.baseCurrency);

  const count = (row: number, col: number, n: number, key: string, style: CellStyle): void => {
    const span = spans.get(key);
    if (n > 0 && span && span.count === n) {
      canvas.formula(row, col, internalLink(detailsGid, spanRange(span), n), {
        ...style,
        format: FORMAT.integer,
      });
    } else {
      canvas.number(row, col, n, { ...style, format: FORMAT.integer });
    }
  };
  const cellRow = (
    row: number,
    cell: InfluenceCell,
    m: number | 'all',
    s: number | 'total',
    style: CellStyle,
  ): void => {
    const kinds: [ListKind, number][] = [
      ['leads', cell.leads],
      ['deals', cell.deals],
      ['won', cell.won],
    ];
    kinds.forEach(([kind, n], i) => count(row, 2 + i, n, spanKey(m, s, kind), style));
    canvas.number(row, 5, cell.conversion, { ...style, format: FORMAT.percent });
    canvas.number(row, 6, cell.revenue, { ...style, format: money });
  };

  model.managers.forEach((m, mi) => {
    const total: CellStyle = { bold: true, background: COLORS.totalFill };
    canvas.text(r, 0, m.manager, total);
    canvas.text(r, 1, INFLUENCE_LABELS.allSources[l], total);
    cellRow(r, m.total, mi, 'total', total);
    count(r, 7, m.unprocessed.count, spanKey(mi, 'total', 'unprocessed'), total);
    if (m.unprocessed.count > 0) {
      canvas.text(
        r,
        8,
        fill(INFLUENCE_LABELS.unprocessedText[l], {
          count: m.unprocessed.count,
          days: model.unprocessedDays,
          oldest: m.unprocessed.oldestDays,
        }),
        { ...total, background: COLORS.flagFill },
      );
    } else canvas.style(r, 8, total);
    r++;
    m.sources.forEach((s, si) => {
      canvas.text(r, 1, s.source);
      const flagged: CellStyle = s.cell.flag ? { background: COLORS.flagFill } : {};
      cellRow(r, s.cell, mi, si, flagged);
      if (s.cell.flag) {
        const f = s.cell.flag;
        canvas.text(
          r,
          8,
          fill(INFLUENCE_LABELS.flagText[l], {
            manager: m.manager,
            rate: pct(f.managerRate),
            others: pct(f.othersRate),
            p: pValueText(f.pValue),
          }),
          { background: COLORS.flagFill, bold: true },
        );
      }
      r++;
    });
  });
  const grand: CellStyle = { bold: true, background: COLORS.headerFill };
  canvas.text(r, 0, INFLUENCE_LABELS.total[l], grand);
  canvas.text(r, 1, INFLUENCE_LABELS.allSources[l], grand);
  cellRow(r, model.total, 'all', 'total', grand);
  const allUnprocessed = model.managers.reduce((a, m) => a + m.unprocessed.count, 0);
  count(r, 7, allUnprocessed, spanKey('all', 'total', 'unprocessed'), grand);
  canvas.style(r, 8, grand);
  canvas.columnWidths.push(180, 180, 0, 0, 0, 0, 0, 0, 420);
  return canvas;
}
