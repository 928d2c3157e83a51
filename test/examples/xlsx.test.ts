import ExcelJS from 'exceljs';
import { generateWorkbook } from '../../examples/generate';
import { tabsToWorkbook } from '../../examples/xlsx';

describe('example .xlsx writing', () => {
  it('round-trips every value, with dates as Moscow wall clock, and stays small', async () => {
    const tabs = generateWorkbook();
    const buffer = await tabsToWorkbook(tabs).xlsx.writeBuffer();
    expect(buffer.byteLength).toBeLessThan(500_000);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    let dates = 0;
    for (const t of tabs) {
      const sheet = book.getWorksheet(t.name);
      expect(sheet).toBeDefined();
      t.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = sheet!.getRow(r + 1).getCell(c + 1);
          if (value instanceof Date) {
            dates++;
            // exceljs reads the wall clock back as UTC: 3 hours ahead of the instant.
            expect((cell.value as Date).getTime() - 3 * 3_600_000).toBe(value.getTime());
            expect(cell.numFmt).toMatch(/^dd\.mm\.yyyy( hh:mm)?$/);
          } else {
            expect(cell.value).toBe(value === '' ? null : value);
          }
        }),
      );
    }
    expect(dates).toBeGreaterThan(3_000);
    // Formula-like data text is stored as text, not as a formula.
    const leads = book.getWorksheet('Лиды')!;
    const formulaLike: ExcelJS.Cell[] = [];
    leads.eachRow((row) =>
      row.eachCell((cell) => cell.type === ExcelJS.ValueType.Formula && formulaLike.push(cell)),
    );
    expect(formulaLike).toEqual([]);
  });
});
