/**
 * The records behind every Traffic influence count. Lists are ordered manager by manager and, within one,
 * source by source, so the records of any count — a manager × source cell, a manager's total, the grand
 * total — form one contiguous block that a HYPERLINK can point at.
 */
import type { Dataset, Deal, InfluenceCell, Lead, TrafficInfluenceModel } from '../model';
import { DETAILS_LABELS } from '../i18n/reportLabels';
import { Canvas } from './canvas';
import { a1Range } from './a1';
import { FORMAT, dateFormat } from './formats';
import { SERIAL_EPOCH_DAY } from '../time/days';

export type ListKind = 'leads' | 'deals' | 'won' | 'unprocessed';

/** 0-based first row and row count of a block of records on the details sheet. */
export interface Span {
  first: number;
  count: number;
}

/** Where each count's records are: keyed by `${managerIndex}|${sourceIndex or 'total'}|${kind}`, plus `all|kind`. */
export type SpanIndex = Map<string, Span>;

export const DETAILS_COLUMNS = 8;

export function spanKey(manager: number | 'all', source: number | 'total', kind: ListKind): string {
  return `${manager}|${source}|${kind}`;
}

export function spanRange(span: Span): string {
  return a1Range(span.first, 0, span.count, DETAILS_COLUMNS);
}

/** Days as spreadsheet serial numbers with a date format: real dates, free of any time zone. */
function serial(day: number): number {
  return day - SERIAL_EPOCH_DAY;
}

export function layoutDetails(
  model: TrafficInfluenceModel,
  ds: Dataset,
): {
  canvas: Canvas;
  spans: SpanIndex;
} {
  const l = model.header.locale;
  const leadById = new Map<string, Lead>();
  for (const lead of ds.leads) if (!leadById.has(lead.id)) leadById.set(lead.id, lead);
  const dealById = new Map<string, Deal>();
  for (const deal of ds.deals) if (!dealById.has(deal.id)) dealById.set(deal.id, deal);

  const canvas = new Canvas();
  const spans: SpanIndex = new Map();
  canvas.text(0, 0, DETAILS_LABELS.title[l], { bold: true });
  // Bold only: a records sheet spends no calls on fills or wrapping (its call count is budgeted).
  const head = { bold: true };
  const headers = [
    DETAILS_LABELS.id,
    DETAILS_LABELS.created,
    DETAILS_LABELS.manager,
    DETAILS_LABELS.source,
    DETAILS_LABELS.state,
    DETAILS_LABELS.amount,
    DETAILS_LABELS.currency,
    DETAILS_LABELS.row,
  ];
  headers.forEach((t, c) => canvas.text(1, c, t[l], head));
  canvas.frozenRows = 2;
  canvas.fitGrid = true;
  canvas.columnWidths.push(0, 0, 180, 180, 180);
  let r = 3;
  const dateFmt = dateFormat(l);

  const leadSource = new Map<string, string>();
  /** One record row: what leads and deals share, then the deal's amount and currency. */
  const writeRecord = (
    id: string,
    manager: string,
    source: string,
    record: Lead | Deal | undefined,
  ): void => {
    canvas.text(r, 0, id);
    if (record) {
      canvas.number(r, 1, serial(record.created), { format: dateFmt });
      canvas.text(r, 2, manager);
      canvas.text(r, 3, source);
      canvas.text(r, 4, 'stage' in record ? record.stage : record.status);
      if ('stage' in record) {
        canvas.number(r, 5, record.amount, { format: FORMAT.decimal });
        canvas.text(r, 6, record.currency);
      }
      canvas.number(r, 7, record.row, { format: FORMAT.plainInteger });
    }
    r++;
  };
  const writeLead = (id: string, manager: string, source: string): void =>
    writeRecord(id, manager, source, leadById.get(id));
  const writeDeal = (id: string, manager: string, source: string): void =>
    writeRecord(id, manager, source, dealById.get(id));
  const block = (
    kind: ListKind,
    title: string,
    ids: (cell: InfluenceCell) => string[],
    write: (id: string, manager: string, source: string) => void,
  ): void => {
    canvas.text(r++, 0, title, { bold: true });
    const blockFirst = r;
    model.managers.forEach((m, mi) => {
      const managerFirst = r;
      if (kind === 'unprocessed') {
        for (const id of m.unprocessed.ids) write(id, m.manager, leadSource.get(id) ?? '');
      } else {
        m.sources.forEach((s, si) => {
          const first = r;
          for (const id of ids(s.cell)) {
            if (kind === 'leads') leadSource.set(id, s.source);
            write(id, m.manager, s.source);
          }
          spans.set(spanKey(mi, si, kind), { first, count: r - first });
        });
      }
      spans.set(spanKey(mi, 'total', kind), { first: managerFirst, count: r - managerFirst });
    });
    spans.set(spanKey('all', 'total', kind), { first: blockFirst, count: r - blockFirst });
    r++;
  };
  block('leads', DETAILS_LABELS.leadsBlock[l], (c) => c.leadIds, writeLead);
  block('deals', DETAILS_LABELS.dealsBlock[l], (c) => c.dealIds, writeDeal);
  block('won', DETAILS_LABELS.wonBlock[l], (c) => c.wonIds, writeDeal);
  block('unprocessed', DETAILS_LABELS.unprocessedBlock[l], () => [], writeLead);
  return { canvas, spans };
}
