/**
 * `npx tsx scripts/measure-host-run.ts [leads] [from] [to]`: one "All reports" run of the built add-on on the
 * local host over a generated workbook; prints the time, the records sheet's size and the spreadsheet's cells
 * (every grid cell of every tab, as Sheets counts them against its 10M limit). docs/LIMITS.md quotes it.
 */
import { generateWorkbook } from '../examples/generate';
import { choosePeriod, hostWith } from '../test/helpers/addonHost';

const leads = Number(process.argv[2] ?? 100_000);
const from = process.argv[3] ?? '2026-08-01';
const to = process.argv[4] ?? '2026-11-30';
const { host, addon } = hostWith(generateWorkbook({ leads, messy: false }));
choosePeriod(host, from, to);
const t = Date.now();
addon.call('menuAllReports');
const ms = Date.now() - t;
const records = host.sheet('Влияние трафика — записи');
const cells = host.spreadsheet.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
console.log(`leads ${leads}, period ${from} – ${to}: ${ms} ms; alerts: ${host.ui.alerts.length}`);
console.log(
  `records sheet ${records.maxRows} rows × ${records.maxColumns} columns; spreadsheet ${cells} cells`,
);
