/** Data quality model → canvas: the checks, unmatched source values, and the row-by-row findings. */
import type { DataQualityModel } from '../model';
import { QUALITY_CHECK_LABELS, QUALITY_LABELS, SHEET_NAMES, fill } from '../i18n/reportLabels';
import { Canvas, type CellStyle } from './canvas';
import { COLORS, FORMAT } from './formats';
import { writeHeader } from './header';

/** Row-by-row findings listed on the sheet; the rest is counted. */
export const MAX_FINDINGS_LISTED = 500;
export const MAX_UNMATCHED_LISTED = 100;

export function layoutDataQuality(
  model: DataQualityModel,
  generatedText: string,
  findingLines: string[],
): Canvas {
  const l = model.header.locale;
  const canvas = new Canvas();
  let r = writeHeader(canvas, SHEET_NAMES.dataQuality[l], model.header, generatedText);
  const head: CellStyle = { bold: true, background: COLORS.headerFill, wrap: true };
  [
    QUALITY_LABELS.check,
    QUALITY_LABELS.status,
    QUALITY_LABELS.count,
    QUALITY_LABELS.of,
    QUALITY_LABELS.share,
    QUALITY_LABELS.examples,
  ].forEach((t, c) => canvas.text(r, c, t[l], head));
  canvas.frozenRows = r + 1;
  r++;
  for (const check of model.checks) {
    const fillColor =
      check.status === 'ok' ? COLORS.okFill : check.status === 'warning' ? COLORS.warnFill : COLORS.flagFill;
    canvas.text(r, 0, QUALITY_CHECK_LABELS[check.key][l]);
    canvas.text(r, 1, QUALITY_LABELS[check.status][l], {
      background: fillColor,
      bold: check.status !== 'ok',
    });
    canvas.number(r, 2, check.count, { format: FORMAT.integer });
    canvas.number(r, 3, check.total, { format: FORMAT.integer });
    canvas.number(r, 4, check.share, { format: FORMAT.percent });
    canvas.text(r, 5, check.examples.join(', '));
    r++;
  }
  r++;
  if (!model.sourcesConfigured) {
    canvas.text(r++, 0, QUALITY_LABELS.noSourcesTab[l], { bold: true, background: COLORS.flagFill });
    r++;
  }
  if (model.unmatchedValues.length > 0) {
    canvas.text(r++, 0, QUALITY_LABELS.unmatchedTitle[l], { bold: true });
    canvas.text(r, 0, QUALITY_LABELS.value[l], head);
    canvas.text(r, 1, QUALITY_LABELS.count[l], head);
    r++;
    for (const u of model.unmatchedValues.slice(0, MAX_UNMATCHED_LISTED)) {
      canvas.text(r, 0, u.value);
      canvas.number(r, 1, u.count, { format: FORMAT.integer });
      r++;
    }
    if (model.unmatchedValues.length > MAX_UNMATCHED_LISTED) {
      canvas.text(
        r++,
        0,
        fill(QUALITY_LABELS.more[l], { n: model.unmatchedValues.length - MAX_UNMATCHED_LISTED }),
        {},
      );
    }
    r++;
  }
  if (findingLines.length > 0) {
    canvas.text(r++, 0, QUALITY_LABELS.findingsTitle[l], { bold: true });
    for (const line of findingLines.slice(0, MAX_FINDINGS_LISTED)) canvas.text(r++, 0, line);
    if (findingLines.length > MAX_FINDINGS_LISTED) {
      canvas.text(r++, 0, fill(QUALITY_LABELS.more[l], { n: findingLines.length - MAX_FINDINGS_LISTED }), {});
    }
  }
  canvas.columnWidths.push(360, 0, 0, 0, 0, 420);
  return canvas;
}
