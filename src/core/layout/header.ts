/** The block every report sheet starts with: title, period, comparison, base currency, generation time. */
import type { ReportHeader } from '../model';
import { dottedOfDay, isoOfDay } from '../time/days';
import { HEADER_LABELS } from '../i18n/reportLabels';
import type { Canvas } from './canvas';

export function periodText(from: number, to: number, locale: 'ru' | 'en'): string {
  const f = locale === 'ru' ? dottedOfDay : isoOfDay;
  return `${f(from)} – ${f(to)}`;
}

/** Writes rows 0–2 (title, meta line, note) and returns the next free row. */
export function writeHeader(
  canvas: Canvas,
  title: string,
  header: ReportHeader,
  generatedText: string,
): number {
  const l = header.locale;
  canvas.text(0, 0, title, { bold: true });
  canvas.text(1, 0, HEADER_LABELS.period[l]);
  canvas.text(1, 1, periodText(header.period.from, header.period.to, l), { bold: true });
  canvas.text(1, 2, HEADER_LABELS.comparison[l]);
  canvas.text(
    1,
    3,
    header.previous ? periodText(header.previous.from, header.previous.to, l) : HEADER_LABELS.noComparison[l],
  );
  canvas.text(1, 4, HEADER_LABELS.currency[l]);
  canvas.text(1, 5, header.baseCurrency);
  canvas.text(1, 6, HEADER_LABELS.generated[l]);
  canvas.text(1, 7, generatedText);
  canvas.text(2, 0, HEADER_LABELS.readOnlyNote[l], {});
  return 4;
}
