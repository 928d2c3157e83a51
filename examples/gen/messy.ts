/**
 * The handful of problem rows a real export has, placed at fixed fractions of the data (within its last month,
 * which a monthly report covers) so that every seed and size has them. Each is something the reader must
 * report, or keep as text, rather than miscount.
 */
import type { Cell } from '../../src/core/model';
import { LEAD_STATUS, STAGES } from './catalog';

export const MESSY = {
  /** A deal's «ID лида» that no lead has. */
  unknownLeadId: 9_999_999,
  unreadableAmount: 'пять тысяч',
  impossibleDate: '31.02.2026',
  unknownStage: 'На согласовании у юриста',
  /** Data text that a careless writer would turn into a formula. */
  formulaTitle: '=HYPERLINK("http://evil","x")',
  /** A call-tracking number as a lead title and as a CRM source value. */
  phoneText: '+7 999 123-45-67',
  handleTitle: '@ivan_shop',
  minusCampaign: '-10%_первый_заказ',
  htmlSource: '<img src=x onerror=alert(1)>',
} as const;

const LEAD = {
  title: 1,
  created: 2,
  crmSource: 3,
  utmSource: 4,
  utmMedium: 5,
  utmCampaign: 6,
  status: 8,
} as const;
const DEAL = { stage: 2, amount: 3, currency: 4, leadId: 10 } as const;

function at(rows: readonly unknown[], fraction: number): number {
  return Math.min(rows.length - 1, Math.floor(rows.length * fraction));
}

/** First row index at or after `start` (wrapping) that satisfies `ok`, else `start`. */
function findFrom(rows: Cell[][], start: number, ok: (row: Cell[]) => boolean): number {
  for (let k = 0; k < rows.length; k++) {
    const i = (start + k) % rows.length;
    if (ok(rows[i])) return i;
  }
  return start;
}

const copyRow = (row: Cell[]): Cell[] => row.map((c) => (c instanceof Date ? new Date(c.getTime()) : c));

/** Mutates the data rows (no header rows) in place. */
export function addMessyRows(leads: Cell[][], deals: Cell[][]): void {
  if (leads.length >= 10) {
    leads[at(leads, 0.8)][LEAD.title] = MESSY.formulaTitle;
    leads[at(leads, 0.82)][LEAD.title] = MESSY.phoneText;
    const phoneSourced = leads[at(leads, 0.84)];
    phoneSourced[LEAD.crmSource] = MESSY.phoneText;
    phoneSourced[LEAD.utmSource] = phoneSourced[LEAD.utmMedium] = phoneSourced[LEAD.utmCampaign] = '';
    leads[at(leads, 0.86)][LEAD.title] = MESSY.handleTitle;
    leads[at(leads, 0.88)][LEAD.utmCampaign] = MESSY.minusCampaign;
    leads[at(leads, 0.9)][LEAD.utmSource] = MESSY.htmlSource;
    // On a lead that became no deal, so its unreadable date does not also orphan a deal.
    const junk = findFrom(leads, at(leads, 0.92), (row) => row[LEAD.status] === LEAD_STATUS.junk);
    leads[junk][LEAD.created] = MESSY.impossibleDate;
    // The same lead exported twice: an exact copy a little further down.
    leads.splice(at(leads, 0.96) + 1, 0, copyRow(leads[at(leads, 0.94)]));
  }
  if (deals.length >= 3) {
    const direct = findFrom(deals, at(deals, 0.85), (row) => row[DEAL.leadId] === '');
    deals[direct][DEAL.leadId] = MESSY.unknownLeadId;
    const won = findFrom(deals, at(deals, 0.8), (row) => row[DEAL.stage] === STAGES.won);
    deals[won][DEAL.amount] = MESSY.unreadableAmount;
    deals[won][DEAL.currency] = 'RUB';
    const open = findFrom(deals, at(deals, 0.9), (row) =>
      (STAGES.open as readonly Cell[]).includes(row[DEAL.stage]),
    );
    deals[open][DEAL.stage] = MESSY.unknownStage;
  }
}
