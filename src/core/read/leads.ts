/** The Leads tab → Lead records. */
import type { Lead, Refusal, TabData } from '../model';
import type { DateReader } from '../parse/date';
import { openTab, refusalsOf } from './columns';
import type { FindingList } from './findings';
import { LEAD_COLUMNS } from './headers';
import { IdIndex, rememberIdIndex } from './idIndex';
import { textAt } from './rows';
import { BLANK_ROW, LEFT_OUT, RecordIdentity } from './recordIdentity';
import { makeStatusClassifier } from './stages';

export interface LeadsRead {
  leads: Lead[];
  /** Non-blank data rows. */
  rowCount: number;
  /** IDs of the leads read, positions as in `leads` (deals check their Lead column against it). */
  ids: IdIndex;
  refusals: Refusal[];
}

/**
 * A row whose ID or Created date is missing or unreadable is left out and reported; a later row repeating an
 * ID is left out and reported (the first is kept). Blank rows are skipped silently.
 */
export function readLeads(tab: TabData, readDate: DateReader, findings: FindingList): LeadsRead {
  const opened = openTab(tab, LEAD_COLUMNS, ['id', 'created']);
  const refusals = refusalsOf(tab, LEAD_COLUMNS, opened);
  const leads: Lead[] = [];
  if (refusals.length > 0 || !opened.located) return { leads, rowCount: 0, refusals, ids: new IdIndex() };

  const { col, header, headerRow } = opened.located;
  const name = tab.name;
  const values = tab.values;
  const classify = makeStatusClassifier();
  // Column indices resolved once; an absent optional column is −1 (textAt gives '').
  const identity = new RecordIdentity(name, col, header, readDate, findings);
  const cSource = col.source;
  const cUtmSource = col.utmSource;
  const cUtmMedium = col.utmMedium;
  const cUtmCampaign = col.utmCampaign;
  const cResponsible = col.responsible;
  const cStatus = col.status;
  let rowCount = 0;

  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r];
    const sheetRow = r + 1;
    const state = identity.read(row, sheetRow);
    if (state === BLANK_ROW) continue;
    rowCount++;
    if (state === LEFT_OUT) continue;
    const id = identity.id;
    const created = identity.created;

    const status = textAt(row, cStatus);
    const { outcome, known } = classify(status);
    if (!known) findings.add('unknownStatus', name, sheetRow, header.status, status, id);
    leads.push({
      id,
      row: sheetRow,
      created,
      crmSource: textAt(row, cSource),
      utmSource: textAt(row, cUtmSource),
      utmMedium: textAt(row, cUtmMedium),
      utmCampaign: textAt(row, cUtmCampaign),
      responsible: textAt(row, cResponsible),
      status,
      outcome,
      statusKnown: known,
    });
  }
  rememberIdIndex(leads, identity.seen);
  return { leads, rowCount, refusals, ids: identity.seen };
}
