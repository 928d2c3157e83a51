import { createHost, DEFAULT_SERVICE_ERROR, QUOTA_ERROR, TIME_LIMIT_ERROR } from '../../local/host';

describe('call counting', () => {
  it('counts each script call once, by method, not the host calling itself', () => {
    const host = createHost();
    const app = host.service('SpreadsheetApp');
    const sheet = app.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getDataRange().getValues(); // getDataRange uses getRange internally: one call, not two
    sheet.getRange('A1').offset(1, 1).getValue();
    expect(host.calls.byMethod()).toEqual({
      'Range.getValue': 1,
      'Range.getValues': 1,
      'Range.offset': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.getActiveSheet': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(host.calls.total).toBe(9);
    host.service('PropertiesService').getDocumentProperties().getProperty('x');
    expect(host.calls.total).toBe(9); // not a spreadsheet service
    expect(host.calls.allServices).toBe(11);
    host.calls.reset();
    expect(host.calls.total).toBe(0);
  });
});

describe('fault injection', () => {
  it('fails the nth call of a method with the given message', () => {
    const host = createHost();
    const sheet = host.spreadsheetObject().getActiveSheet();
    host.faults.failOn('Range.setValues', {
      nth: 2,
      error: 'Service Spreadsheets failed while accessing document',
    });
    sheet.getRange('A1').setValues([[1]]);
    expect(() => sheet.getRange('A2').setValues([[2]])).toThrow(
      'Service Spreadsheets failed while accessing document',
    );
    sheet.getRange('A3').setValues([[3]]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [''], [3]]);
  });

  it('uses the default service error and supports quotas', () => {
    const host = createHost();
    const ss = host.spreadsheetObject();
    host.faults.failOn('*', { nth: 1 });
    expect(() => ss.getName()).toThrow(DEFAULT_SERVICE_ERROR);
    host.faults.clear();
    host.faults.quota('Spreadsheet.getName', 2);
    ss.getName();
    ss.getName();
    expect(() => ss.getName()).toThrow(QUOTA_ERROR);
  });

  it('stops an execution that runs past the time limit on the fake clock', () => {
    const host = createHost({ now: 0 });
    host.clock.msPerCall = 1000;
    host.faults.timeLimitMs = 30_000;
    const ss = host.spreadsheetObject();
    expect(() =>
      host.execute(() => {
        for (let i = 0; i < 100; i++) ss.getName();
      }),
    ).toThrow(TIME_LIMIT_ERROR);
    expect(host.calls.count('Spreadsheet.getName')).toBe(31);
    host.execute(() => ss.getName()); // a new execution starts a new budget
  });
});
