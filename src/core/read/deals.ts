/** The Deals tab → Deal records. */
import type { Cell, Deal, Refusal, TabData } from '../model';
import type { DateReader } from '../parse/date';
import { normaliseCurrency } from '../parse/currency';
import { parseNumber } from '../parse/number';
import { isBlank } from '../parse/text';
import { missingColumnRefusal, openTab, refusalsOf } from './columns';
import type { FindingList } from './findings';
import { DEAL_COLUMNS } from './headers';
import { IdIndex } from './idIndex';
import { textAt } from './rows';
import { BLANK_ROW, LEFT_OUT, RecordIdentity } from './recordIdentity';
import type { StageClassifier } from './stages';

export interface DealsRead {
  deals: Deal[];
  rowCount: number;
  refusals: Refusal[];
}

/**
 * A row whose ID or Created date is missing or unreadable is left out and reported, as is a later row
 * repeating an ID. An unreadable amount is null and reported (the deal still counts); a missing amount is
 * null, reported only on a won deal. `knownIdIndex` (null when the Leads tab could not be read) flags deals
 * pointing at a lead that does not exist; such deals are kept.
 */
/** Whether a lead with the Lead cell's ID was read (a numeric cell is looked up without its text). */
function knowsLead(leads: IdIndex, cell: Cell | undefined, text: string): boolean {
  return (typeof cell === 'number' ? leads.indexOfNumber(cell) : leads.indexOf(text)) >= 0;
}

export function readDeals(
  tab: TabData,
  readDate: DateReader,
  classify: StageClassifier,
  knownIdIndex: IdIndex | null,
  findings: FindingList,
): DealsRead {
  const opened = openTab(tab, DEAL_COLUMNS, ['id', 'created', 'amount']);
  const refusals = refusalsOf(tab, DEAL_COLUMNS, opened);
  const located = opened.located;
  if (located && located.col.stage < 0 && located.col.stageGroup < 0) {
    const { stage, stageGroup } = DEAL_COLUMNS;
    refusals.push(
      missingColumnRefusal(tab.name, stage.label.en, [...stage.synonyms, ...stageGroup.synonyms]),
    );
  }
  const deals: Deal[] = [];
  if (refusals.length > 0 || !located) return { deals, rowCount: 0, refusals };

  const { col, header, headerRow } = located;
  const name = tab.name;
  const values = tab.values;
  // The column an unknown stage is reported against: the stage name when there is one.
  const stageHeader = col.stage >= 0 ? header.stage : header.stageGroup;
  // Column indices resolved once (−1: absent; textAt then gives ''), not looked up per row.
  const identity = new RecordIdentity(name, col, header, readDate, findings);
  const cStage = col.stage;
  const cStageGroup = col.stageGroup;
  const cAmount = col.amount;
  const cCloseDate = col.closeDate;
  const cLead = col.lead;
  const cCurrency = col.currency;
  const cResponsible = col.responsible;
  const cSource = col.source;
  const cUtmSource = col.utmSource;
  const cUtmMedium = col.utmMedium;
  const cUtmCampaign = col.utmCampaign;
  const cPipeline = col.pipeline;
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

    const stageText = textAt(row, cStage);
    const groupText = textAt(row, cStageGroup);
    const { outcome, known } = classify(stageText, groupText);
    const stage = stageText || groupText;
    if (!known) findings.add('unknownStage', name, sheetRow, stageHeader, stage, id);

    const amountCell = row[cAmount];
    let amount: number | null = null;
    if (isBlank(amountCell)) {
      if (outcome === 'won') findings.add('missingValue', name, sheetRow, header.amount, '', id);
    } else {
      amount = parseNumber(amountCell);
      if (amount === null) findings.add('unreadableValue', name, sheetRow, header.amount, amountCell, id);
    }

    let closed: number | null = null;
    if (cCloseDate >= 0) {
      const closeCell = row[cCloseDate];
      if (!isBlank(closeCell)) {
        closed = readDate(closeCell);
        if (closed === null) findings.add('unreadableValue', name, sheetRow, header.closeDate, closeCell, id);
      }
    }

    const leadCell = cLead < 0 ? '' : row[cLead];
    const leadId = textAt(row, cLead);
    if (leadId !== '' && knownIdIndex && !knowsLead(knownIdIndex, leadCell, leadId)) {
      findings.add('unknownLead', name, sheetRow, header.lead, leadId, id);
    }

    deals.push({
      id,
      row: sheetRow,
      created,
      stage,
      outcome,
      stageKnown: known,
      amount,
      currency: normaliseCurrency(textAt(row, cCurrency)),
      responsible: textAt(row, cResponsible),
      crmSource: textAt(row, cSource),
      utmSource: textAt(row, cUtmSource),
      utmMedium: textAt(row, cUtmMedium),
      utmCampaign: textAt(row, cUtmCampaign),
      leadId,
      closed,
      pipeline: textAt(row, cPipeline),
    });
  }
  return { deals, rowCount, refusals };
}
