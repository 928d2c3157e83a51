import { createHost, type Host } from '../../local/host';
import type { GasSpreadsheet } from '../../local/host/spreadsheet';

function setup(): { host: Host; ss: GasSpreadsheet } {
  const host = createHost({ now: Date.UTC(2024, 0, 15) });
  return { host, ss: host.service('SpreadsheetApp').getActive() };
}

describe('Spreadsheet', () => {
  it('reports locale, time zone, name and url', () => {
    const { ss } = setup();
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Moscow');
    expect(ss.getUrl()).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\//);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
  });

  it('inserts sheets at an index, makes them active and refuses duplicate names ignoring case', () => {
    const { ss } = setup();
    ss.insertSheet('Report');
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Лист1', 'Report']);
    expect(ss.getActiveSheet().getName()).toBe('First');
    expect(() => ss.insertSheet('Report')).toThrow(
      'A sheet with the name "Report" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet('report')).toThrow(
      'A sheet with the name "report" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet('x'.repeat(101))).toThrow(/longer than 100 characters/);
    expect(ss.insertSheet().getName()).toBe('Лист4');
  });

  it('finds sheets by exact, case-sensitive name', () => {
    const { ss } = setup();
    ss.insertSheet('Leads');
    expect(ss.getSheetByName('Leads')?.getName()).toBe('Leads');
    expect(ss.getSheetByName('leads')).toBeNull();
  });

  it('renames with a collision check, deletes, moves and refuses to delete the last visible sheet', () => {
    const { ss } = setup();
    const tmp = ss.insertSheet('tmp');
    expect(() => tmp.setName('ЛИСТ1')).toThrow(
      'A sheet with the name "ЛИСТ1" already exists. Please enter another name.',
    );
    tmp.setName('Tmp'); // same sheet, other case: fine
    ss.moveActiveSheet(1);
    expect(tmp.getIndex()).toBe(1);
    const first = ss.getSheetByName('Лист1');
    if (!first) throw new Error('missing');
    ss.deleteSheet(first);
    expect(() => first.getName()).toThrow('This sheet has been deleted.');
    expect(() => ss.deleteSheet(tmp)).toThrow(/at least one non-hidden sheet/);
    expect(() => tmp.hideSheet()).toThrow(/not possible to hide all sheets/);
  });

  it('enforces the 10,000,000-cell limit on growth', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    sheet.insertRowsAfter(1000, 383_000); // 384,000 × 26 = 9,984,000 cells
    expect(() => ss.insertSheet('more')).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(/above the limit of 10000000 cells/);
  });
});

describe('Sheet', () => {
  it('tracks last row/column, data range and clearing', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('B3').setValue('x');
    sheet.getRange('D2').setFormula('=NOW()');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 4]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
  });

  it('keeps frozen rows, widths, hidden state, tab colour', () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('R');
    sheet.setFrozenRows(3);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidth(2, 180);
    sheet.setColumnWidths(3, 2, 90);
    sheet.setTabColor('#FF9900');
    sheet.hideSheet();
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([3, 1]);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([100, 180, 90, 90]);
    expect(sheet.isSheetHidden()).toBe(true);
    expect(sheet.getTabColor()).toBe('#ff9900');
    sheet.getRange('A1').setValue('a much longer header text');
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getColumnWidth(1)).toBe(25 * 7 + 10);
  });

  it('protects warning-only and lists protections', () => {
    const { host, ss } = setup();
    const sheet = ss.getActiveSheet();
    const protection = sheet.protect().setDescription('Generated report').setWarningOnly(true);
    expect(protection.isWarningOnly()).toBe(true);
    const list = sheet.getProtections(host.service('SpreadsheetApp').ProtectionType.SHEET);
    expect(list.map((p) => p.getDescription())).toEqual(['Generated report']);
    list[0].remove();
    expect(sheet.getProtections('SHEET')).toHaveLength(0);
  });

  it('builds, inserts and removes embedded charts', () => {
    const { host, ss } = setup();
    const sheet = ss.insertSheet('Ad payback');
    const chart = sheet
      .newChart()
      .setChartType(host.service('Charts').ChartType.COLUMN)
      .addRange(sheet.getRange('A10:E15'))
      .setPosition(2, 8, 0, 0)
      .setOption('title', 'Channel efficiency')
      .build();
    sheet.insertChart(chart);
    const [spec] = host.sheet('Ad payback').charts;
    expect(spec).toMatchObject({
      chartType: 'COLUMN',
      ranges: ["'Ad payback'!A10:E15"],
      options: { title: 'Channel efficiency' },
    });
    expect(sheet.getCharts()).toHaveLength(1);
    expect(() => sheet.newChart().build()).toThrow(/at least one data range/);
    sheet.removeChart(sheet.getCharts()[0]);
    expect(host.sheet('Ad payback').charts).toHaveLength(0);
  });

  it('inserts and deletes rows, moving values and formats', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('A3').setFontWeight('bold');
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(sheet.getRange('A5').getFontWeight()).toBe('bold');
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
    expect(sheet.getMaxRows()).toBe(1000);
    sheet.appendRow(['x', 'y']);
    expect(sheet.getRange('A4:B4').getValues()).toEqual([['x', 'y']]);
  });
});
