/** The block every report sheet starts with: title, period, comparison, base currency, generation time. */
import type { ReportHeader } from '../model';
import { dottedOfDay, isoOfDay } from '../time/days';
import { HEADER_LABELS } from '../i18n/reportLabels';
import type { Canvas } from './canvas';

export function periodText(from: number, to: number, locale: 'ru' | 'en'): string {
  const f = locale === 'ru' ? dottedOfDay : isoOfDay;
  return `${f(from)} – ${f(to)}`;
}

/**
 * Writes the title, then one label/value pair per row (period, comparison, currency, generated), then the note;
 * returns the next free row. Pairs sit in columns A and B, so the period is always cell B2.
 */
export function writeHeader(
  canvas: Canvas,
  title: string,
  header: ReportHeader,
  generatedText: string,
): number {
  const l = header.locale;
  canvas.text(0, 0, title, { bold: true });
  const pairs: [string, string][] = [
    [HEADER_LABELS.period[l], periodText(header.period.from, header.period.to, l)],
    [
      HEADER_LABELS.comparison[l],
      header.previous
        ? periodText(header.previous.from, header.previous.to, l)
        : HEADER_LABELS.noComparison[l],
    ],
    [HEADER_LABELS.currency[l], header.baseCurrency],
    [HEADER_LABELS.generated[l], generatedText],
  ];
  pairs.forEach(([label, value], i) => {
    canvas.text(1 + i, 0, label);
    canvas.text(1 + i, 1, value, { bold: i === 0 });
  });
  canvas.text(5, 0, HEADER_LABELS.readOnlyNote[l]);
  return 7;
}
