import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createHost, HostInputError } from '../../local/host';
import { loadXlsx, saveXlsx } from '../../local/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'host-xlsx-'));

describe('xlsx round trip', () => {
  it('keeps values, Moscow dates, formats, bold, fills, frozen rows, widths and hyperlinks', async () => {
    const host = createHost();
    const ss = host.spreadsheetObject();
    const data = ss.insertSheet('Leads');
    const created = new Date(Date.UTC(2024, 0, 31, 22, 30)); // 01.02.2024 01:30 in Moscow
    data.getRange('A1:D3').setValues([
      ['ID', 'Created', 'Amount', 'Won'],
      [101, created, 1500.5, true],
      ["'007", '', 0.25, false],
    ]);
    data.getRange('C3').setNumberFormat('0.00%');
    data.getRange('A1:D1').setFontWeight('bold').setBackground('#d9ead3').setFontColor('#cc0000');
    data.getRange('A1').setFontStyle('italic').setFontSize(14);
    data.setFrozenRows(1);
    data.setColumnWidth(2, 140);
    data.getRange('E2').setFormula('=HYPERLINK("https://example.com/lead/101", "open")');
    const hidden = ss.insertSheet('Hidden');
    hidden.getRange('A1').setValue('x');
    hidden.hideSheet();
    hidden.protect();

    const path = join(dir, 'round.xlsx');
    await saveXlsx(host.spreadsheet, path);
    const back = createHost({ spreadsheet: await loadXlsx(path) });

    expect(back.sheetNames()).toEqual(['Лист1', 'Leads', 'Hidden']);
    expect(back.values('Leads')).toEqual([
      ['ID', 'Created', 'Amount', 'Won', ''],
      [101, created, 1500.5, true, 'open'],
      ['007', '', 0.25, false, ''],
    ]);
    expect(back.displayValues('Leads')[2][2]).toBe('25,00%');
    expect(back.formulasOf('Leads')[1][4]).toBe('=HYPERLINK("https://example.com/lead/101", "open")');
    const leads = back.sheet('Leads');
    expect(leads.style(0, 0)).toMatchObject({
      bold: true,
      italic: true,
      fontSize: 14,
      background: '#d9ead3',
      fontColor: '#cc0000',
    });
    expect(leads.style(1, 4)?.link).toBe('https://example.com/lead/101');
    expect(leads.frozenRows).toBe(1);
    expect(leads.columnWidths.get(2)).toBe(140);
    expect(back.sheet('Hidden').hidden).toBe(true);
    expect(back.sheet('Hidden').protections).toHaveLength(1);
  });

  it('reads exceljs dates as wall-clock time in the spreadsheet time zone', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Deals');
    ws.getCell('A1').value = new Date(Date.UTC(2024, 5, 1, 0, 0)); // the file says 01.06.2024 00:00
    ws.getCell('A1').numFmt = 'dd.mm.yyyy';
    ws.getCell('B1').value = { text: 'site', hyperlink: 'https://example.com' };
    ws.getCell('C1').value = { formula: 'B1*2', result: 4 };
    const path = join(dir, 'dates.xlsx');
    await wb.xlsx.writeFile(path);

    const moscow = createHost({ spreadsheet: await loadXlsx(path) });
    expect(moscow.values('Deals')[0]).toEqual([new Date(Date.UTC(2024, 4, 31, 21)), 'site', 4]);
    const ny = createHost({
      spreadsheet: await loadXlsx(path, { timeZone: 'America/New_York', locale: 'en_US' }),
    });
    expect(ny.values('Deals')[0][0]).toEqual(new Date(Date.UTC(2024, 5, 1, 4)));
    expect(ny.spreadsheet.locale).toBe('en_US');
  });

  it('rejects a missing file and a file that is not a workbook with a one-line HostInputError', async () => {
    await expect(loadXlsx(join(dir, 'none.xlsx'))).rejects.toThrow(HostInputError);
    const bogus = join(dir, 'bogus.xlsx');
    writeFileSync(bogus, 'not a zip');
    const err = await loadXlsx(bogus).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostInputError);
    expect((err as Error).message).toMatch(/^Not a readable \.xlsx workbook: .*bogus\.xlsx/);
    expect((err as Error).message).not.toContain('\n');
  });
});
