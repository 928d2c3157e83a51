import { createHost, type Host } from '../../local/host';
import type { GasSheet } from '../../local/host/sheet';

const NOON_MSK = Date.UTC(2024, 0, 15, 9); // 12:00 in Moscow

function setup(locale = 'en_US'): { host: Host; sheet: GasSheet } {
  const host = createHost({ now: NOON_MSK });
  host.spreadsheet.locale = locale;
  const sheet = host.service('SpreadsheetApp').getActiveSpreadsheet().getActiveSheet();
  return { host, sheet };
}

describe('Range.getValues', () => {
  it('returns numbers, booleans, strings, Dates and "" for empty cells', () => {
    const { sheet } = setup();
    const when = new Date(Date.UTC(2024, 2, 1, 7, 30)); // 10:30 Moscow
    sheet.getRange(1, 1, 1, 4).setValues([[42.5, true, 'text', when]]);
    const values = sheet.getRange(1, 1, 2, 5).getValues();
    expect(values).toEqual([
      [42.5, true, 'text', when, ''],
      ['', '', '', '', ''],
    ]);
    expect(values[0][3]).toBeInstanceOf(Date);
  });

  it('returns a fresh copy each time', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1');
    range.setValue(new Date(Date.UTC(2024, 0, 1)));
    const first = range.getValues();
    (first[0][0] as Date).setTime(0);
    first[0][0] = 'changed';
    expect(range.getValues()[0][0]).toEqual(new Date(Date.UTC(2024, 0, 1)));
  });

  it('gives a Date for a number in a date-formatted cell, as Sheets does', () => {
    const { sheet } = setup();
    // Serial 45306 = 2024-01-15 00:00 wall clock; in Moscow that is 2024-01-14T21:00Z.
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd').setValue(45306);
    expect(sheet.getRange('A1').getValue()).toEqual(new Date(Date.UTC(2024, 0, 14, 21)));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2024-01-15');
  });
});

describe('Range.setValues checks', () => {
  it('rejects a row count mismatch with the Sheets message', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 3, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
  });

  it('rejects a column count mismatch with the Sheets message', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('rejects non-rectangular data and writes nothing', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  it('rejects objects and arrays as cell values, before writing anything', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, { a: 1 }]])).toThrow(
      /Cannot write a value of type object/,
    );
    expect(() => sheet.getRange('A1').setValue([1])).toThrow(/type array/);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  it('accepts null and undefined as empty', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['x', 'y']]);
    sheet.getRange('A1:B1').setValues([[null, undefined]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
  });

  it('enforces grid bounds and argument checks', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1001, 1, 5, 1).getNumRows()).toBe(5);
  });
});

describe('strings as typed into Sheets', () => {
  it('turns a string beginning with = into a formula', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('=SUM(B1:B3)');
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(B1:B3)');
    expect(sheet.getRange('A1').getValue()).toBe(''); // not evaluated by the host
  });

  it("stores a string beginning with ' as literal text without the apostrophe", () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([["'=1+1", "'-5", "'00123"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=1+1', '-5', '00123']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  it('reads numbers, percents, booleans and dates out of strings', () => {
    const { sheet } = setup();
    sheet.getRange('A1:F1').setValues([['00123', '-5', '12.5%', 'TRUE', '2024-01-15', '+ab']]);
    const [row] = sheet.getRange('A1:F1').getValues();
    expect(row.slice(0, 4)).toEqual([123, -5, 0.125, true]);
    expect(row[4]).toEqual(new Date(Date.UTC(2024, 0, 14, 21)));
    expect(row[5]).toBe('+ab');
  });

  it('reads a decimal comma in a Russian spreadsheet', () => {
    const { sheet } = setup('ru_RU');
    sheet.getRange('A1:B1').setValues([['1 500,50', '15.01.2024']]);
    const [row] = sheet.getRange('A1:B1').getValues();
    expect(row[0]).toBe(1500.5);
    expect(row[1]).toEqual(new Date(Date.UTC(2024, 0, 14, 21)));
  });

  it('computes HYPERLINK labels and keeps the link', () => {
    const { host, sheet } = setup();
    sheet
      .getRange('A1:B1')
      .setValues([['=HYPERLINK("#gid=0&range=A5", "Leads")', '=HYPERLINK("https://x.test", 7)']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Leads', 7]]);
    expect(host.spreadsheet.sheets[0].style(0, 0)?.link).toBe('#gid=0&range=A5');
    expect(sheet.getRange('A1').getRichTextValue().getLinkUrl()).toBe('#gid=0&range=A5');
  });

  it('evaluates registered functions, spilling array results', () => {
    const { host, sheet } = setup();
    host.registerFunction('DOUBLE', (x: unknown) =>
      Array.isArray(x) ? x.map((row: unknown[]) => row.map((v) => Number(v) * 2)) : Number(x) * 2,
    );
    sheet.getRange('A1:A2').setValues([[1], [2]]);
    sheet.getRange('B1').setFormula('=DOUBLE(A1:A2)');
    sheet.getRange('C1').setFormula('=double(21)');
    expect(sheet.getRange('B1:C2').getValues()).toEqual([
      [2, 42],
      [4, ''],
    ]);
    expect(sheet.getRange('B2').getFormula()).toBe('');
    host.registerFunction('FAIL', () => {
      throw new Error('no');
    });
    sheet.getRange('D1').setFormula('=FAIL()');
    expect(sheet.getRange('D1').getValue()).toBe('#ERROR!');
  });
});

describe('formats and display values', () => {
  it('formats numbers by pattern and locale', () => {
    const { sheet } = setup('ru_RU');
    sheet.getRange('A1:D1').setValues([[1234567.891, 0.1234, -5, 45306.5]]);
    sheet.getRange('A1:D1').setNumberFormats([['#,##0.00 "₽"', '0.0%', '#,##0', 'dd.MM.yyyy HH:mm']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([
      ['1\u00a0234\u00a0567,89 ₽', '12,3%', '-5', '15.01.2024 12:00'],
    ]);
    expect(sheet.getRange('A1:D1').getNumberFormats()[0][2]).toBe('#,##0');
  });

  it('records bold, colours, alignment, wrap and notes', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setFontWeight('bold')
      .setFontColor('#CC0000')
      .setBackground('#eeeeee')
      .setHorizontalAlignment('right')
      .setWrap(true)
      .setNote('n');
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getFontColor()).toBe('#cc0000');
    expect(r.getBackgrounds()).toEqual([['#eeeeee', '#eeeeee']]);
    expect(r.getHorizontalAlignment()).toBe('right');
    expect(r.getNote()).toBe('n');
    expect(() => r.setFontWeight('heavy')).toThrow(/fontWeight/);
    r.setFontStyles([['italic', 'normal']]).setFontSizes([[14, 10]]);
    expect([r.getFontStyle(), r.getFontSizes()]).toEqual(['italic', [[14, 10]]]);
    expect(() => r.setBackgrounds([['#fff']])).toThrow(/number of columns/);
  });

  it('gives A1 notation and geometry', () => {
    const { sheet } = setup();
    sheet.insertColumnsAfter(26, 1);
    const r = sheet.getRange(2, 3, 4, 25);
    expect(r.getA1Notation()).toBe('C2:AA5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow()]).toEqual([
      2, 3, 4, 25, 5,
    ]);
    expect(sheet.getRange('B2:C3').getA1Notation()).toBe('B2:C3');
  });
});
